-- Review options like Moodle's: what a finished attempt shows (score, right/wrong, correct answers, feedback)
-- and from when (IMMEDIATELY, AFTER_PASSING, OUT_OF_ATTEMPTS, AFTER_CLOSE; comma-separated, '' for never),
-- an optional close date, and a wait after a number of failed attempts.
alter table quiz add column review_score varchar(80) default 'IMMEDIATELY' not null;
alter table quiz add column review_right_wrong varchar(80) default 'IMMEDIATELY' not null;
alter table quiz add column review_answers varchar(80) default 'AFTER_PASSING,OUT_OF_ATTEMPTS' not null;
alter table quiz add column review_feedback varchar(80) default 'AFTER_PASSING,OUT_OF_ATTEMPTS' not null;
alter table quiz add column failures_before_wait integer;
alter table quiz add column failure_wait_minutes integer;
alter table quiz add column closes_at timestamp with time zone;

-- The old three-value policy:
-- NEVER (score only) keeps score and right/wrong, never the answers or feedback;
-- AFTER_PASSING keeps the answers and feedback for agents who passed;
-- AFTER_SUBMIT (the old default, which handed a failed attempt every answer) takes the new default above:
-- answers and feedback once the agent passed or has no attempts left.
update quiz set review_answers = '', review_feedback = '' where review_policy = 'NEVER';
update quiz set review_answers = 'AFTER_PASSING', review_feedback = 'AFTER_PASSING'
    where review_policy = 'AFTER_PASSING';

-- Review options are read from the quiz when a result is shown (as Moodle does), so attempts no longer copy them.
alter table quiz drop column review_policy;
alter table quiz_attempt drop column review_policy;
