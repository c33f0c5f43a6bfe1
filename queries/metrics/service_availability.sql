-- Availability per period, measured service and calendar, all in seconds; the (period, service, calendar)
-- triples are those availability_targets asks for, the periods those of the temp table `periods` (p0, p1 UTC).
-- Interval sets per service:
--   D = down (a check's status holds until the next check, or for one usual interval before a gap; outage logs)
--   N = no data (gaps longer than 3x the monitor's usual interval)   M = maintenance   C = calendar hours
--   U = M u N
-- eligible = |C \ U|, downtime = |(D n C) \ U|, maintenance = |M n C|, coverage = eligible / |C \ M|.
-- The intervals are built once over the whole range and then cut at the period boundaries, so a month-spanning
-- outage splits exactly. C comes from period_segments (the calendars in force around the range, sla.metrics.marts).
with periods as (select * from periods),
span as (select min(p0) as r0, max(p1) as r1, $as_of::timestamp as now_ from periods),
-- The range's samples, one per monitor and moment by stg_checks' rule (the latest import wins, then down over
-- up), each with the next moment, found in one sorted pass per service instead of stg_checks' window per moment
-- and a second window: the copies of a moment are ordered so that the one that counts comes last, whose next
-- row is then the next moment. $range_start/$range_end are min(p0)/max(p1) as constants, read straight from the
-- table (copies of a moment are all inside the range or all outside it). With a $customer only its $services
-- are read, as constants too: the window is the cost (one customer's 13 months: 3 of 10 services).
steps as (
    select service, checked_at, is_up, next_at
    from (
        select c.service, c.checked_at, c.is_up,
               lead(c.checked_at) over (
                   partition by c.service order by c.checked_at, c.batch_id, c.is_up desc) as next_at
        from checks as c, span
        where c.checked_at >= $range_start::timestamp - interval 1 day and c.checked_at < $range_end::timestamp
          and c.checked_at >= r0 - interval 1 day and c.checked_at < r1
          and ($customer::varchar is null or list_contains($services::varchar[], c.service))
    )
    where next_at is distinct from checked_at  -- the last copy of its moment: the one that counts
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
    -- after a gap's first usual interval, before the first check and after the last one
    select service, t1 as s0, next_at as s1 from spans where next_at is not null and next_at > t1
    union all
    select service, r0, min(t0) from spans, span group by service, r0
    union all
    select service, max(t1), least(r1, now_) from spans, span group by service, r1, now_
),
down_raw as (
    select service, t0 as s0, t1 as s1 from spans where not is_up
    union all
    select o.service, o.started_at, coalesce(o.ended_at, s.now_) from stg_outages as o, span as s
    where o.started_at < s.r1 and coalesce(o.ended_at, s.now_) > s.r0
),
maint_raw as (
    select m.service, m.starts_at as s0, m.ends_at as s1 from stg_maintenance as m, span as s
    where m.starts_at < s.r1 and m.ends_at > s.r0
),
service_calendar as (select distinct p0, service, calendar from availability_targets),
cal as (
    select sc.p0, sc.service, sc.calendar,
           greatest(g.seg_start, p.p0) as s0, least(g.seg_end, p.p1, s.now_) as s1
    from service_calendar as sc
    cross join span as s
    join periods as p using (p0)
    join period_segments as g on g.calendar = sc.calendar and g.seg_start < least(p.p1, s.now_) and g.seg_end > p.p0
),
-- cut every interval at the period boundaries, then merge overlaps into islands (gaps and islands)
tagged as (
    select 'D' as kind, service, s0, s1 from down_raw
    union all select 'M', service, s0, s1 from maint_raw
    union all select 'U', service, s0, s1 from no_data_raw
    union all select 'U', service, s0, s1 from maint_raw
),
clipped as (
    select p.p0, t.kind, t.service, greatest(t.s0, p.p0) as s0, least(t.s1, p.p1) as s1
    from tagged as t join periods as p on t.s1 > p.p0 and t.s0 < p.p1
    where least(t.s1, p.p1) > greatest(t.s0, p.p0)
),
marked as (
    select *, case when s0 <= max(s1) over (partition by p0, kind, service order by s0, s1
                                            rows between unbounded preceding and 1 preceding)
                   then 0 else 1 end as starts_island
    from clipped
),
islands as (
    select p0, kind, service, min(s0) as s0, max(s1) as s1
    from (select *, sum(starts_island) over (partition by p0, kind, service order by s0, s1) as island
          from marked)
    group by p0, kind, service, island
),
-- intersections with the calendar (C n X), and downtime inside maintenance or no-data time ((D n C) n U)
in_cal as (
    select i.kind, c.p0, c.service, c.calendar, greatest(i.s0, c.s0) as s0, least(i.s1, c.s1) as s1
    from islands as i
    join cal as c on c.p0 = i.p0 and c.service = i.service and i.s0 < c.s1 and c.s0 < i.s1
),
down_excluded as (
    select d.p0, d.service, d.calendar, sum(epoch(least(d.s1, u.s1) - greatest(d.s0, u.s0))) as overlap_s
    from in_cal as d join islands as u
        on u.kind = 'U' and d.kind = 'D' and u.p0 = d.p0 and u.service = d.service and d.s0 < u.s1 and u.s0 < d.s1
    group by all
),
cal_sums as (select p0, service, calendar, sum(epoch(s1 - s0)) as calendar_s from cal group by all),
-- the calendar time of a period still to come (after now): a month in progress budgets for the whole month
rest_sums as (
    select sc.p0, sc.service, sc.calendar,
           sum(epoch(least(g.seg_end, p.p1) - greatest(g.seg_start, p.p0, s.now_))) as rest_s
    from service_calendar as sc
    cross join span as s
    join periods as p using (p0)
    join period_segments as g on g.calendar = sc.calendar and g.seg_start < p.p1 and g.seg_end > greatest(p.p0, s.now_)
    group by all
),
kind_sums as (
    select p0, service, calendar,
           sum(epoch(s1 - s0)) filter (where kind = 'U') as excluded_s,
           sum(epoch(s1 - s0)) filter (where kind = 'M') as maintenance_s,
           sum(epoch(s1 - s0)) filter (where kind = 'D') as down_s
    from in_cal group by all
),
sums as (
    select sc.p0, sc.service, sc.calendar,
           coalesce(c.calendar_s, 0) as calendar_s,
           coalesce(k.excluded_s, 0) as excluded_s,
           coalesce(k.maintenance_s, 0) as maintenance_s,
           coalesce(k.down_s, 0) - coalesce(d.overlap_s, 0) as downtime_s,
           coalesce(r.rest_s, 0) as rest_s
    from service_calendar as sc
    left join cal_sums as c using (p0, service, calendar)
    left join rest_sums as r using (p0, service, calendar)
    left join kind_sums as k using (p0, service, calendar)
    left join down_excluded as d using (p0, service, calendar)
),
final as (
    select p0, service, calendar,
           calendar_s - excluded_s as eligible_s,
           calendar_s - excluded_s + rest_s as month_eligible_s,  -- and the calendar time still to come
           downtime_s,
           maintenance_s,
           round(100.0 * (calendar_s - excluded_s - downtime_s) / nullif(calendar_s - excluded_s, 0), 6)
               as availability_pct,
           round(100.0 * (calendar_s - excluded_s) / nullif(calendar_s - maintenance_s, 0), 2) as coverage_pct
    from sums
)
select * from final order by p0, service, calendar
