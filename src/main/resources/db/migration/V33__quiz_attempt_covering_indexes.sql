-- The progress reports and the HR API's progress list ask, for thousands of agents at once, which modules each
-- passed, when each first passed, and each best score. With only (user_id, module_id) indexed, every matching
-- attempt row was read in full, its question snapshot (up to a megabyte of text) included, and the first passes of
-- a module (filtered by module alone) scanned the whole table once per module: 20-60 s at 5,000 agents
-- (ReportsBenchmark). These indexes hold every column those queries read, so the database answers them from the
-- index (H2 and PostgreSQL index-only scans) without touching the rows.
create index ix_attempt_user_passes on quiz_attempt (user_id, passed, module_id, finished_at);
create index ix_attempt_module_passes on quiz_attempt (module_id, passed, user_id, finished_at);
create index ix_attempt_user_best on quiz_attempt (user_id, state, module_id, percent);
