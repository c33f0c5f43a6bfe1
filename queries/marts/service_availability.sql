-- Availability per measured service and calendar over [$period_start, $period_end), all in seconds; the
-- (service, calendar) pairs are those availability_targets asks for. Interval sets per service:
--   D = down (a check's status holds until the next check, or for one usual interval before a gap; outage logs)
--   N = no data (gaps longer than 3x the monitor's usual interval)   M = maintenance   C = calendar hours
--   U = M u N
-- eligible = |C \ U|, downtime = |(D n C) \ M|, maintenance = |M n C|, coverage = eligible / |C \ M|.
-- C comes from period_segments (the calendars in force around the period, written by sla.marts).
with bounds as (select $period_start::timestamp as p0, $period_end::timestamp as p1, $as_of::timestamp as now_),
checks as (
    select c.service, c.checked_at, c.is_up
    from stg_checks as c, bounds
    where c.checked_at >= p0 - interval 1 day and c.checked_at < p1
),
steps as (
    select *, lead(checked_at) over (partition by service order by checked_at) as next_at
    from checks
),
usual as (
    select service, median(next_at - checked_at) as step from steps where next_at is not null group by service
),
spans as (
    select s.service, s.checked_at as t0, s.is_up,
           case when s.next_at is not null and s.next_at - s.checked_at <= 3 * u.step then s.next_at
                else s.checked_at + coalesce(u.step, interval 5 minute) end as t1,
           s.next_at
    from steps as s left join usual as u using (service)
),
no_data_raw as (
    -- after a gap's first usual interval, and before the first check of the period's data
    select service, t1 as s0, next_at as s1 from spans where next_at is not null and next_at > t1
    union all
    select service, p0, min(t0) from spans, bounds group by service, p0
    union all
    select service, max(t1), least(p1, now_) from spans, bounds group by service, p1, now_
),
down_raw as (
    select service, t0 as s0, t1 as s1 from spans where not is_up
    union all
    select o.service, o.started_at, coalesce(o.ended_at, b.now_) from stg_outages as o, bounds as b
    where o.started_at < b.p1 and coalesce(o.ended_at, b.now_) > b.p0
),
maint_raw as (
    select m.service, m.starts_at as s0, m.ends_at as s1 from stg_maintenance as m, bounds as b
    where m.starts_at < b.p1 and m.ends_at > b.p0
),
service_calendar as (select distinct service, calendar from availability_targets),
cal as (
    select sc.service, sc.calendar, greatest(g.seg_start, b.p0) as s0, least(g.seg_end, b.p1, b.now_) as s1
    from service_calendar as sc join period_segments as g using (calendar), bounds as b
    where g.seg_start < least(b.p1, b.now_) and g.seg_end > b.p0
),
-- merge overlapping intervals into islands (gaps and islands), clipped to the period
tagged as (
    select 'D' as kind, service, s0, s1 from down_raw
    union all select 'M', service, s0, s1 from maint_raw
    union all select 'U', service, s0, s1 from no_data_raw
    union all select 'U', service, s0, s1 from maint_raw
),
clipped as (
    select kind, service, greatest(s0, p0) as s0, least(s1, p1) as s1
    from tagged, bounds where s1 > p0 and s0 < p1 and s1 > s0
),
marked as (
    select *, case when s0 <= max(s1) over (partition by kind, service order by s0, s1
                                            rows between unbounded preceding and 1 preceding)
                   then 0 else 1 end as starts_island
    from clipped
),
islands as (
    select kind, service, min(s0) as s0, max(s1) as s1
    from (select *, sum(starts_island) over (partition by kind, service order by s0, s1) as island from marked)
    group by kind, service, island
),
-- intersections with the calendar (C n X), and downtime inside maintenance ((D n C) n M)
in_cal as (
    select i.kind, c.service, c.calendar, greatest(i.s0, c.s0) as s0, least(i.s1, c.s1) as s1
    from islands as i join cal as c on c.service = i.service and i.s0 < c.s1 and c.s0 < i.s1
),
down_in_maint as (
    select d.service, d.calendar, sum(epoch(least(d.s1, m.s1) - greatest(d.s0, m.s0))) as overlap_s
    from in_cal as d join islands as m
        on m.kind = 'M' and d.kind = 'D' and m.service = d.service and d.s0 < m.s1 and m.s0 < d.s1
    group by all
),
cal_sums as (select service, calendar, sum(epoch(s1 - s0)) as calendar_s from cal group by all),
kind_sums as (
    select service, calendar,
           sum(epoch(s1 - s0)) filter (where kind = 'U') as excluded_s,
           sum(epoch(s1 - s0)) filter (where kind = 'M') as maintenance_s,
           sum(epoch(s1 - s0)) filter (where kind = 'D') as down_s
    from in_cal group by all
),
sums as (
    select sc.service, sc.calendar,
           coalesce(c.calendar_s, 0) as calendar_s,
           coalesce(k.excluded_s, 0) as excluded_s,
           coalesce(k.maintenance_s, 0) as maintenance_s,
           coalesce(k.down_s, 0) - coalesce(d.overlap_s, 0) as downtime_s
    from service_calendar as sc
    left join cal_sums as c using (service, calendar)
    left join kind_sums as k using (service, calendar)
    left join down_in_maint as d using (service, calendar)
),
final as (
    select service, calendar,
           calendar_s - excluded_s as eligible_s,
           downtime_s,
           maintenance_s,
           round(100.0 * (calendar_s - excluded_s - downtime_s) / nullif(calendar_s - excluded_s, 0), 6)
               as availability_pct,
           round(100.0 * (calendar_s - excluded_s) / nullif(calendar_s - maintenance_s, 0), 2) as coverage_pct
    from sums
)
select * from final order by service, calendar
