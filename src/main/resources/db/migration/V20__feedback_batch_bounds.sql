-- A batch's ratings are found by the range of ids they were given, not by an index on batch_id: an index entry per
-- rating costs an import of a million ratings seconds (H2 and PostgreSQL alike), and a batch's ids are contiguous
-- but for ratings that other batches stored at the same time (which the batch_id condition leaves out).
-- records_after: every rating of the batch has a larger id (null: not known, read from the first id).
-- records_upto: no rating of the batch has a larger id (null: the batch may still be storing).
-- stored_count: how many of its ratings are stored now (maintained in the transactions that insert or remove them).
alter table feedback_batch add column records_after bigint;
alter table feedback_batch add column records_upto bigint;
alter table feedback_batch add column stored_count bigint default 0 not null;

update feedback_batch set
    records_after = (select min(r.id) - 1 from feedback_record r where r.batch_id = feedback_batch.id),
    records_upto = (select max(r.id) from feedback_record r where r.batch_id = feedback_batch.id),
    stored_count = (select count(*) from feedback_record r where r.batch_id = feedback_batch.id);

drop index ix_feedback_record_batch;

-- The agent rollup is only ever read for one agent or a list of agents (user_id leads its unique key); team and
-- organization figures read feedback_team_daily (V17). These two indexes only cost every insert.
drop index ix_feedback_daily_team_day;
drop index ix_feedback_daily_day;
