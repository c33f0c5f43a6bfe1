-- The metrics of the temp table advice_metrics (sla.metrics.advisor) whose business time e is a whole number of
-- minutes, judged under the one target equal to it, T = e: only their due moment (clock_out, clock_id = id, run with
-- that target) decides, by the rule of the clocks (queries/metrics/ticket_outcomes.sql): met when stopped by the due
-- moment (in the month it stops), else breached when stopped or still running past it (in the month of the due
-- moment; excluded breaches left out), else open.
with judged as (
    select m.*, o.due_at, coalesce(m.stop_at <= o.due_at, false) as in_time
    from advice_metrics as m
    join clock_out as o on o.clock_id = m.id
),
final as (
    select customer, metric, priority, elapsed_s // 60 as minute,
           case when in_time then end_month
                when created_month = end_month then created_month
                else date_trunc('month', local_day(due_at))::date
           end as month,
           (in_time and stop_at is not null)::int as met,
           (not in_time and (stop_at is not null or ends_at > due_at) and not excluded)::int as breached
    from judged
)
select * from final where month is not null
