-- The error budget of one service ($service) through a month, per hour (the temp table `periods`), for each
-- target and calendar its contracts promise (the customers in $customers; an empty list means all): downtime and
-- eligible seconds per hour, the share of the month's budget used so far, and the burn rate over the last hour
-- and the last six hours (the fast- and slow-burn windows). Reads availability_targets and service_availability
-- (sla.metrics.kpis.measure_availability) and period_segments. The month's budget is (100 - target) % of its
-- eligible time: measured up to $as_of, and the calendar hours still to come after it up to $period_end.
with units as (
    select calendar, target_pct, count(distinct customer) as customers
    from availability_targets
    where service = $service and target_pct is not null
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
    group by all
),
hours as (
    select p.p0, p.p1, u.calendar, u.target_pct, u.customers, s.eligible_s, s.downtime_s
    from periods as p
    cross join units as u
    left join service_availability as s on s.p0 = p.p0 and s.service = $service and s.calendar = u.calendar
),
ahead as (  -- calendar time after $as_of, to the month's end
    select g.calendar,
           sum(epoch(least(g.seg_end, m.p1) - greatest(g.seg_start, $as_of::timestamp))) as ahead_s
    from period_segments as g, (select $period_end::timestamp as p1) as m
    where g.seg_end > $as_of::timestamp and g.seg_start < m.p1
    group by all
),
budgets as (
    select h.calendar, h.target_pct,
           (coalesce(sum(h.eligible_s), 0) + coalesce(any_value(a.ahead_s), 0)) * (100 - h.target_pct) / 100
               as budget_s
    from hours as h left join ahead as a using (calendar)
    group by h.calendar, h.target_pct
),
final as (
    select h.p0, h.calendar, h.target_pct, h.customers, b.budget_s,
           coalesce(h.eligible_s, 0) as eligible_s, coalesce(h.downtime_s, 0) as downtime_s,
           100.0 * sum(coalesce(h.downtime_s, 0)) over unit_so_far / nullif(b.budget_s, 0) as consumed_pct,
           sum(h.downtime_s) over last_hour / nullif(sum(h.eligible_s) over last_hour, 0)
               / ((100 - h.target_pct) / 100) as burn_1h,
           sum(h.downtime_s) over last_6_hours / nullif(sum(h.eligible_s) over last_6_hours, 0)
               / ((100 - h.target_pct) / 100) as burn_6h
    from hours as h join budgets as b using (calendar, target_pct)
    window unit_so_far as (partition by h.calendar, h.target_pct order by h.p0),
           last_hour as (partition by h.calendar, h.target_pct order by h.p0 rows between current row and current row),
           last_6_hours as (partition by h.calendar, h.target_pct order by h.p0 rows between 5 preceding and current row)
)
select * from final order by calendar, target_pct, p0
