-- Every customer a report can be made for: listed on the customers sheet, or named by a ticket or a survey answer.
with named as (
    select customer from stg_customers
    union select customer from stg_tickets
    union select customer from stg_feedback
),
final as (select customer from named where customer is not null and trim(customer) <> '')
select * from final order by customer
