-- First-response and resolution KPIs per customer (and priority on request) for the period
-- [$period_start, $period_end), split by priority, category or channel ($by). A metric belongs to the period in which it was decided; open = not decided by the
-- period's end. Excluded breaches leave the counts. Compliance = met / (met + breached); ok when it reaches the
-- target of every policy applied (each policy's target_pct checked on its own tickets).
with outcomes as (select * from ticket_outcomes),
scoped as (
    select *,
           excluded_reason is not null as is_excluded,
           case $by when 'priority' then priority when 'category' then category
                    when 'channel' then channel end as priority_group
    from outcomes
    where ($customer is null or customer = $customer)
      and created_at < $period_end
      -- what may be decided in the period or after it (a stored column: the scan skips the months before)
      and (settles_at is null or settles_at >= least($period_start, $as_of::timestamp))
),
in_period as (
    select * from scoped
    where decided_at >= $period_start and decided_at < $period_end and not is_excluded
),
open_at_end as (
    select customer, metric, priority_group, count(*) as open,
           count(*) filter (where risk_at <= least($period_end, $as_of::timestamp)) as at_risk
    from scoped
    where decided_at is null or decided_at >= least($period_end, $as_of::timestamp)
    group by all
),
per_policy as (
    select customer, metric, priority_group, target_pct,
           count(*) filter (where outcome = 'met') as met,
           count(*) filter (where outcome = 'breached') as breached
    from in_period where outcome is not null
    group by all
),
policy_verdict as (
    select customer, metric, priority_group,
           bool_and(100.0 * met / nullif(met + breached, 0) >= target_pct) as ok,
           case when count(distinct target_pct) = 1 then any_value(target_pct) end as target_pct
    from per_policy group by all
),
decided as (
    select customer, metric, priority_group,
           count(*) as decided,
           count(*) filter (where outcome = 'met') as met,
           count(*) filter (where outcome = 'breached') as breached,
           count(*) filter (where outcome is not null) as judged,
           quantile_cont(elapsed_s, 0.5) / 60 as p50_minutes,
           quantile_cont(elapsed_s, 0.9) / 60 as p90_minutes,
           100.0 * count(*) filter (where source_met) / nullif(count(source_met), 0) as source_compliance_pct,
           -- the source's own business-hours figure, beside our clock's median (p50_minutes)
           quantile_cont(source_business_minutes, 0.5) as source_p50_minutes
    from in_period
    group by all
),
final as (
    select
        coalesce(d.customer, o.customer) as customer,
        coalesce(d.metric, o.metric) as metric,
        coalesce(d.priority_group, o.priority_group) as priority,
        coalesce(d.decided, 0) + coalesce(o.open, 0) as total,
        case when d.judged > 0 or v.ok is not null then d.met end as met,
        case when d.judged > 0 or v.ok is not null then d.breached end as breached,
        coalesce(o.open, 0) as open,
        coalesce(o.at_risk, 0) as at_risk,
        100.0 * d.met / nullif(d.met + d.breached, 0) as compliance_pct,
        v.target_pct,
        v.ok,
        round(d.p50_minutes, 2) as p50_minutes,
        round(d.p90_minutes, 2) as p90_minutes,
        round(d.source_compliance_pct, 2) as source_compliance_pct,
        round(d.source_p50_minutes, 2) as source_p50_minutes
    from decided as d
    full join open_at_end as o
        on o.customer = d.customer and o.metric = d.metric and o.priority_group is not distinct from d.priority_group
    left join policy_verdict as v
        on v.customer = coalesce(d.customer, o.customer) and v.metric = coalesce(d.metric, o.metric)
        and v.priority_group is not distinct from coalesce(d.priority_group, o.priority_group)
)
select * from final order by customer, metric, priority nulls first
