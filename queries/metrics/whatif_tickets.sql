-- Ticket compliance per local month of decision, customer and metric (and priority when $by_priority) over
-- [$period_start, $period_end): met, breached (excluded breaches left out), compliance, and whether every policy's
-- target was reached (each target_pct on its own tickets), by the rule of queries/metrics/kpi_tickets.sql. It reads
-- the temp view ticket_outcomes (sla.metrics.kpis.prepare_outcomes), so the same query judges the clocks in force
-- and a draft's (sla.metrics.whatif).
with scoped as (
    select date_trunc('month', settles_on)::date as month, customer, metric,
           case when $by_priority then priority end as priority, target_pct, outcome
    from ticket_outcomes
    where settles_at >= $period_start and settles_at < $period_end  -- stored, = decided_at: the scan skips the rest
      and decided_at >= $period_start and decided_at < $period_end
      and outcome in ('met', 'breached') and excluded_reason is null
      and ($customer is null or customer = $customer)
),
per_policy as (
    select month, customer, metric, priority, target_pct,
           count(*) filter (where outcome = 'met') as met,
           count(*) filter (where outcome = 'breached') as breached
    from scoped
    group by all
),
final as (
    select month, customer, metric, priority,
           sum(met)::bigint as met,
           sum(breached)::bigint as breached,
           100.0 * sum(met) / sum(met + breached) as compliance_pct,
           case when count(distinct target_pct) = 1 then any_value(target_pct) end as target_pct,
           bool_and(100.0 * met / nullif(met + breached, 0) >= target_pct) as ok
    from per_policy
    group by all
)
select * from final order by month, customer, metric, priority nulls first
