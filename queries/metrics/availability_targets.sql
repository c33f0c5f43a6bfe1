-- What is promised on each measured service in each period of the temp table `periods` (p0, p1 UTC, first_day
-- local): one row per period, customer and service of the customers sheet (per service with customer null
-- without one), with the most specific availability policy in force on the period's first day, its target and
-- the calendar whose hours count (24x7 by default).
-- Measured: checks in the period (or the day before), or an outage log that names the service.
-- A customer's services are separated by , or ; or, where a part is not itself the name of a service that was
-- ever monitored (names may hold spaces: "Payments API"), by spaces ("Webshop API").
with periods as (select * from periods),
-- (the constant range, $range_start - 3 days to $range_end + 1 day, holds every check day a period below can use;
-- the days come from the marts: fct_check_days, queries/marts/fct_check_days.sql)
check_days as (
    select service, day from fct_check_days
    where day >= ($range_start::timestamp - interval 3 day)::date and day < $range_end::timestamp + interval 1 day
),
monitored as (
    select distinct p.p0, c.service from check_days as c join periods as p
        on c.day >= p.p0 - interval 2 day and c.day < p.p1
    union
    select distinct p.p0, o.service from stg_outages as o join periods as p on o.started_at < p.p1
),
known as (select distinct service from checks union select distinct service from outages),
parts as (
    select customer, monthly_fee,
           trim(unnest(string_split(regexp_replace(services, '[;\n]', ',', 'g'), ','))) as part
    from stg_customers
),
listed as (
    select distinct customer, monthly_fee,
           unnest(case when part in (select service from known) then [part]
                       else string_split_regex(part, '\s+') end) as service
    from parts
),
pairs as (
    select m.p0, l.customer, l.monthly_fee, l.service from listed as l join monitored as m using (service)
    union all
    select p0, null, null, service from monitored where not exists (select 1 from stg_customers)
),
matched as (
    select pr.*, pe.p1, pe.first_day, p.target_pct, coalesce(p.calendar, '24x7') as calendar
    from pairs as pr
    join periods as pe using (p0)
    left join stg_policies as p
        on p.metric = 'availability'
        and (p.customer = '*' or p.customer = pr.customer)
        and (p.service = '*' or p.service = pr.service)
        and (p.effective_from is null or p.effective_from <= pe.first_day)
        and (p.effective_to is null or pe.first_day <= p.effective_to)
    qualify row_number() over (partition by pr.p0, pr.customer, pr.service
                               order by (p.customer <> '*')::int + (p.service <> '*')::int desc nulls last) = 1
),
-- one customer's rows when $customer is given, so service_availability measures only that customer's services
final as (select * from matched where $customer is null or customer = $customer)
select * from final
