-- Schema version 5 (METHOD v2 §4): the peak power of a rack type, what grid, transformers and UPS are
-- sized for. 0 means "the same as the design power", which is what older files get.

ALTER TABLE rack_type ADD COLUMN peak_power_w REAL NOT NULL DEFAULT 0;
