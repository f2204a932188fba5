-- A counter of changes to the feedback rollups: bumped, in the same transaction, by every step that changes them
-- (they take this row's lock already), so that a figure computed from the rollups can be cached until it changes,
-- on every node.
alter table feedback_lock add column version bigint not null default 0;
