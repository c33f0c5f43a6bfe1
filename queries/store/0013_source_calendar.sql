-- The calendar a source counted its business-hours durations on (`ingest --source-calendar NAME`), per import:
-- with it, a ticket whose export gives a stop only as business time gets that stop, on that calendar.
create table if not exists batch_source_calendars (
    batch_id integer primary key,
    calendar varchar not null
);
-- the SLA clocks carry the source's business-hours figures and calendar: rebuild them all on the next read
update marts_state set changes = changes + 1, report_timezone = null;
