-- Ticket compliance per week or month of decision ($grain), optionally split by customer, service or priority,
-- over [$period_start, $period_end). Buckets are cut in the report time zone $tz.
with outcomes as (select * from ticket_outcomes),
scoped as (
    select *,
           date_trunc($grain, timezone($tz, decided_at::timestamptz))::date as bucket,
           case $split when 'customer' then customer when 'service' then service
                       when 'priority' then priority end as split
    from outcomes
    where decided_at >= $period_start and decided_at < $period_end
      and excluded_reason is null and outcome is not null
      and ($customer is null or customer = $customer)
),
final as (
    select bucket, split, metric,
           count(*) filter (where outcome = 'met') as met,
           count(*) filter (where outcome = 'breached') as breached,
           round(100.0 * count(*) filter (where outcome = 'met') / count(*), 2) as compliance_pct,
           case when count(distinct target_pct) = 1 then any_value(target_pct) end as target_pct
    from scoped
    group by all
)
select * from final order by bucket, split, metric
