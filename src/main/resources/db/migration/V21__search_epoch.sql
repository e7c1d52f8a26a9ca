-- Identifies the database a node's search index was built from. A node whose index carries another epoch
-- (a copied data directory, a database restored or replaced) rebuilds it from this database.
CREATE TABLE search_epoch (
	id INT PRIMARY KEY,
	epoch VARCHAR(36) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
