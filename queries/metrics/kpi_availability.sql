-- Availability per customer and measured service (per service with customer null without a customers sheet),
-- measured on the calendar of the policy that applies (availability_targets). Credits: the deepest tier whose
-- threshold the availability falls below (the customer's own tiers, else the '*' tiers), capped at the fee.
with targets as (select * from availability_targets where $customer is null or customer = $customer),
measured as (
    select t.*, s.* exclude (p0, service, calendar)
    from targets as t join service_availability as s using (p0, service, calendar)
),
tiers as (
    select m.*, (exists (select 1 from stg_credits as own where own.customer = m.customer)) as has_own
    from measured as m
),
credited as (
    select t.*,
           (select max(c.credit_pct) from stg_credits as c
            where c.customer = case when t.has_own then t.customer else '*' end
              and t.availability_pct < c.below_pct) as tier_pct,
           (select min(c.below_pct) from stg_credits as c
            where c.customer = case when t.has_own then t.customer else '*' end
              and t.availability_pct < c.below_pct) as tier_below_pct
    from tiers as t
),
final as (
    select
        first_day as month, customer, 'availability' as metric, service,
        availability_pct::double as availability_pct,  -- unrounded: shown once, by kpis.format_value,
        round(downtime_s / 60, 2) as downtime_minutes,
        round(maintenance_s / 60, 2) as maintenance_minutes,
        coverage_pct::double as coverage_pct,
        target_pct,
        case when target_pct is not null and availability_pct is not null
             then availability_pct >= target_pct end as ok,
        -- the whole period's budget, also while it runs (measurable so far + the calendar time still to come)
        round(month_eligible_s * (100 - target_pct) / 100 / 60, 2) as budget_minutes,
        round((month_eligible_s * (100 - target_pct) / 100 - downtime_s) / 60, 2) as budget_left_minutes,
        case when target_pct is not null then coalesce(tier_pct, 0) end as credit_pct,
        case when target_pct is not null then tier_below_pct end as credit_below_pct,  -- the tier applied: "below x"
        case when target_pct is not null and monthly_fee is not null
             then round(monthly_fee * least(coalesce(tier_pct, 0), 100) / 100, 2) end as credit_amount,
        -- share of the error budget used so far: above 1 the downtime outruns what the target allows
        round(downtime_s / nullif(eligible_s * (100 - target_pct) / 100, 0), 2) as burn_rate,
        monthly_fee  -- a customer's credits of a month together are at most its fee (kpis.credits_owed)
    from credited
)
select * from final order by month, customer nulls first, service
