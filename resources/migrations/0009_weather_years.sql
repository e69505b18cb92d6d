-- Schema version 9 (issue 14): other weather years of the site, for the risk study's discrete input
-- climate.weather_year (0 is the site's climate, k the k-th year here). Same columns as climate and
-- climate_hour, keyed by the year's position; hourly values untyped so that SQLite keeps every double
-- bit for bit (see 0003). Older files have none.

CREATE TABLE weather_year (
    project_key   INTEGER NOT NULL REFERENCES project(project_key) ON DELETE CASCADE,
    pos           INTEGER NOT NULL,
    name          TEXT NOT NULL,
    source        TEXT NOT NULL,
    latitude_deg  REAL NOT NULL,
    longitude_deg REAL NOT NULL,
    elevation_m   REAL NOT NULL,
    time_zone_h   REAL NOT NULL,
    filled_values INTEGER NOT NULL,
    PRIMARY KEY (project_key, pos)
);

CREATE TABLE weather_year_hour (
    project_key        INTEGER NOT NULL,
    weather_year_pos   INTEGER NOT NULL,
    hour               INTEGER NOT NULL,
    dry_bulb_c,
    dew_point_c,
    rel_humidity_pct,
    pressure_pa,
    ghi_wh_per_m2,
    wind_speed_m_per_s,
    PRIMARY KEY (project_key, weather_year_pos, hour),
    FOREIGN KEY (project_key, weather_year_pos) REFERENCES weather_year(project_key, pos) ON DELETE CASCADE
);
