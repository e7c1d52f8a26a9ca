-- 政务服务事项: one row per item with the columns the catalog is browsed and filtered by; every published version
-- of its guide (办事指南) is kept whole, so that a case opened under a version keeps reading that version.
CREATE TABLE services_item (
	code VARCHAR(40) NOT NULL PRIMARY KEY,
	current_version INT NOT NULL,
	name VARCHAR(200) NOT NULL,
	item_type VARCHAR(40) NOT NULL,
	department_id BIGINT NOT NULL,
	parent_code VARCHAR(40),
	kind VARCHAR(20) NOT NULL,
	statutory_days INT NOT NULL,
	promised_days INT NOT NULL,
	-- ",PERSON,LEGAL_PERSON," and ",BIRTH,SCHOOL," so that one LIKE finds an item by user or life event
	target_users VARCHAR(100) NOT NULL,
	life_events VARCHAR(300) NOT NULL,
	retired BOOLEAN NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX services_item_department_idx ON services_item (department_id);

CREATE TABLE services_item_version (
	item_code VARCHAR(40) NOT NULL,
	version INT NOT NULL,
	guide VARCHAR(1000000) NOT NULL,
	published_at TIMESTAMP WITH TIME ZONE NOT NULL,
	published_by VARCHAR(100) NOT NULL,
	note VARCHAR(500),
	CONSTRAINT services_item_version_pk PRIMARY KEY (item_code, version)
);
