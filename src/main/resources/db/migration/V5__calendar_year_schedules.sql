-- 年度节假日安排: one row per year whose State Council notice is known, seeded from calendar/cn-holidays.json
-- at startup when missing and maintained by administrators afterwards. A year without a row is provisional.
CREATE TABLE calendar_year (
	cal_year INT NOT NULL PRIMARY KEY,
	notice VARCHAR(200) NOT NULL,
	-- incremented by each administrator change; the calendar cache compares the sum of revisions
	revision INT NOT NULL,
	updated_by VARCHAR(100) NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The notice's dates: HOLIDAY = a day of a days-off period (weekend days inside included),
-- WORKDAY = a Saturday or Sunday declared a working day (调休上班).
CREATE TABLE calendar_date (
	cal_year INT NOT NULL REFERENCES calendar_year(cal_year) ON DELETE CASCADE,
	cal_date DATE NOT NULL,
	date_kind VARCHAR(10) NOT NULL,
	CONSTRAINT calendar_date_pk PRIMARY KEY (cal_year, cal_date),
	CONSTRAINT calendar_date_kind_ck CHECK (date_kind IN ('HOLIDAY', 'WORKDAY'))
);
