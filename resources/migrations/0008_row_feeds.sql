-- Schema version 8 (issue 11): a row's default A and B feeds, the power nodes that racks the row
-- adds are fed from. 0 means none, which is what older files get.

ALTER TABLE rack_row ADD COLUMN feed_a_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rack_row ADD COLUMN feed_b_id INTEGER NOT NULL DEFAULT 0;
