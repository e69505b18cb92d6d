-- Schema version 4 (METHOD v2 §8.1–8.3): tenants and their allocation, asset lives, tax, throughput.
-- Existing projects get METHOD's defaults: IT 5 years, electrical 20, mechanical 15, building 30,
-- grid 40, no price change, residual value counted, 22 % tax, a 10 % start-up/research target,
-- no tenants (nothing allocated).

ALTER TABLE rack_type ADD COLUMN service_life_years INTEGER NOT NULL DEFAULT 5;
ALTER TABLE rack_type ADD COLUMN price_change_per_year REAL NOT NULL DEFAULT 0;
ALTER TABLE rack_type ADD COLUMN tokens_per_s_per_gpu REAL NOT NULL DEFAULT 0;
ALTER TABLE rack_type ADD COLUMN reference_workload TEXT NOT NULL DEFAULT '';

ALTER TABLE cost_catalogue ADD COLUMN building_life_years INTEGER NOT NULL DEFAULT 30;
ALTER TABLE cost_catalogue ADD COLUMN building_price_change REAL NOT NULL DEFAULT 0;
ALTER TABLE cost_catalogue ADD COLUMN electrical_life_years INTEGER NOT NULL DEFAULT 20;
ALTER TABLE cost_catalogue ADD COLUMN electrical_price_change REAL NOT NULL DEFAULT 0;
ALTER TABLE cost_catalogue ADD COLUMN mechanical_life_years INTEGER NOT NULL DEFAULT 15;
ALTER TABLE cost_catalogue ADD COLUMN mechanical_price_change REAL NOT NULL DEFAULT 0;
ALTER TABLE cost_catalogue ADD COLUMN grid_life_years INTEGER NOT NULL DEFAULT 40;
ALTER TABLE cost_catalogue ADD COLUMN grid_price_change REAL NOT NULL DEFAULT 0;
ALTER TABLE cost_catalogue ADD COLUMN residual_value INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cost_catalogue ADD COLUMN tax_rate REAL NOT NULL DEFAULT 0.22;

ALTER TABLE project_settings ADD COLUMN priority_capacity_target REAL NOT NULL DEFAULT 0.1;

-- 0: not allocated (ids are never 0).
ALTER TABLE hall ADD COLUMN tenant_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rack_row ADD COLUMN tenant_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rack ADD COLUMN tenant_id INTEGER NOT NULL DEFAULT 0;

CREATE TABLE tenant (
    scenario_pos          INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos                   INTEGER NOT NULL,
    id                    INTEGER NOT NULL,
    name                  TEXT NOT NULL,
    tenant_class          TEXT NOT NULL,   -- anchor, enterprise, startup, research, internal
    contract              TEXT NOT NULL,   -- capacity_lease, gpu_hours, reserved_racks
    price                 REAL NOT NULL,   -- currency per kW-month, per GPU-hour or per rack-month
    expected_utilisation  REAL NOT NULL,   -- 0..1, GPU-hour contracts
    start_date            TEXT,            -- ISO 8601; NULL: with its first energised capacity
    term_years            INTEGER NOT NULL,
    escalation_per_year   REAL NOT NULL,
    relet_price           REAL NOT NULL,   -- same unit as price; 0: not re-let
    vacancy_months        INTEGER NOT NULL,
    notes                 TEXT NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);
