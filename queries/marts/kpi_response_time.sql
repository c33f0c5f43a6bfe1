-- Response time percentiles and throughput (volume per sample) per customer and service for the period, from
-- checks; the customers are those whose services are measured (availability_targets), null without a customers
-- sheet.
with samples as (
    select * from stg_checks where checked_at >= $period_start and checked_at < $period_end
),
owners as (
    select distinct customer, service from availability_targets where $customer is null or customer = $customer
),
owned as (select o.customer, s.* from owners as o join samples as s using (service)),
response as (
    select customer, 'response_time' as metric, service,
           round(quantile_cont(response_time_ms, 0.5), 2) as p50_ms,
           round(quantile_cont(response_time_ms, 0.95), 2) as p95_ms,
           round(quantile_cont(response_time_ms, 0.99), 2) as p99_ms,
           count(response_time_ms) as checks,
           null::double as mean, null::double as p5
    from owned group by customer, service having count(response_time_ms) > 0
),
throughput as (
    select customer, 'throughput', service, null, null, null, count(volume),
           round(avg(volume), 2), round(quantile_cont(volume, 0.05), 2)
    from owned group by customer, service having count(volume) > 0
),
final as (select * from response union all select * from throughput)
select * from final order by metric, customer nulls first, service
