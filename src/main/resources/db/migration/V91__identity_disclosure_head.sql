-- 政务公开办负责人: the head of the disclosure office approves extensions of the reply time limit (政府信息公开条例
-- 第三十三条). A flag on staff accounts, set by the administrator; the demo account 'office' is the head.
ALTER TABLE account ADD COLUMN disclosure_head BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE account SET disclosure_head = TRUE WHERE username = 'office' AND demo = TRUE;
