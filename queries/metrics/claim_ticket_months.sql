-- Whether the ticket targets were met, per local month ($tz) of the window [$period_start, $period_end), customer
-- of $customers (a list; empty = all), metric, priority and target: met / (met + breached) >= target, as the KPIs judge it
-- (each target checked on its own tickets). ok_raw judges the same with the excluded breaches counted.
-- Reads the temp table ticket_outcomes.
with outcomes as (select * from ticket_outcomes),
scoped as (
    select *,
           excluded_reason is not null as is_excluded,
           date_trunc('month', timezone($tz, decided_at::timestamptz))::date as month
    from outcomes
    where decided_at >= $period_start and decided_at < $period_end and outcome in ('met', 'breached')
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
),
counted as (
    select month, customer, metric, priority, target_pct,
           count(*) filter (where outcome = 'met') as met,
           count(*) filter (where outcome = 'breached' and not is_excluded) as breached,
           count(*) filter (where is_excluded) as excluded
    from scoped
    group by all
),
final as (
    select *,
           100.0 * met / nullif(met + breached, 0) >= target_pct as ok,
           100.0 * met / nullif(met + breached + excluded, 0) >= target_pct as ok_raw
    from counted
)
select * from final order by month, customer, metric, priority, target_pct
