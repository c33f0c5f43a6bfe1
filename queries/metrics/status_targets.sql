-- What a status page measures in each period of the temp table `periods`: every monitored service (those in
-- $services; an empty list means all) around the clock (the 24x7 calendar), whatever the contracts promise. Same
-- columns as availability_targets, so service_availability measures these instead.
with periods as (select * from periods),
check_days as (
    select distinct service, date_trunc('day', checked_at) as day from checks
    where checked_at >= $range_start::timestamp - interval 3 day and checked_at < $range_end::timestamp + interval 1 day
),
monitored as (
    select distinct p.p0, c.service from check_days as c join periods as p
        on c.day >= p.p0 - interval 2 day and c.day < p.p1
    union
    select distinct p.p0, o.service from stg_outages as o join periods as p on o.started_at < p.p1
),
final as (
    select m.p0, null::varchar as customer, null::double as monthly_fee, m.service, pe.p1, pe.first_day,
           null::double as target_pct, '24x7' as calendar
    from monitored as m join periods as pe using (p0)
    where len($services::varchar[]) = 0 or list_contains($services::varchar[], m.service)
)
select * from final
