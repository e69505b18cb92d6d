-- Schema version 2: a key/value table saying which program wrote the file and when, and
-- indexes that let the sqlite3 shell (and later versions) find objects by id quickly.

CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE INDEX rack_by_id ON rack(scenario_pos, id);
CREATE INDEX power_node_by_id ON power_node(scenario_pos, id);
CREATE INDEX hall_by_id ON hall(scenario_pos, id);
