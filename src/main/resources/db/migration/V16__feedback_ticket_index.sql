-- Survey-tool exports (Qualtrics, SurveyMonkey) often name the helpdesk ticket but not the agent: the agent is then
-- the one the helpdesk's own rating of that ticket names, found through this index.
create index ix_feedback_record_ticket on feedback_record (ticket_id);
