-- Ticket compliance per week or month of decision ($grain, cut in the report time zone $tz) over
-- [$period_start, $period_end), for the dashboard's list filters ($customers, $services, $priorities; an empty
-- list means all), optionally split by customer, service, priority, team, agent or channel ($split, '' for none).
-- Set-based: met and breached are counted over every ticket metric of the group, so an overall figure weighs each
-- customer by its tickets. Excluded breaches are left out. Whole past months come from the monthly rollup
-- (fct_ticket_monthly: the months before the marts' current one and before the as-of moment's; it holds no team,
-- agent or channel, so those splits read every month live); the rest from the temp view
-- ticket_outcomes (sla.metrics.kpis.prepare_outcomes), bucketed by the local day the marts stored (settles_on).
with moment as (select as_of from outcomes_as_of),
bounds as (
    select
        case when $grain = 'month' and $split not in ('team', 'agent', 'channel') then least(
            coalesce(timezone($tz, (select monthly_until from marts_state)::timestamp)::timestamp, $period_start),
            timezone($tz, date_trunc('month', timezone($tz, as_of::timestamptz)))::timestamp,
            $period_end::timestamp)
        else $period_start::timestamp end as live_from
    from moment
),
held as (
    select r.month as bucket, r.metric, r.target_pct, r.met, r.breached,
           case $split when 'customer' then r.customer when 'service' then r.service
                       when 'priority' then r.priority end as split
    from fct_ticket_monthly as r, bounds as b
    where r.month >= timezone($tz, $period_start::timestamptz)::date
      and r.month < timezone($tz, b.live_from::timestamptz)::date
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], r.customer))
      and (len($services::varchar[]) = 0 or list_contains($services::varchar[], r.service))
      and (len($priorities::varchar[]) = 0 or list_contains($priorities::varchar[], r.priority))
),
live_days as (  -- the local days after the held months: a join on them lets the scan skip the held months
    select unnest(generate_series(timezone($tz, b.live_from::timestamptz)::date,
                                  timezone($tz, $period_end::timestamptz)::date - 1, interval 1 day))::date as day
    from bounds as b
),
scoped as (
    select o.*,
           date_trunc($grain, o.settles_on)::date as bucket,  -- a decided metric settled when it was decided
           case $split when 'customer' then o.customer when 'service' then o.service
                       when 'priority' then o.priority when 'team' then o.team when 'agent' then o.agent
                       when 'channel' then o.channel end as split
    from ticket_outcomes as o
    semi join live_days as d on o.settles_on = d.day
    where o.settles_at >= $period_start and o.settles_at < $period_end  -- stored: the scan skips other months
      and o.decided_at >= $period_start and o.decided_at < $period_end
      and o.outcome in ('met', 'breached') and o.excluded_reason is null
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], o.customer))
      and (len($services::varchar[]) = 0 or list_contains($services::varchar[], o.service))
      and (len($priorities::varchar[]) = 0 or list_contains($priorities::varchar[], o.priority))
),
live as (
    select bucket, metric, target_pct, split,
           count(*) filter (where outcome = 'met') as met,
           count(*) filter (where outcome = 'breached') as breached
    from scoped
    group by all
),
counted as (
    select bucket, split, metric, target_pct, met, breached from held
    union all
    select bucket, split, metric, target_pct, met, breached from live
),
final as (
    select bucket, split, metric,
           sum(met)::bigint as met,
           sum(breached)::bigint as breached,
           100.0 * sum(met) / sum(met + breached) as compliance_pct,
           min(target_pct) as target_min,
           max(target_pct) as target_max
    from counted
    group by all
)
select * from final order by bucket, split, metric
