-- The currency each customer of the configuration in force is billed in (its credits are in it).
with customers as (select * from stg_customers),
final as (select customer, currency from customers)
select * from final order by customer
