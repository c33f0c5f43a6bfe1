-- Availability per customer and measured service (customers sheet), or per service with customer null
-- without one; the target comes from the most specific availability policy in force at the period's start.
-- Credits: the deepest tier whose threshold the availability falls below (customer tiers, else '*').
with measured as (select * from service_availability),
customers as (
    select customer, monthly_fee, trim(unnest(string_split(regexp_replace(services, '[,;]', ' ', 'g'), ' ')))
               as service
    from stg_customers
),
pairs as (
    select c.customer, c.monthly_fee, m.* from customers as c join measured as m using (service)
    where c.service <> ''
    union all
    select null, null, m.* from measured as m where not exists (select 1 from stg_customers)
),
targeted as (
    select pr.*, p.target_pct
    from pairs as pr
    left join stg_policies as p
        on p.metric = 'availability'
        and (p.customer = '*' or p.customer = pr.customer)
        and (p.service = '*' or p.service = pr.service)
        and (p.effective_from is null or p.effective_from <= $period_start_date)
        and (p.effective_to is null or $period_start_date <= p.effective_to)
    qualify row_number() over (partition by pr.customer, pr.service
                               order by (p.customer <> '*')::int + (p.service <> '*')::int desc nulls last) = 1
),
tiers as (
    select t.*, (exists (select 1 from stg_credits as own where own.customer = t.customer)) as has_own
    from targeted as t
),
credited as (
    select t.*,
           (select max(c.credit_pct) from stg_credits as c
            where c.customer = case when t.has_own then t.customer else '*' end
              and t.availability_pct < c.below_pct) as tier_pct
    from tiers as t
),
final as (
    select
        customer, 'availability' as metric, service,
        round(availability_pct, 2)::double as availability_pct,
        round(downtime_s / 60, 2) as downtime_minutes,
        round(maintenance_s / 60, 2) as maintenance_minutes,
        coverage_pct::double as coverage_pct,
        target_pct,
        case when target_pct is not null and availability_pct is not null
             then availability_pct >= target_pct end as ok,
        round(eligible_s * (100 - target_pct) / 100 / 60, 2) as budget_minutes,
        round((eligible_s * (100 - target_pct) / 100 - downtime_s) / 60, 2) as budget_left_minutes,
        case when target_pct is not null then coalesce(tier_pct, 0) end as credit_pct,
        case when target_pct is not null and monthly_fee is not null
             then round(monthly_fee * least(coalesce(tier_pct, 0), 100) / 100, 2) end as credit_amount
    from credited
)
select * from final order by customer nulls first, service
