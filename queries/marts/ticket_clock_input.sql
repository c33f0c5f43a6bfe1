-- Two clocks per ticket metric for queries/marts/clock.sql: even ids give the due moment, odd ids the
-- moment 75 % of the target is used (at risk).
with metrics as (select rowid as clock_id, * from ticket_metric),  -- the row id: unique, and free
final as (
    select clock_id * 2 as clock_id, calendar, created_at as start_at, stop_at, target_s, paused_s
    from metrics
    union all
    select clock_id * 2 + 1, calendar, created_at, stop_at, round(target_s * 0.75)::bigint, paused_s
    from metrics where target_s is not null
)
select * from final
