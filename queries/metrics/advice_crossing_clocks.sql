-- Clock input for the metrics of the temp table advice_metrics that end in another local month than they were
-- created (sla.metrics.advisor), not excluded: one clock per such metric and month start after its creation up to
-- its end month's (temp table advice_boundaries: month, starts_at in UTC), run on the group's calendar from creation
-- to the last microsecond before that month starts, less the metric's pauses. Its elapsed D (whole seconds) says
-- where a target T puts the due moment: in that month or later exactly when T > D (the clocks' rule, queries/marts/
-- clock.sql: a due moment at a segment's end belongs to that segment).
with crossing as (
    select id, group_calendar, created_at, paused_s, created_month, end_month
    from advice_metrics
    where created_month <> end_month and elapsed_s is not null and not excluded
),
final as (
    select row_number() over () as clock_id, c.id, b.month,
           c.group_calendar as calendar, c.created_at as start_at, b.starts_at - interval 1 microsecond as stop_at,
           null::bigint as target_s, c.paused_s
    from crossing as c
    join advice_boundaries as b on b.month > c.created_month and b.month <= c.end_month
)
select * from final
