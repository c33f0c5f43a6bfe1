-- Down periods per service that overlap [$period_start, $period_end): runs of consecutive down checks and
-- outage log entries (services in $services; an empty list means all). A run of down checks lasts from its
-- first down sample until the next check (or one usual interval when the data stops there), as the
-- availability KPI counts it. Minutes are wall-clock; the KPI counts downtime only inside the policy
-- calendar and outside maintenance, so `during_maintenance` marks incidents that overlap a maintenance window.
with bounds as (
    select $period_start::timestamp as p0, $period_end::timestamp as p1, $as_of::timestamp as now_,
           $services::varchar[] as wanted
),
checks as (
    select c.service, c.checked_at, c.is_up
    from stg_checks as c, bounds as b
    where c.checked_at >= b.p0 - interval 1 day and c.checked_at < b.p1
      and (len(b.wanted) = 0 or list_contains(b.wanted, c.service))
),
steps as (
    select *,
           lead(checked_at) over w as next_at,
           case when is_up is distinct from lag(is_up) over w then 1 else 0 end as flips
    from checks
    window w as (partition by service order by checked_at)
),
usual as (
    select service, median(next_at - checked_at) as step from steps where next_at is not null group by service
),
runs as (
    select s.*, u.step, sum(s.flips) over (partition by s.service order by s.checked_at) as run
    from steps as s left join usual as u using (service)
),
down_runs as (
    select service, min(checked_at) as started_at,
           max(case when next_at is not null and next_at - checked_at <= 3 * step then next_at
                    else checked_at + coalesce(step, interval 5 minute) end) as ended_at,
           count(*) as failed_checks,
           null::varchar as reason
    from runs where not is_up
    group by service, run
),
logged as (
    select o.service, o.started_at, coalesce(o.ended_at, b.now_) as ended_at, null::bigint as failed_checks,
           o.reason
    from stg_outages as o, bounds as b
    where o.started_at < b.p1 and coalesce(o.ended_at, b.now_) > b.p0
      and (len(b.wanted) = 0 or list_contains(b.wanted, o.service))
),
incidents as (
    select 'checks' as origin, * from down_runs
    union all
    select 'outage_log', * from logged
),
final as (
    select
        i.service, i.origin, i.started_at, i.ended_at,
        round(epoch(i.ended_at - i.started_at) / 60, 2) as minutes,
        i.failed_checks, i.reason,
        exists (select 1 from stg_maintenance as m
                where m.service = i.service and m.starts_at < i.ended_at and m.ends_at > i.started_at)
            as during_maintenance
    from incidents as i, bounds as b
    where i.ended_at > b.p0 and i.started_at < b.p1
)
select * from final order by started_at, service
