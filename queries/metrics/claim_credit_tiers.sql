-- Per customer of the configuration in force: the monthly fee, its currency and the mildest credit tier that
-- applies (the customer's own tiers, else the '*' tiers): the highest threshold and its credit %, i.e. what
-- availability just below the first threshold would cost.
with customers as (select * from stg_customers),
tiers as (
    select c.customer, c.monthly_fee, c.currency, t.below_pct, t.credit_pct
    from customers as c
    join stg_credits as t
        on t.customer = case when exists (select 1 from stg_credits as own where own.customer = c.customer)
                             then c.customer else '*' end
),
final as (
    select customer, any_value(monthly_fee) as monthly_fee, any_value(currency) as currency,
           max(below_pct) as first_below_pct, arg_max(credit_pct, below_pct) as first_credit_pct
    from tiers
    group by customer
)
select * from final order by customer
