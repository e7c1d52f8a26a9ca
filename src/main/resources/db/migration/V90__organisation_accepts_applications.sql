-- Whether an organisation takes applications under the 政府信息公开条例 (Art. 2, 10, 54, 55): governments, their
-- departments and township governments do; villages (村务公开) and public institutions and enterprises (公共企事业单位
-- 信息公开) do not. Derived from the kind here and when created; the administrator may change it.
ALTER TABLE organisation ADD COLUMN accepts_applications BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE organisation SET accepts_applications = FALSE WHERE kind IN ('VILLAGE', 'INSTITUTION', 'ENTERPRISE');
