-- Availability per period of the temp table `periods` across the measured services of the selected customers and
-- services ($customers, $services; an empty list means all), optionally split by customer or service ($split, ''
-- for none). Each service counts once per calendar it is promised on, and the figure is summed over them:
-- (eligible - downtime) / eligible, so a service weighs by its measurable time. Reads the temp tables
-- availability_targets and service_availability (written by sla.metrics.kpis.availability_rows).
with targets as (
    select *, case $split when 'customer' then customer when 'service' then service end as split
    from availability_targets
    where (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
      and (len($services::varchar[]) = 0 or list_contains($services::varchar[], service))
),
units as (select distinct first_day, p0, split, service, calendar from targets),
promised as (
    select first_day, split, min(target_pct) as target_min, max(target_pct) as target_max
    from targets group by all
),
measured as (
    select u.first_day, u.split, sum(s.eligible_s) as eligible_s, sum(s.downtime_s) as downtime_s
    from units as u join service_availability as s using (p0, service, calendar)
    group by all
),
final as (
    select m.first_day as bucket, m.split,
           100.0 * (m.eligible_s - m.downtime_s) / nullif(m.eligible_s, 0) as availability_pct,
           m.downtime_s / 60 as downtime_minutes,
           m.eligible_s / 60 as eligible_minutes,
           p.target_min, p.target_max
    from measured as m
    left join promised as p on p.first_day = m.first_day and p.split is not distinct from m.split
)
select * from final order by bucket, split
