-- Breaches of the metrics that end in another month than they were created (sla.metrics.advisor), per group, month
-- and target: a target of T seconds below the metric's business time e breaches it in the month its due moment
-- falls in, month j (created_month, then each month start of advice_crossing_clocks in order) for D_j < T <= D_j+1.
-- As intervals of T, [D_j + 1, min(D_j+1 + 1, e)), turned into running totals over T per group and month
-- (`breaching` at and after `at_s`), so that judging a candidate is one look-up per month, not one per metric.
with metrics as (
    select id, customer, metric, priority, created_month, elapsed_s
    from advice_metrics
    where created_month <> end_month and elapsed_s is not null and not excluded
      -- a month start outside the calendar's segments leaves the due moment unknown, as the clocks do
      and id not in (select c.id from advice_crossing_clocks as c join clock_out as o using (clock_id)
                     where o.elapsed_s is null)
),
steps as (
    select m.id, m.created_month as month, 0 as ordinal, null::bigint as d_s from metrics as m
    union all
    select c.id, c.month, 1, o.elapsed_s
    from advice_crossing_clocks as c
    join clock_out as o using (clock_id)
),
intervals as (
    select id, month,
           coalesce(d_s + 1, 0) as low_s,
           lead(d_s + 1) over (partition by id order by ordinal, month) as high_s
    from steps
),
events as (
    select m.customer, m.metric, m.priority, i.month, i.low_s as at_s, 1 as delta
    from intervals as i join metrics as m using (id)
    where i.low_s < least(coalesce(i.high_s, m.elapsed_s), m.elapsed_s)
    union all
    select m.customer, m.metric, m.priority, i.month, least(coalesce(i.high_s, m.elapsed_s), m.elapsed_s), -1
    from intervals as i join metrics as m using (id)
    where i.low_s < least(coalesce(i.high_s, m.elapsed_s), m.elapsed_s)
),
summed as (
    select customer, metric, priority, month, at_s, sum(delta) as delta
    from events
    group by all
),
final as (
    select customer, metric, priority, month, at_s,
           sum(delta) over (partition by customer, metric, priority, month order by at_s
                            rows between unbounded preceding and current row) as breaching
    from summed
)
select * from final
