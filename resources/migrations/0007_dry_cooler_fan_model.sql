-- Schema version 7 (METHOD v2 §3): a cooling system's dry-cooler fan model, the return temperature its
-- dry coolers were sized for, and whether its design ambient is the climate's 0.4 % annual dry bulb.
-- Older files keep what they computed: METHOD v1's fan law, their stored design ambient, and (used only
-- if a user switches to v2) coolers sized for the loop's return as it is.

ALTER TABLE cooling_system ADD COLUMN fan_model TEXT NOT NULL DEFAULT 'fan_law';
ALTER TABLE cooling_system ADD COLUMN design_return_c REAL NOT NULL DEFAULT 0;
ALTER TABLE cooling_system ADD COLUMN design_ambient_from_climate INTEGER NOT NULL DEFAULT 0;
UPDATE cooling_system SET design_return_c = supply_c + range_k;
