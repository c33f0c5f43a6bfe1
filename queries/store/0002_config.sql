-- The contract configuration, versioned: every import of the workbook is a new version; the latest is in force.
create sequence if not exists config_seq start 1;

create table if not exists config_versions (
    version     integer primary key,
    source      varchar not null,
    imported_at timestamp not null
);

create table if not exists cfg_calendars (
    version integer not null, calendar varchar not null, timezone varchar not null,
    mon varchar, tue varchar, wed varchar, thu varchar, fri varchar, sat varchar, sun varchar,
    holidays varchar, closed_dates varchar
);

create table if not exists cfg_policies (
    version integer not null, policy_row integer not null,
    customer varchar not null, service varchar not null, priority varchar not null, metric varchar not null,
    target_minutes double, target_pct double, target_value double, calendar varchar not null,
    effective_from date, effective_to date
);

create table if not exists cfg_credits (
    version integer not null, customer varchar not null, below_pct double not null, credit_pct double not null
);

create table if not exists cfg_customers (
    version integer not null, customer varchar not null, monthly_fee double, currency varchar, services varchar
);

create table if not exists cfg_maintenance (
    version integer not null, service varchar not null, starts_at timestamp not null, ends_at timestamp not null,
    note varchar
);
