-- The ticket metrics a target advice weighs (sla.metrics.advisor), from the clocks in force (fct_ticket_sla): every
-- metric that can be decided in [$period_start, $period_end) (created before its end, not stopped before its start)
-- of each customer, metric and priority that has a target there (a group), with the group's policy: the target,
-- share and calendar of its latest ticket with one, as a draft holding that policy for the whole group would apply
-- them. `ends` is the stop, or $as_of for a clock still running; months are local (report time zone: local_day()
-- of queries/marts/macros.sql).
with window_metrics as (
    select customer, metric, priority, created_at, stop_at, paused_s, calendar, elapsed_s,
           target_s, target_pct, excluded
    from fct_ticket_sla
    where created_at < $period_end and (stop_at is null or stop_at >= $period_start)
      and ($customer is null or customer = $customer)
),
groups as (
    select customer, metric, priority,
           arg_max(target_s, created_at) as group_target_s,
           arg_max(target_pct, created_at) as group_target_pct,
           arg_max(calendar, created_at) as group_calendar
    from window_metrics
    where target_s is not null
    group by all
),
final as (
    select
        row_number() over () as id,
        w.* exclude (target_s, target_pct),
        g.group_target_s, g.group_target_pct, g.group_calendar,
        coalesce(w.stop_at, $as_of::timestamp) as ends_at,
        date_trunc('month', local_day(w.created_at))::date as created_month,
        date_trunc('month', local_day(coalesce(w.stop_at, $as_of::timestamp)))::date as end_month
    from window_metrics as w
    join groups as g
        on g.customer is not distinct from w.customer and g.metric = w.metric
        and g.priority is not distinct from w.priority
)
select * from final
