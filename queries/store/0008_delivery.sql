-- Who receives the monthly summary (configuration sheet `recipients`) and what was sent to whom (delivery_log).
create table if not exists cfg_recipients (
    version integer not null, customer varchar not null, email varchar not null, role varchar not null,
    language varchar not null
);

-- One row per message tried: sent, or failed with the reason (a failed one is tried again on the next run).
create table if not exists delivery_log (
    period       varchar not null,  -- YYYY-MM
    email        varchar not null,
    customer     varchar not null,  -- the client's name, or * for an executive's all-customer summary
    role         varchar not null,  -- executive | client
    language     varchar not null,
    attachments  varchar not null,  -- file names, comma separated
    data_version varchar not null,  -- the data state's fingerprint when sent: a change means the figures may differ
    status       varchar not null,  -- sent | failed
    reason       varchar,
    tried_at     timestamp not null
);
