-- Schema version 9, PostgreSQL dialect: the SQLite script's untyped hourly columns (which keep every
-- double bit for bit there) are DOUBLE PRECISION here, as climate_hour's are.

CREATE TABLE weather_year (
    project_key   BIGINT NOT NULL REFERENCES project(project_key) ON DELETE CASCADE,
    pos           BIGINT NOT NULL,
    name          TEXT NOT NULL,
    source        TEXT NOT NULL,
    latitude_deg  DOUBLE PRECISION NOT NULL,
    longitude_deg DOUBLE PRECISION NOT NULL,
    elevation_m   DOUBLE PRECISION NOT NULL,
    time_zone_h   DOUBLE PRECISION NOT NULL,
    filled_values BIGINT NOT NULL,
    PRIMARY KEY (project_key, pos)
);

CREATE TABLE weather_year_hour (
    project_key        BIGINT NOT NULL,
    weather_year_pos   BIGINT NOT NULL,
    hour               BIGINT NOT NULL,
    dry_bulb_c         DOUBLE PRECISION,
    dew_point_c        DOUBLE PRECISION,
    rel_humidity_pct   DOUBLE PRECISION,
    pressure_pa        DOUBLE PRECISION,
    ghi_wh_per_m2      DOUBLE PRECISION,
    wind_speed_m_per_s DOUBLE PRECISION,
    PRIMARY KEY (project_key, weather_year_pos, hour),
    FOREIGN KEY (project_key, weather_year_pos) REFERENCES weather_year(project_key, pos) ON DELETE CASCADE
);
