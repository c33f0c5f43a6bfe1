-- Response time percentiles and throughput (volume per sample) per service for the period, from checks.
with samples as (
    select * from stg_checks where checked_at >= $period_start and checked_at < $period_end
),
response as (
    select null::varchar as customer, 'response_time' as metric, service,
           round(quantile_cont(response_time_ms, 0.5), 2) as p50_ms,
           round(quantile_cont(response_time_ms, 0.95), 2) as p95_ms,
           round(quantile_cont(response_time_ms, 0.99), 2) as p99_ms,
           count(response_time_ms) as checks,
           null::double as mean, null::double as p5
    from samples group by service having count(response_time_ms) > 0
),
throughput as (
    select null, 'throughput', service, null, null, null, count(volume),
           round(avg(volume), 2), round(quantile_cont(volume, 0.05), 2)
    from samples group by service having count(volume) > 0
),
final as (select * from response union all select * from throughput)
select * from final order by metric, service
