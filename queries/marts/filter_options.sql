-- The values the dashboard's filters offer: customers, services, priorities, and the months that hold data
-- (cut in the report time zone $tz).
with customers as (select distinct 'customer' as filter, customer as value from stg_tickets),
feedback_customers as (select distinct 'customer', customer from stg_feedback),
configured as (select distinct 'customer', customer from stg_customers),
services as (
    select distinct 'service', service from stg_tickets where service is not null
    union select distinct 'service', service from stg_checks
    union select distinct 'service', service from stg_outages
),
priorities as (select distinct 'priority', priority from stg_tickets where priority is not null),
moments as (
    select created_at as moment from stg_tickets
    union all select checked_at from stg_checks
    union all select submitted_at from stg_feedback
),
months as (
    select distinct 'month', strftime(timezone($tz, moment::timestamptz), '%Y-%m') from moments
),
final as (
    select * from customers union select * from feedback_customers union select * from configured
    union select * from services union select * from priorities union select * from months
)
select * from final order by filter, value
