-- Where the metrics that end in another local month than they were created (sla.metrics.advisor) breach, by target:
-- a target of T seconds below the metric's business time e breaches it in the month its due moment falls in, month
-- j (created_month, then each month start of advice_crossing_clocks in order) for D_j < T <= D_j+1, D being the
-- business time up to that month start (clock_out). One row per metric and month: the targets [low_s, high_s) that
-- breach it there, high_s at most e. Excluded metrics count no breach; an unknown D leaves the metric out, as the
-- clocks leave a due moment outside the calendar's segments unknown.
with metrics as (
    select id, created_month, elapsed_s
    from advice_metrics
    where created_month <> end_month and elapsed_s is not null and not excluded
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
final as (
    select i.id, i.month, i.low_s, least(coalesce(i.high_s, m.elapsed_s), m.elapsed_s) as high_s
    from intervals as i
    join metrics as m using (id)
)
select * from final where low_s < high_s
