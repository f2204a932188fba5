-- Planned evaluations (issue 11, ADR 013's addendum). within_channel: whether the registered analysis compares the
-- change within each channel (email, chat, phone, ...) and averages it by the certified agents' channel mix, fixed
-- at registration like the rest of the plan; the evaluations registered before this column existed were registered
-- without it.
alter table impact_evaluation add column within_channel boolean default false not null;

-- A plan may be withdrawn before its first wave is due, never afterwards (then its result is shown whatever it
-- says). The withdrawal is a row of its own, written once: the registered plan itself is still never updated, and a
-- withdrawn plan stays listed with who withdrew it, when and why.
create table impact_evaluation_withdrawal (
    evaluation_id       bigint       not null primary key references impact_evaluation (id) on delete cascade,
    withdrawn_by        bigint       not null references app_user (id),
    withdrawn_at        timestamp with time zone not null,
    reason              varchar(500) not null,
    assignments_removed integer      not null
);
