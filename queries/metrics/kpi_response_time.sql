-- Response time percentiles and throughput (volume per sample) per customer and service for the period, from
-- checks; the customers are those whose services are measured (availability_targets), null without a customers
-- sheet. A throughput policy sets a minimum mean volume (target_value); ok when the mean reaches it.
with owners as (
    select distinct customer, service from availability_targets where $customer is null or customer = $customer
),
-- figures per service, computed once and shared by every customer the service is measured for (temp table
-- service_response: queries/metrics/service_response.sql, or the monthly mart for a whole past month)
per_service as (select * exclude (p0) from service_response),
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
