-- Response time percentiles and throughput (volume per sample) per customer and service for the period, from
-- checks; the customers are those whose services are measured (availability_targets), null without a customers
-- sheet. A throughput policy sets a minimum mean volume (target_value); ok when the mean reaches it.
with owners as (
    select distinct customer, service from availability_targets where $customer is null or customer = $customer
),
-- the owners' samples, one per monitor and moment by stg_checks' rule (the latest import wins, then down over
-- up), de-duplicated here so one customer's report does not rank every service's month of checks
samples as (
    select * from checks
    where checked_at >= $period_start and checked_at < $period_end and service in (select service from owners)
    qualify row_number() over (partition by service, checked_at order by batch_id desc, is_up) = 1
),
-- figures per service, computed once and shared by every customer the service is measured for
per_service as (
    select service,
           round(quantile_cont(response_time_ms, 0.5), 2) as p50_ms,
           round(quantile_cont(response_time_ms, 0.95), 2) as p95_ms,
           round(quantile_cont(response_time_ms, 0.99), 2) as p99_ms,
           count(response_time_ms) as response_checks,
           count(volume) as volume_checks, round(avg(volume), 2) as mean, round(quantile_cont(volume, 0.05), 2) as p5,
           any_value(volume_unit) as unit
    from samples group by service
),
minimums as (
    select o.customer, o.service, p.target_value
    from owners as o
    left join stg_policies as p
        on p.metric = 'throughput'
        and (p.customer = '*' or p.customer = o.customer)
        and (p.service = '*' or p.service = o.service)
        and (p.effective_from is null or p.effective_from <= $period_start_date)
        and (p.effective_to is null or $period_start_date <= p.effective_to)
    qualify row_number() over (partition by o.customer, o.service
                               order by (p.customer <> '*')::int + (p.service <> '*')::int desc nulls last) = 1
),
response as (
    select o.customer, 'response_time' as metric, s.service, s.p50_ms, s.p95_ms, s.p99_ms,
           s.response_checks as checks,
           null::double as mean, null::double as p5, null::varchar as unit
    from owners as o join per_service as s using (service) where s.response_checks > 0
),
throughput as (
    select o.customer, 'throughput' as metric, s.service, null as p50_ms, null as p95_ms, null as p99_ms,
           s.volume_checks as checks, s.mean, s.p5, s.unit
    from owners as o join per_service as s using (service) where s.volume_checks > 0
),
final as (
    select r.*, null::double as target_value, null::boolean as ok from response as r
    union all
    select t.*, m.target_value, case when m.target_value is not null then t.mean >= m.target_value end
    from throughput as t left join minimums as m
        on m.customer is not distinct from t.customer and m.service = t.service
)
select * from final order by metric, customer nulls first, service
