-- The CES sums of a rollup row fit an integer (a row is one agent or team, day, channel and measure). SUM over an
-- integer column is a BIGINT on H2 and PostgreSQL, over a BIGINT a NUMERIC, which is several times slower to add
-- up: the dashboards sum thousands of rows per figure.
alter table feedback_daily alter column score_sum set data type integer;
alter table feedback_daily alter column score_sq set data type integer;
alter table feedback_team_daily alter column score_sum set data type integer;
alter table feedback_team_daily alter column score_sq set data type integer;
