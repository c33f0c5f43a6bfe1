-- The values the dashboard's filters offer: customers, services, priorities, and the months that hold data
-- (cut in the report time zone $tz).
-- Fast on millions of rows: the current tickets are read once; checks come straight from the table (the same
-- services and moments as stg_checks, without its de-duplicating window); and moments are reduced to the first
-- and last of each UTC hour before the slow time zone conversion. That is exact: an hour holds at most two
-- local months, and local months never go backwards inside it (a clock that goes back at midnight on the
-- first returns to the last day of the month before, where the hour began).
with tickets as materialized (select customer, service, priority, created_at from stg_tickets),
customers as (select distinct 'customer' as filter, customer as value from tickets),
feedback_customers as (select distinct 'customer', customer from stg_feedback),
configured as (select distinct 'customer', customer from stg_customers),
services as (
    select distinct 'service', service from tickets where service is not null
    union select distinct 'service', service from checks
    union select distinct 'service', service from stg_outages
),
priorities as (select distinct 'priority', priority from tickets where priority is not null),
moments as (
    select created_at as moment from tickets
    union all select checked_at from checks
    union all select submitted_at from stg_feedback
),
hours as (
    select min(moment) as first_at, max(moment) as last_at from moments group by date_trunc('hour', moment)
),
months as (
    select distinct 'month', strftime(timezone($tz, unnest([first_at, last_at])::timestamptz), '%Y-%m')
    from hours
),
final as (
    select * from customers union select * from feedback_customers union select * from configured
    union select * from services union select * from priorities union select * from months
)
select * from final order by filter, value
