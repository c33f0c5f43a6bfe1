-- The rows of the monthly availability mart for the periods of the temp table `periods` (p0, p1): every measured
-- service, by the rule of queries/metrics/availability_targets.sql (checks in the period or the two days before,
-- or an outage log that names the service), with every calendar of period_segments (the calendars in force).
-- Columns as availability_targets, which queries/metrics/service_availability.sql reads them from.
with periods as (select * from periods),
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
calendars as (select distinct calendar from period_segments),
final as (select m.p0, m.service, c.calendar from monitored as m cross join calendars as c)
select * from final
