-- Survey-tool exports (Qualtrics, SurveyMonkey) often name the helpdesk ticket but not the agent: the agent is then
-- the one the helpdesk's own rating of that ticket names, found through this index.
create index ix_feedback_record_ticket on feedback_record (ticket_id);

-- The newest rating id when a file was checked: when the check found no stored duplicate and no rating was stored
-- since, the import skips asking per chunk which keys are stored (the unique key still guards it).
alter table feedback_batch add column checked_newest_record bigint;
