-- How far each node has replayed the change table, so that rows every live node has passed can be deleted.
-- A node not seen for a while (yangguang.search.node-timeout) no longer holds rows back; it rebuilds when it returns.
CREATE TABLE search_node (
	node_id VARCHAR(200) PRIMARY KEY,
	position BIGINT NOT NULL,
	seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every change up to this number has been deleted from search_change: an index older than that is rebuilt.
ALTER TABLE search_epoch ADD COLUMN pruned_through BIGINT DEFAULT 0 NOT NULL;
