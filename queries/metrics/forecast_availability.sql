-- The month-end outlook of availability (sla.metrics.forecast) per customer and measured service for the period of
-- the temp tables availability_targets and service_availability (sla.metrics.kpis.measure_availability, measured
-- until the as-of moment), one row per credit tier (the customer's own tiers, else the '*' tiers): the downtime
-- minutes still allowed before the month falls below the target and below the tier, given the whole month's
-- measurable time (so far, plus the calendar time still to come). A negative figure: already below.
with measured as (
    select t.customer, t.service, t.target_pct, t.monthly_fee, s.eligible_s, s.month_eligible_s, s.downtime_s
    from availability_targets as t
    join service_availability as s using (p0, service, calendar)
    where t.customer is not null and t.target_pct is not null and ($customer is null or t.customer = $customer)
),
tiers as (
    select m.customer, m.service, c.below_pct, c.credit_pct
    from measured as m
    join stg_credits as c
        on c.customer = case when exists (select 1 from stg_credits as own where own.customer = m.customer)
                             then m.customer else '*' end
),
final as (
    select m.customer, m.service, m.target_pct, m.monthly_fee,
           m.downtime_s / 60 as downtime_minutes,
           (m.month_eligible_s * (100 - m.target_pct) / 100 - m.downtime_s) / 60 as minutes_to_target,
           t.below_pct, t.credit_pct,
           (m.month_eligible_s * (100 - t.below_pct) / 100 - m.downtime_s) / 60 as minutes_to_tier
    from measured as m
    left join tiers as t using (customer, service)
)
select * from final order by customer, service, below_pct desc nulls last
