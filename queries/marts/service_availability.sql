-- Availability per service over [$period_start, $period_end), all in seconds, on each service's availability
-- calendar (24x7 unless a policy for customer * names another). Interval sets per service:
--   D = down (a check's status holds until the next check, or for one usual interval before a gap; outage logs)
--   N = no data (gaps longer than 3x the monitor's usual interval)   M = maintenance   C = calendar hours
-- eligible = |C \ (M u N)|, downtime = |(D n C) \ M|, maintenance = |M n C|, coverage = eligible / |C \ M|.
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
services as (
    select distinct service from checks
    union select distinct service from down_raw
),
service_calendar as (
    select s.service, coalesce(p.calendar, '24x7') as calendar
    from services as s
    left join (select * from stg_policies where metric = 'availability' and customer = '*') as p
        on p.service = '*' or p.service = s.service
    qualify row_number() over (partition by s.service order by (p.service <> '*') desc nulls last) = 1
),
cal as (
    select sc.service, greatest(g.seg_start, b.p0) as s0, least(g.seg_end, b.p1, b.now_) as s1
    from service_calendar as sc join calendar_segments as g using (calendar), bounds as b
    where g.seg_start < least(b.p1, b.now_) and g.seg_end > b.p0
),
-- merge overlapping intervals into islands (gaps and islands), clipped to the period
tagged as (
    select 'D' as kind, service, s0, s1 from down_raw
    union all select 'N', service, s0, s1 from no_data_raw
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
    select i.kind, i.service, greatest(i.s0, c.s0) as s0, least(i.s1, c.s1) as s1
    from islands as i join cal as c on c.service = i.service and i.s0 < c.s1 and c.s0 < i.s1
),
down_in_maint as (
    select d.service, least(d.s1, m.s1) - greatest(d.s0, m.s0) as d
    from in_cal as d join islands as m
        on m.kind = 'M' and d.kind = 'D' and m.service = d.service and d.s0 < m.s1 and m.s0 < d.s1
),
sums as (
    select s.service, s.calendar,
           (select coalesce(sum(epoch(s1 - s0)), 0) from cal where cal.service = s.service) as calendar_s,
           (select coalesce(sum(epoch(s1 - s0)), 0) from in_cal where in_cal.service = s.service and kind = 'U')
               as excluded_s,
           (select coalesce(sum(epoch(s1 - s0)), 0) from in_cal where in_cal.service = s.service and kind = 'M')
               as maintenance_s,
           (select coalesce(sum(epoch(s1 - s0)), 0) from in_cal where in_cal.service = s.service and kind = 'D')
               - (select coalesce(sum(epoch(d)), 0) from down_in_maint where down_in_maint.service = s.service)
               as downtime_s
    from service_calendar as s
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
select * from final order by service
