-- 有效期: a normative document may say how long it is valid; past that date it is no longer 现行有效 (table 二 of the
-- annual report counts it so). Null: valid until repealed.
ALTER TABLE disclosure_document ADD COLUMN valid_until DATE;
