-- The Zendesk connector: the one Zendesk account Certdesk pulls satisfaction ratings from, where the last sync
-- stopped, and the ratings it had to skip (agents Certdesk does not know, unreadable entries).

-- Connection settings, written by an administrator. One row (id 1) at most. The API token is never stored in plain
-- text: token_cipher is AES-256-GCM with a random nonce per encryption, key from certdesk.secrets.key.
create table zendesk_connection (
    id              bigint primary key,
    subdomain       varchar(63)  not null,
    agent_email     varchar(320) not null,
    token_cipher    varchar(2000),
    token_saved_at  timestamp with time zone,
    enabled         boolean not null default false,
    updated_at      timestamp with time zone not null,
    updated_by_name varchar(200) not null,
    version         bigint not null default 0
);

-- Sync state, written by the sync after every page. One row (id 1), created here so the run guard below can always
-- be taken with a conditional update. running_since/running_owner is that guard: a node sets it when the column is
-- empty or older than certdesk.feedback.zendesk.stale-after (a node that died mid-sync) and refreshes it after
-- every page; two nodes never sync together.
create table zendesk_sync_state (
    id                 bigint primary key,
    synced_up_to       bigint,                       -- unix seconds: the start_time of the next sync
    run_start_time     bigint,                       -- start_time the sync in progress asked with
    run_next_url       varchar(4000),                -- the next page of the sync in progress (its cursor)
    run_newest         bigint,                       -- newest created/updated time the sync in progress has seen
    running_since      timestamp with time zone,
    running_owner      varchar(100),
    last_started_at    timestamp with time zone,
    last_finished_at   timestamp with time zone,
    last_status        varchar(20) not null,         -- ZendeskSyncStatus
    last_message       varchar(2000),
    rate_limited_until timestamp with time zone,
    pages              integer not null default 0,   -- counts of the last (or current) sync, resumed runs included
    ratings_stored     integer not null default 0,
    duplicates         integer not null default 0,
    not_ratings        integer not null default 0,
    skipped_unknown    integer not null default 0,
    skipped_invalid    integer not null default 0
);
insert into zendesk_sync_state (id, last_status) values (1, 'NEVER');

-- Ratings a sync skipped, one row per Zendesk rating id: its agent is unknown to Certdesk (kind UNKNOWN_AGENT) or
-- the entry could not be read (INVALID). Shown to the administrator grouped by agent; a rating stored later (after
-- the agent was mapped and the skipped ratings fetched again) leaves this table.
create table zendesk_skipped_rating (
    rating_id    varchar(200) primary key,
    kind         varchar(20)  not null,
    agent_id     varchar(200),
    reason       varchar(1000) not null,
    rated_at     timestamp with time zone,
    last_seen_at timestamp with time zone not null
);
create index ix_zendesk_skipped_kind_agent on zendesk_skipped_rating (kind, agent_id);
