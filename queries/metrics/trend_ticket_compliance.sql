-- Ticket compliance per week or month of decision ($grain, cut in the report time zone: settles_on) over
-- [$period_start, $period_end), for the dashboard's list filters ($customers, $services, $priorities; an empty
-- list means all), optionally split by customer, service or priority ($split, '' for none). Set-based: met and
-- breached are counted over every ticket metric of the group, so an overall figure weighs each customer by its
-- tickets. Excluded breaches are left out. Reads the temp table ticket_outcomes (sla.metrics.kpis.prepare_outcomes).
with outcomes as (select * from ticket_outcomes),
scoped as (
    select *,
           date_trunc($grain, settles_on)::date as bucket,  -- a decided metric settled when it was decided
           case $split when 'customer' then customer when 'service' then service
                       when 'priority' then priority end as split
    from outcomes
    where settles_at >= $period_start and settles_at < $period_end  -- stored: the scan skips other months
      and decided_at >= $period_start and decided_at < $period_end
      and outcome in ('met', 'breached') and excluded_reason is null
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
      and (len($services::varchar[]) = 0 or list_contains($services::varchar[], service))
      and (len($priorities::varchar[]) = 0 or list_contains($priorities::varchar[], priority))
),
final as (
    select bucket, split, metric,
           count(*) filter (where outcome = 'met') as met,
           count(*) filter (where outcome = 'breached') as breached,
           100.0 * count(*) filter (where outcome = 'met') / count(*) as compliance_pct,
           min(target_pct) as target_min,
           max(target_pct) as target_max
    from scoped
    group by all
)
select * from final order by bucket, split, metric
