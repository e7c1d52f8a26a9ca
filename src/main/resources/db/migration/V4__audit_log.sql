-- 审计日志: append-only, hash-chained. The application has no UPDATE or DELETE statement for audit_entry.
-- Each entry's hash = SHA-256(previous hash + canonical content); see org.yangguang.audit.internal.ChainHash.
CREATE TABLE audit_entry (
	seq BIGINT NOT NULL,
	occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
	actor VARCHAR(100) NOT NULL,
	client_ip VARCHAR(64),
	action VARCHAR(100) NOT NULL,
	subject_type VARCHAR(100) NOT NULL,
	subject_id VARCHAR(100),
	before_state VARCHAR(100000),
	after_state VARCHAR(100000),
	reason VARCHAR(4000),
	previous_hash CHAR(64) NOT NULL,
	hash CHAR(64) NOT NULL,
	CONSTRAINT audit_entry_pk PRIMARY KEY (seq)
);
CREATE INDEX audit_entry_action_idx ON audit_entry (action);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by every append so that appends from
-- all application nodes are serialised and sequence numbers have no gaps.
CREATE TABLE audit_chain_head (
	id INT NOT NULL,
	last_seq BIGINT NOT NULL,
	last_hash CHAR(64) NOT NULL,
	CONSTRAINT audit_chain_head_pk PRIMARY KEY (id),
	CONSTRAINT audit_chain_head_single_row CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
