-- The format a question's texts are written in (Moodle's names): MARKDOWN for questions written in Certdesk,
-- HTML or MOODLE (auto-format: HTML allowed, line breaks kept) for questions imported from GIFT files.
alter table question add column text_format varchar(16) default 'MARKDOWN' not null;
