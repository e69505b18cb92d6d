-- Schema version 6 (METHOD v2 §9): uncertain inputs of a scenario, for Monte Carlo and the tornado.
-- Older files get none.

CREATE TABLE uncertain_input (
    scenario_pos  INTEGER NOT NULL REFERENCES scenario(pos) ON DELETE CASCADE,
    pos           INTEGER NOT NULL,
    id            INTEGER NOT NULL,
    parameter     TEXT NOT NULL,   -- a key of model/uncertainty.h, e.g. grid.price_per_mwh, tenant.price:12
    distribution  TEXT NOT NULL,   -- triangular, uniform, normal, discrete
    low           REAL NOT NULL,
    mode          REAL NOT NULL,   -- triangular mode; normal mean
    high          REAL NOT NULL,
    sd            REAL NOT NULL,   -- normal only
    reason        TEXT NOT NULL,
    PRIMARY KEY (scenario_pos, pos)
);

-- The values of a discrete distribution, in order.
CREATE TABLE uncertain_input_value (
    scenario_pos  INTEGER NOT NULL,
    input_pos     INTEGER NOT NULL,
    pos           INTEGER NOT NULL,
    value         REAL NOT NULL,
    PRIMARY KEY (scenario_pos, input_pos, pos),
    FOREIGN KEY (scenario_pos, input_pos) REFERENCES uncertain_input(scenario_pos, pos) ON DELETE CASCADE
);
