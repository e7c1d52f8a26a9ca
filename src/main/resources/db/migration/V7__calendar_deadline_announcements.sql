-- 到期提醒: the last deadline state announced for a time limit (DUE_SOON or OVERDUE; null: nothing announced, or
-- back on time after an extension). The sweep changes it with a conditional UPDATE in the same transaction that
-- records the event publication, so each state change is announced exactly once, on whichever node gets there first.
ALTER TABLE calendar_time_limit ADD COLUMN announced_state VARCHAR(20);
CREATE INDEX calendar_time_limit_open_idx ON calendar_time_limit (closed_on, announced_state);
