-- Ticket claims over the window [$period_start, $period_end) for $customers (a list; empty = all): per metric and
-- priority, and per metric over all priorities (priority null). Reads the temp table ticket_outcomes.
-- met / breached: the clocks decided in the window, breaches in force only; excluded: breaches excluded now (they
-- leave the figure and are disclosed). The raw figures count the excluded breaches as breaches. Median: business
-- minutes from creation to the stop; a breached clock still running counts as longer than every stopped one.
-- months: local months ($tz) with a decided clock of the metric. calendar_min/max: the policies' calendars.
with outcomes as (select * from ticket_outcomes),
scoped as (
    select *,
           excluded_reason is not null as is_excluded,
           coalesce(elapsed_s, 'infinity'::double) as used_s,
           date_trunc('month', timezone($tz, decided_at::timestamptz))::date as month
    from outcomes
    where decided_at >= $period_start and decided_at < $period_end and outcome in ('met', 'breached')
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
),
grouped as (
    select
        metric, priority,
        count(*) filter (where outcome = 'met') as met,
        count(*) filter (where outcome = 'breached' and not is_excluded) as breached,
        count(*) filter (where is_excluded) as excluded,
        quantile_disc(used_s, 0.5) filter (where not is_excluded) / 60 as median_minutes,
        quantile_disc(used_s, 0.5) / 60 as median_minutes_raw,
        min(target_s) / 60 as target_min_minutes,
        max(target_s) / 60 as target_max_minutes,
        min(target_pct) as target_min_pct,
        max(target_pct) as target_max_pct,
        min(calendar) as calendar_min,  -- the clock the targets and the median are measured on
        max(calendar) as calendar_max,
        list(distinct month order by month) as months
    from scoped
    group by grouping sets ((metric, priority), (metric))
),
final as (
    select
        *,
        100.0 * met / nullif(met + breached, 0) as compliance_pct,
        100.0 * met / nullif(met + breached + excluded, 0) as compliance_pct_raw
    from grouped
)
select * from final order by metric, priority nulls first
