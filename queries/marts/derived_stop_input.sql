-- Clocks for the stops an export gives only as business time on its source's calendar (ingest --source-calendar):
-- the stop is the moment that much business time has run since creation on that calendar, found as queries/marts/
-- clock.sql finds a due moment (the inverse of the calendar's running business time). Ids are ticket_metric's rows.
with metrics as (select rowid as clock_id, * from ticket_metric),
final as (
    select clock_id, source_calendar as calendar, created_at as start_at, null::timestamp as stop_at,
           round(source_business_minutes * 60)::bigint as target_s, 0::bigint as paused_s
    from metrics
    where stop_at is null and source_business_minutes > 0 and source_calendar is not null
)
select * from final
