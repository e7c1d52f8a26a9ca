-- 部分公开 (政府信息公开条例第三十七条): each part withheld from a partial disclosure, with its ground (the key of a
-- withheld.* row of table 三, or notGovernmentInformation). The request itself counts once, as partial.
CREATE TABLE inforequest_withheld_part (
	request_id BIGINT NOT NULL REFERENCES inforequest_request(id),
	part_no INT NOT NULL,
	part VARCHAR(500) NOT NULL,
	ground VARCHAR(40) NOT NULL,
	PRIMARY KEY (request_id, part_no)
);
-- the agency applied to counts the request in its annual report (条例第三十六条)
CREATE INDEX inforequest_request_addressed_to_idx ON inforequest_request (addressed_to_id);
