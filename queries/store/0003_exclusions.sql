-- Breach exclusions with their audit trail: every exclusion and every undo is a row (who, when, why).
create table if not exists breach_exclusions (
    source     varchar not null,
    ticket_id  varchar not null,
    metric     varchar not null,
    action     varchar not null,      -- exclude | include
    reason     varchar,
    actor      varchar not null,
    acted_at   timestamp not null
);
