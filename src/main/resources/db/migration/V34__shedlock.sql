-- One row per scheduled job: the node holding it and until when (ShedLock, ADR 020). Portable for H2 and PostgreSQL.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    primary key (name)
);
