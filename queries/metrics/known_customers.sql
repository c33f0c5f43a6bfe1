-- Every customer a report can be made for: listed on the customers sheet, or named by a ticket or a survey answer
-- (any imported version: a name is enough to make a report, which says so when the month holds no data).
with named as (
    select customer from stg_customers
    union select customer from tickets
    union select customer from feedback
),
final as (select customer from named where customer is not null and trim(customer) <> '')
select * from final order by customer
