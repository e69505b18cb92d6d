-- Fjordplan project file, schema version 1: one table per model type.
-- Units are in the column names (SI: W, V, A, m, kg, degC; money in the project's currency).
-- Lists keep their order in `pos` (0-based). Scenario content is keyed by the scenario's `pos`,
-- so ids are stored exactly as the program holds them (0 = none). References between objects
-- (stage_id, hall_id, node_id, ...) are plain ids checked by the program's validation, so a
-- project with a broken reference can still be saved and repaired. Containment is enforced
-- with foreign keys. Enumerations are stored as lower-case names (see docs/file-format.md).

CREATE TABLE project (
    project_key   INTEGER PRIMARY KEY CHECK (project_key = 1),
    name          TEXT NOT NULL,
    description   TEXT NOT NULL,
    next_id       INTEGER NOT NULL
);

CREATE TABLE site (
    project_key   INTEGER PRIMARY KEY REFERENCES project(project_key) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    country       TEXT NOT NULL,
    latitude_deg  REAL NOT NULL,
    longitude_deg REAL NOT NULL
);

CREATE TABLE climate (
    project_key   INTEGER PRIMARY KEY REFERENCES project(project_key) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    source        TEXT NOT NULL,
    latitude_deg  REAL NOT NULL,
    longitude_deg REAL NOT NULL,
    elevation_m   REAL NOT NULL,
    time_zone_h   REAL NOT NULL,
    filled_values INTEGER NOT NULL
);

-- One row per hour; a NULL ends a series that is shorter than the others.
CREATE TABLE climate_hour (
    project_key        INTEGER NOT NULL REFERENCES climate(project_key) ON DELETE CASCADE,
    hour               INTEGER NOT NULL,
    dry_bulb_c         REAL,
    dew_point_c        REAL,
    rel_humidity_pct   REAL,
    pressure_pa        REAL,
    ghi_wh_per_m2      REAL,
    wind_speed_m_per_s REAL,
    PRIMARY KEY (project_key, hour)
);

CREATE TABLE project_settings (
    project_key         INTEGER PRIMARY KEY REFERENCES project(project_key) ON DELETE CASCADE,
    continuous_load     TEXT NOT NULL,
    min_aisle_width_m   REAL NOT NULL,
    imbalance_warn_pct  REAL NOT NULL,
    imbalance_error_pct REAL NOT NULL
);

CREATE TABLE rack_type (
    pos             INTEGER PRIMARY KEY,
    id              INTEGER NOT NULL,
    name            TEXT NOT NULL,
    vendor          TEXT NOT NULL,
    cooling         TEXT NOT NULL,
    design_power_w  REAL NOT NULL,
    gpus            INTEGER NOT NULL,
    liquid_fraction REAL NOT NULL,
    power_factor    REAL NOT NULL,
    three_phase     INTEGER NOT NULL,
    feeds_per_side  INTEGER NOT NULL,
    mass_kg         REAL NOT NULL,
    width_m         REAL NOT NULL,
    depth_m         REAL NOT NULL,
    unit_cost       REAL NOT NULL,
    source          TEXT NOT NULL
);

CREATE TABLE cost_catalogue (
    project_key            INTEGER PRIMARY KEY REFERENCES project(project_key) ON DELETE CASCADE,
    currency               TEXT NOT NULL,
    per_eur                REAL NOT NULL,
    building_per_w         REAL NOT NULL,
    electrical_per_w       REAL NOT NULL,
    mechanical_per_w       REAL NOT NULL,
    grid_per_va            REAL NOT NULL,
    ups_per_w              REAL NOT NULL,
    soft_cost_fraction     REAL NOT NULL,
    contingency_fraction   REAL NOT NULL,
    maintenance_fraction   REAL NOT NULL,
    staff_per_year         REAL NOT NULL,
    discount_rate_per_year REAL NOT NULL,
    horizon_years          INTEGER NOT NULL,
    source_note            TEXT NOT NULL
);

CREATE TABLE opex_item (
    pos       INTEGER PRIMARY KEY,
    id        INTEGER NOT NULL,
    name      TEXT NOT NULL,
    stage_id  INTEGER NOT NULL,
    per_year  REAL NOT NULL
);

CREATE TABLE scenario (
    pos   INTEGER PRIMARY KEY,
    id    INTEGER NOT NULL,
    name  TEXT NOT NULL
);

CREATE TABLE stage (
    scenario_pos          INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos                   INTEGER NOT NULL,
    id                    INTEGER NOT NULL,
    name                  TEXT NOT NULL,
    energisation_date     TEXT,            -- ISO 8601 'YYYY-MM-DD'; NULL: not set
    grid_capacity_added_w REAL NOT NULL,
    ramp_up_months        INTEGER NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);

CREATE TABLE hall (
    scenario_pos                INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos                         INTEGER NOT NULL,
    id                          INTEGER NOT NULL,
    name                        TEXT NOT NULL,
    x_m                         REAL NOT NULL,
    y_m                         REAL NOT NULL,
    width_m                     REAL NOT NULL,
    depth_m                     REAL NOT NULL,
    rotation_deg                REAL NOT NULL,
    stage_id                    INTEGER NOT NULL,
    cooling_system_id           INTEGER NOT NULL,
    floor_load_limit_kg_per_m2  REAL NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);

CREATE TABLE rack_row (
    scenario_pos  INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos           INTEGER NOT NULL,
    id            INTEGER NOT NULL,
    hall_id       INTEGER NOT NULL,
    name          TEXT NOT NULL,
    x_m           REAL NOT NULL,
    y_m           REAL NOT NULL,
    rotation_deg  REAL NOT NULL,
    pitch_m       REAL NOT NULL,
    hot_aisle     TEXT NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);

CREATE TABLE rack (
    scenario_pos  INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos           INTEGER NOT NULL,
    id            INTEGER NOT NULL,
    name          TEXT NOT NULL,
    hall_id       INTEGER NOT NULL,
    row_id        INTEGER NOT NULL,
    rack_type_id  INTEGER NOT NULL,
    stage_id      INTEGER NOT NULL,
    x_m           REAL NOT NULL,
    y_m           REAL NOT NULL,
    rotation_deg  REAL NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);

CREATE TABLE rack_feed (
    scenario_pos  INTEGER NOT NULL,
    rack_pos      INTEGER NOT NULL,
    pos           INTEGER NOT NULL,
    node_id       INTEGER NOT NULL,
    phase         TEXT NOT NULL,
    PRIMARY KEY (scenario_pos, rack_pos, pos),
    FOREIGN KEY (scenario_pos, rack_pos) REFERENCES rack(scenario_pos, pos) ON DELETE CASCADE
);

CREATE TABLE power_node (
    scenario_pos        INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos                 INTEGER NOT NULL,
    id                  INTEGER NOT NULL,
    parent_id           INTEGER NOT NULL,
    name                TEXT NOT NULL,
    kind                TEXT NOT NULL,
    side                TEXT NOT NULL,
    redundancy_group_id INTEGER NOT NULL,
    stage_id            INTEGER NOT NULL,
    phases              INTEGER NOT NULL,
    voltage_v           REAL NOT NULL,
    voltage_reference   TEXT NOT NULL,
    rating_basis        TEXT NOT NULL,
    rating_va           REAL NOT NULL,
    rating_a            REAL NOT NULL,
    power_factor        REAL NOT NULL,
    loss_no_load        REAL NOT NULL,   -- fraction of the rating (VA) lost at any load
    loss_linear         REAL NOT NULL,   -- fraction of the load (W)
    loss_quadratic      REAL NOT NULL,   -- times load²/rating
    PRIMARY KEY (scenario_pos, pos)
);

CREATE TABLE redundancy_group (
    scenario_pos   INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos            INTEGER NOT NULL,
    id             INTEGER NOT NULL,
    name           TEXT NOT NULL,
    scheme         TEXT NOT NULL,
    blocks         INTEGER NOT NULL,
    needed_blocks  INTEGER NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);

CREATE TABLE cooling_system (
    scenario_pos             INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos                      INTEGER NOT NULL,
    id                       INTEGER NOT NULL,
    name                     TEXT NOT NULL,
    supply_c                 REAL NOT NULL,
    range_k                  REAL NOT NULL,
    dry_cooler_approach_k    REAL NOT NULL,
    cdu_approach_k           REAL NOT NULL,
    chiller_eta              REAL NOT NULL,
    condenser_approach_k     REAL NOT NULL,
    evaporator_offset_k      REAL NOT NULL,
    cop_cap                  REAL NOT NULL,
    dry_cooler_fan_coeff     REAL NOT NULL,
    fan_design_ambient_c     REAL NOT NULL,
    fan_min_speed            REAL NOT NULL,
    facility_pump_fraction   REAL NOT NULL,
    cdu_pump_fraction        REAL NOT NULL,
    crah_fan_fraction        REAL NOT NULL,
    air_supply_c             REAL NOT NULL,
    adiabatic                INTEGER NOT NULL,
    adiabatic_on_c           REAL NOT NULL,
    adiabatic_effectiveness  REAL NOT NULL,
    design_ambient_c         REAL NOT NULL,
    dry_cooler_capacity_w    REAL NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);

CREATE TABLE load_profile (
    scenario_pos      INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos               INTEGER NOT NULL,
    id                INTEGER NOT NULL,
    name              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    rack_type_id      INTEGER NOT NULL,
    base_utilisation  REAL NOT NULL,
    amplitude         REAL NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);

-- The hourly values of a profile (custom profiles: 8760 rows).
CREATE TABLE load_profile_hour (
    scenario_pos      INTEGER NOT NULL,
    load_profile_pos  INTEGER NOT NULL,
    hour              INTEGER NOT NULL,
    utilisation       REAL NOT NULL,
    PRIMARY KEY (scenario_pos, load_profile_pos, hour),
    FOREIGN KEY (scenario_pos, load_profile_pos) REFERENCES load_profile(scenario_pos, pos) ON DELETE CASCADE
);

CREATE TABLE heat_offtake (
    scenario_pos    INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos             INTEGER NOT NULL,
    id              INTEGER NOT NULL,
    name            TEXT NOT NULL,
    stage_id        INTEGER NOT NULL,
    capacity_w      REAL NOT NULL,
    min_supply_c    REAL NOT NULL,
    base_c          REAL NOT NULL,
    design_low_c    REAL NOT NULL,
    min_demand      REAL NOT NULL,
    price_per_mwh   REAL NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);

CREATE TABLE grid_supply (
    scenario_pos             INTEGER PRIMARY KEY REFERENCES scenario(pos) ON DELETE CASCADE,
    name                     TEXT NOT NULL,
    renewable_share          REAL NOT NULL,
    carbon_kg_per_kwh        REAL NOT NULL,
    residual_mix_kg_per_kwh  REAL NOT NULL,
    price_per_mwh            REAL NOT NULL
);

CREATE TABLE ppa (
    scenario_pos   INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos            INTEGER NOT NULL,
    id             INTEGER NOT NULL,
    name           TEXT NOT NULL,
    technology     TEXT NOT NULL,
    stage_id       INTEGER NOT NULL,
    capacity_w     REAL NOT NULL,
    solar_area_m2  REAL NOT NULL,
    price_per_mwh  REAL NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);

CREATE TABLE guarantee_of_origin (
    scenario_pos   INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos            INTEGER NOT NULL,
    id             INTEGER NOT NULL,
    name           TEXT NOT NULL,
    stage_id       INTEGER NOT NULL,
    mwh_per_year   REAL NOT NULL,
    price_per_mwh  REAL NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);
