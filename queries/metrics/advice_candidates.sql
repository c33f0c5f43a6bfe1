-- The first candidate targets (whole minutes) per group of the temp table advice_metrics (sla.metrics.advisor):
-- for each month, about the tightest target whose share would have been reached by the metrics created and ended in
-- that month (advice_settled: a metric is met by a target above its business time) and the minute below it, the
-- target that meets every metric that stopped, one minute and the target in force. They are judged exactly (queries/metrics/
-- advice_months.sql) and the advisor narrows the gaps between them: these need only be near.
with shares as (
    select s.customer, s.metric, s.priority, s.end_month, s.elapsed_s, g.group_target_pct,
           100.0 * s.met_in_month / nullif(s.met_in_month + s.counted_all - s.counted_below, 0) as share
    from advice_settled as s
    join (select distinct customer, metric, priority, group_target_pct from advice_metrics) as g
        on g.customer is not distinct from s.customer and g.metric = s.metric
        and g.priority is not distinct from s.priority
),
monthly as (
    select customer, metric, priority, end_month,
           min(elapsed_s) filter (where share >= group_target_pct) as elapsed_s
    from shares
    group by all
),
every_one as (
    select customer, metric, priority, max(elapsed_s) as elapsed_s
    from advice_metrics
    where stop_at is not null
    group by all
),
final as (
    select customer, metric, priority, (elapsed_s // 60 + 1)::bigint as minutes from monthly
    where elapsed_s is not null
    union
    -- and the minute below, which would not have: where no metric crosses a month, that closes the gap at once
    select customer, metric, priority, (elapsed_s // 60)::bigint from monthly where elapsed_s >= 60
    union
    select customer, metric, priority, (elapsed_s // 60 + 1)::bigint from every_one where elapsed_s is not null
    union
    select distinct customer, metric, priority, 1 from advice_metrics
    union
    select distinct customer, metric, priority, ceil(group_target_s / 60)::bigint from advice_metrics
)
select * from final
