-- Canonical store. Every imported row keeps the batch it came from, so an import can be undone
-- and a later export of the same ticket can supersede an earlier one (staging views pick the latest).
create sequence if not exists batch_seq start 1;

create table if not exists batches (
    batch_id      integer primary key,
    kind          varchar not null,     -- tickets | checks | outages | feedback | maintenance
    file_name     varchar not null,
    sha256        varchar not null,
    preset        varchar not null,
    timezone      varchar not null,
    rows_read     integer not null,
    rows_stored   integer not null,
    rows_updated  integer not null,
    rows_rejected integer not null,
    imported_at   timestamp not null
);

create table if not exists rejects (
    batch_id  integer not null,
    file_name varchar not null,
    line      bigint,                   -- 1-based record number in the file, header = 1
    "column"  varchar,
    value     varchar,
    reason    varchar not null
);

create table if not exists tickets (
    batch_id                  integer not null,
    source                    varchar not null,   -- zendesk | jira | freshdesk | servicenow | csv | ...
    ticket_id                 varchar not null,
    customer                  varchar not null,
    service                   varchar,
    priority                  varchar,
    channel                   varchar,
    team                      varchar,
    category                  varchar,
    status                    varchar,
    created_at                timestamp not null, -- UTC
    updated_at                timestamp,
    first_response_at         timestamp,
    resolved_at               timestamp,
    closed_at                 timestamp,
    paused_minutes            double,
    reopens                   integer,
    source_first_response_met boolean,            -- the source system's own SLA verdict, when exported
    source_resolution_met     boolean,
    subject                   varchar
);

create table if not exists checks (
    batch_id         integer not null,
    service          varchar not null,
    checked_at       timestamp not null,
    is_up            boolean not null,
    response_time_ms double,
    volume           double
);

create table if not exists outages (
    batch_id   integer not null,
    service    varchar not null,
    started_at timestamp not null,
    ended_at   timestamp,                -- null: still down at export time
    reason     varchar
);

create table if not exists feedback (
    batch_id     integer not null,
    response_id  varchar not null,
    customer     varchar not null,
    ticket_id    varchar,
    submitted_at timestamp not null,
    kind         varchar not null,       -- csat | nps
    score        double,                 -- null: offered, not answered
    scale_max    double not null,        -- 5 for csat 1-5 (1 for good/bad), 10 for nps
    comment      varchar
);

create table if not exists maintenance (
    batch_id  integer not null,
    service   varchar not null,
    starts_at timestamp not null,
    ends_at   timestamp not null,
    note      varchar
);

create table if not exists settings (
    key   varchar primary key,
    value varchar not null
);
