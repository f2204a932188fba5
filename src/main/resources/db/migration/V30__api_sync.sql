-- The HR API's change feed (ADR 017). Each resource of /api/v1 (people, progress, certificates) keeps the items it
-- last served, as the JSON they were served as, with the time a refresh first saw each one differ: updatedSince
-- reads changed_at, so derived values (a status that turns "overdue" because a date passed, a renamed team) count as
-- changes too, and a refresh that runs late never loses one. Removed items keep their key and lose their body.
create table api_sync_resource (
    resource     varchar(20) primary key,
    refreshed_at timestamp with time zone
);
insert into api_sync_resource (resource) values ('people');
insert into api_sync_resource (resource) values ('progress');
insert into api_sync_resource (resource) values ('certificates');

create table api_sync_item (
    resource   varchar(20)   not null references api_sync_resource (resource),
    k1         bigint        not null,
    k2         bigint        not null,
    body       varchar(8000),
    changed_at timestamp with time zone not null,
    removed    boolean       not null,
    primary key (resource, k1, k2)
);
create index ix_api_sync_changed on api_sync_item (resource, changed_at);
