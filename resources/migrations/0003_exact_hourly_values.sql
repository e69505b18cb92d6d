-- Schema version 3: the hourly series keep every double bit for bit.
-- A column declared REAL makes SQLite store whole numbers as integers, which turns -0.0 into 0;
-- the program compares hourly series bit for bit, so the value columns of climate_hour and
-- load_profile_hour get no declared type (SQLite then stores each REAL exactly as given).
-- The reader still accepts only numbers there. Tables are rebuilt and their rows copied.

CREATE TABLE climate_hour_v3 (
    project_key        INTEGER NOT NULL REFERENCES climate(project_key) ON DELETE CASCADE,
    hour               INTEGER NOT NULL,
    dry_bulb_c,
    dew_point_c,
    rel_humidity_pct,
    pressure_pa,
    ghi_wh_per_m2,
    wind_speed_m_per_s,
    PRIMARY KEY (project_key, hour)
);
INSERT INTO climate_hour_v3
    SELECT project_key, hour, dry_bulb_c, dew_point_c, rel_humidity_pct, pressure_pa, ghi_wh_per_m2,
           wind_speed_m_per_s
    FROM climate_hour;
DROP TABLE climate_hour;
ALTER TABLE climate_hour_v3 RENAME TO climate_hour;

CREATE TABLE load_profile_hour_v3 (
    scenario_pos      INTEGER NOT NULL,
    load_profile_pos  INTEGER NOT NULL,
    hour              INTEGER NOT NULL,
    utilisation       NOT NULL,
    PRIMARY KEY (scenario_pos, load_profile_pos, hour),
    FOREIGN KEY (scenario_pos, load_profile_pos) REFERENCES load_profile(scenario_pos, pos) ON DELETE CASCADE
);
INSERT INTO load_profile_hour_v3
    SELECT scenario_pos, load_profile_pos, hour, utilisation FROM load_profile_hour;
DROP TABLE load_profile_hour;
ALTER TABLE load_profile_hour_v3 RENAME TO load_profile_hour;
