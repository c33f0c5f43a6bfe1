-- The values the dashboard's filters offer: customers, services, priorities, and the months that hold data
-- (cut in the report time zone $tz).
-- Fast on millions of rows: the current tickets come from the marts (their resolution rows, one per ticket, with
-- the local day they were created), and the checks' services and first and last moment of each UTC day too
-- (fct_check_days), and the current answers' first and last moment of each customer and UTC day
-- (fct_feedback_days), before the slow time zone conversion. That is exact: a day touches at most two local
-- months, and local months never go backwards inside it (a clock that goes back at midnight on the first returns
-- to the last day of the month before, where the day's earlier moments are).
-- A scope of customers ($customers, $services: the services they take; empty lists: all) narrows the customers,
-- services and priorities (months stay those of every customer's data: a month names nobody).
with tickets as (
    select customer, service, priority, created_on from fct_ticket_sla
    where metric = 'resolution' and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
),
answer_days as (select customer, first_at, last_at from fct_feedback_days),
check_days as (select service, first_at, last_at from fct_check_days),
in_scope as (select * from answer_days where len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer)),
customers as (select distinct 'customer' as filter, customer as value from tickets),
feedback_customers as (select distinct 'customer', customer from in_scope),
configured as (
    select distinct 'customer', customer from stg_customers
    where len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer)
),
services as (
    select distinct 'service', service from tickets where service is not null
    union select distinct 'service', service from check_days
    where len($services::varchar[]) = 0 or list_contains($services::varchar[], service)
    union select distinct 'service', service from stg_outages
    where len($services::varchar[]) = 0 or list_contains($services::varchar[], service)
),
priorities as (select distinct 'priority', priority from tickets where priority is not null),
days as (
    select first_at, last_at from check_days
    union all
    select first_at, last_at from answer_days
),
months as (
    select distinct 'month', strftime(timezone($tz, unnest([first_at, last_at])::timestamptz), '%Y-%m')
    from days
    union select 'month', strftime(month, '%Y-%m') from (select distinct date_trunc('month', created_on) as month
                                                         from tickets)
),
final as (
    select * from customers union select * from feedback_customers union select * from configured
    union select * from services union select * from priorities union select * from months
)
select * from final order by filter, value
