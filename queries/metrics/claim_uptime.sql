-- Uptime over the months of the temp table `periods`, per measured service and over all services (service null),
-- for the services of $customers (a list; empty = all). Each service counts once per calendar it is promised on,
-- and the figure is summed over the months and services: (eligible - downtime) / eligible, so a service weighs by
-- its measurable time. Coverage: eligible time / the calendar time outside maintenance (monitored share).
-- Reads the temp tables availability_targets and service_availability (written by sla.metrics.kpis.availability_rows).
with targets as (
    select * from availability_targets
    where len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer)
),
units as (select distinct first_day, p0, service, calendar from targets),
measured as (
    select u.first_day, u.service, s.eligible_s, s.downtime_s,
           -- coverage = eligible / (calendar - maintenance), so the monitorable time is eligible / coverage
           case when s.coverage_pct > 0 then s.eligible_s * 100.0 / s.coverage_pct end as monitorable_s
    from units as u join service_availability as s using (p0, service, calendar)
),
promised as (
    select service, min(target_pct) as target_min_pct, max(target_pct) as target_max_pct
    from targets group by grouping sets ((service), ())
),
grouped as (
    select service,
           sum(eligible_s) as eligible_s,
           sum(downtime_s) as downtime_s,
           sum(monitorable_s) as monitorable_s,
           count(distinct service) as services,
           list(distinct first_day order by first_day) filter (where eligible_s > 0) as months
    from measured
    group by grouping sets ((service), ())
),
final as (
    select g.*,
           100.0 * (g.eligible_s - g.downtime_s) / nullif(g.eligible_s, 0) as availability_pct,
           100.0 * g.eligible_s / nullif(g.monitorable_s, 0) as coverage_pct,
           p.target_min_pct, p.target_max_pct
    from grouped as g
    left join promised as p on p.service is not distinct from g.service
)
select * from final order by service nulls first
