-- Ticket metrics decided in each whole local month of the temp table rollup_months (by settles_on, in the report
-- time zone; $first_month to $end_month bound the scan), per customer, service, priority, metric and target: how
-- many met, and how many breached apart from the excluded ones, as of the month's end (a clock still running past
-- its due moment is breached by then). Monthly KPI trends read whole past months here
-- (queries/metrics/trend_ticket_compliance.sql).
with months as (select month from rollup_months),
metrics as (
    select *, date_trunc('month', settles_on)::date as month
    from fct_ticket_sla
    where due_at is not null and settles_on >= $first_month and settles_on < $end_month
),
judged as (
    select *, stop_at is not null and stop_at <= due_at as met from metrics semi join months using (month)
),
final as (
    select month, customer, service, priority, metric, target_pct,
           count(*) filter (where met) as met,
           count(*) filter (where not met and not excluded) as breached
    from judged
    group by all
    having count(*) filter (where met or not excluded) > 0
)
select * from final
