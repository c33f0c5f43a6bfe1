-- Response time percentiles per service and month (months cut in the report time zone $tz) over
-- [$period_start, $period_end), from the checks that measured one; services in $services (empty: all).
with samples as (
    select service, response_time_ms,
           date_trunc('month', timezone($tz, checked_at::timestamptz))::date as month
    from stg_checks
    where checked_at >= $period_start and checked_at < $period_end and response_time_ms is not null
      and (len($services::varchar[]) = 0 or list_contains($services::varchar[], service))
),
final as (
    select month, service,
           round(quantile_cont(response_time_ms, 0.5), 2) as p50_ms,
           round(quantile_cont(response_time_ms, 0.95), 2) as p95_ms,
           round(quantile_cont(response_time_ms, 0.99), 2) as p99_ms,
           count(*) as checks
    from samples
    group by month, service
)
select * from final order by service, month
