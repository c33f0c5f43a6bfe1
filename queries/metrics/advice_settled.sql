-- The metrics of the temp table advice_metrics that are created and end in one local month (sla.metrics.advisor),
-- counted per group, month and business time (whole seconds): running totals, up to and including each time, of the
-- stopped ones (met under any longer target) and of those that count when breached (not excluded), and the month's
-- total of the latter. A target of T seconds then meets the stopped ones below T and breaches the counted ones above
-- it, in that same month: one look-up per candidate and month instead of one per metric.
with settled as (
    select customer, metric, priority, end_month, elapsed_s,
           count(*) filter (where stop_at is not null) as stopped,
           count(*) filter (where not excluded) as counted
    from advice_metrics
    where created_month = end_month and elapsed_s is not null
    group by all
),
final as (
    select customer, metric, priority, end_month, elapsed_s,
           sum(stopped) over w as met,
           sum(counted) over w as counted_below,
           sum(counted) over (partition by customer, metric, priority, end_month) as counted_all
    from settled
    window w as (partition by customer, metric, priority, end_month order by elapsed_s
                 rows between unbounded preceding and current row)
)
select * from final
