-- The status strip: per local day (first_day of the temp table `periods`) and service, uptime around the clock
-- from service_availability, as measured for status_targets. Downtime and maintenance in minutes; a day without
-- any monitoring data has no availability.
with measured as (select * from service_availability),
periods as (select * from periods),
final as (
    select p.first_day::timestamp as day, m.service, m.availability_pct,
           m.eligible_s / 60 as eligible_minutes, m.downtime_s / 60 as downtime_minutes, m.maintenance_s / 60 as maintenance_minutes, m.coverage_pct
    from measured as m join periods as p using (p0)
)
select * from final order by service, day
