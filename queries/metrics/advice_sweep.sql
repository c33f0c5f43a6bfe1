-- Every whole-minute target of each group of the temp table advice_metrics (sla.metrics.advisor) judged at once, as
-- a replay of a draft holding it would judge it: in whole seconds of business time e against a target of T minutes,
-- a stopped metric is met when e < 60 T (in the month it stops), a metric is breached when e > 60 T (created and
-- ended in one month: in that month; crossing a month: in its due moment's, advice_crossing_intervals; excluded
-- ones left out), and e = 60 T is decided by the due moment (advice_equal). Each metric thus adds and removes itself
-- at a few minutes; per group and month, running totals give met and breached at every minute where they change,
-- and so whether the month meets the group's share; per group, the months met at every minute where that count
-- changes (months in [$first_month, $end_month)), of which the rows are those where it reaches a new height.
with metrics as (
    select customer, metric, priority, created_month, end_month, stop_at, excluded, elapsed_s
    from advice_metrics
    where elapsed_s is not null
),
settled_breaches as (
    select customer, metric, priority, created_month as month, (elapsed_s + 59) // 60 as upto
    from metrics
    where created_month = end_month and not excluded
),
crossing_breaches as (
    select m.customer, m.metric, m.priority, i.month,
           greatest((i.low_s + 59) // 60, 1) as from_minute, (i.high_s + 59) // 60 as upto
    from advice_crossing_intervals as i
    join advice_metrics as m using (id)
),
events as (
    select customer, metric, priority, end_month as month, elapsed_s // 60 + 1 as minute, 1 as met, 0 as breached
    from metrics where stop_at is not null
    union all
    select customer, metric, priority, month, 1, 0, 1 from settled_breaches where upto > 1
    union all
    select customer, metric, priority, month, upto, 0, -1 from settled_breaches where upto > 1
    union all
    select customer, metric, priority, month, from_minute, 0, 1 from crossing_breaches where upto > from_minute
    union all
    select customer, metric, priority, month, upto, 0, -1 from crossing_breaches where upto > from_minute
    union all
    select customer, metric, priority, month, minute, met, breached from advice_equal
    union all
    select customer, metric, priority, month, minute + 1, -met, -breached from advice_equal
),
summed as (
    select customer, metric, priority, month, minute, sum(met) as met, sum(breached) as breached
    from events
    where month >= $first_month and month < $end_month
    group by all
),
running as (
    select customer, metric, priority, month, minute,
           sum(met) over w as met,
           sum(breached) over w as breached
    from summed
    window w as (partition by customer, metric, priority, month order by minute
                 rows between unbounded preceding and current row)
),
judged as (
    select r.customer, r.metric, r.priority, r.month, r.minute,
           coalesce(r.met + r.breached > 0 and 100.0 * r.met / (r.met + r.breached) >= g.group_target_pct,
                    false)::int as ok
    from running as r
    join advice_groups as g
        on g.customer is not distinct from r.customer and g.metric = r.metric
        and g.priority is not distinct from r.priority
),
changes as (
    select customer, metric, priority, minute,
           ok - coalesce(lag(ok) over (partition by customer, metric, priority, month order by minute), 0) as delta
    from judged
),
per_minute as (
    select customer, metric, priority, minute, sum(delta) as delta
    from changes
    group by all
),
months_met as (
    select customer, metric, priority, minute,
           sum(delta) over (partition by customer, metric, priority order by minute
                            rows between unbounded preceding and current row) as months_met
    from per_minute
),
-- the tightest target met in k months, for each k: the minutes where the count first reaches a new height
records as (
    select *, max(months_met) over (partition by customer, metric, priority order by minute
                                    rows between unbounded preceding and 1 preceding) as before
    from months_met
),
final as (
    select customer, metric, priority, minute as minutes, months_met
    from records
    where months_met > coalesce(before, 0)
)
select * from final
