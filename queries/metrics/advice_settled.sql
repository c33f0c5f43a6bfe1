-- The metrics of the temp table advice_metrics counted per group, month they end in and business time (whole
-- seconds): running totals, up to and including each time, of the stopped ones (met under any longer target, in the
-- month they stop) and of those created in that same month that count when breached (not excluded), and the month's
-- total of the latter. A target of T seconds then meets the stopped ones below T and breaches the counted ones above
-- it: one look-up per candidate and month instead of one per metric. (A breach of a metric that crosses a month
-- counts in its due moment's month: queries/metrics/advice_crossing_breaches.sql.)
with settled as (
    select customer, metric, priority, end_month, elapsed_s,
           count(*) filter (where stop_at is not null) as stopped,
           count(*) filter (where stop_at is not null and created_month = end_month) as stopped_in_month,
           count(*) filter (where not excluded and created_month = end_month) as counted
    from advice_metrics
    where elapsed_s is not null
    group by all
),
final as (
    select customer, metric, priority, end_month, elapsed_s,
           sum(stopped) over w as met,
           sum(stopped_in_month) over w as met_in_month,  -- of those created in the month (the first candidates)
           sum(counted) over w as counted_below,
           sum(counted) over (partition by customer, metric, priority, end_month) as counted_all
    from settled
    window w as (partition by customer, metric, priority, end_month order by elapsed_s
                 rows between unbounded preceding and current row)
)
select * from final
