-- Response time percentiles and throughput (volume per sample) per period of the temp table response_periods
-- (p0, p1) and service ($services; all when the list is empty). One sample per monitor and moment by stg_checks'
-- rule (the latest import wins, then down over up), de-duplicated here so one customer's report does not rank
-- every service's checks. $range_start/$range_end: the whole range as constants, for the scan.
with periods as (select * from response_periods),
samples as (
    select * from checks
    where checked_at >= $range_start::timestamp and checked_at < $range_end::timestamp
      and (len($services::varchar[]) = 0 or list_contains($services::varchar[], service))
    qualify row_number() over (partition by service, checked_at order by batch_id desc, is_up) = 1
),
in_period as (
    select p.p0, s.* from samples as s asof join periods as p on s.checked_at >= p.p0 where s.checked_at < p.p1
),
final as (
    select p0, service,
           round(quantile_cont(response_time_ms, 0.5), 2) as p50_ms,
           round(quantile_cont(response_time_ms, 0.95), 2) as p95_ms,
           round(quantile_cont(response_time_ms, 0.99), 2) as p99_ms,
           count(response_time_ms) as response_checks,
           count(volume) as volume_checks, round(avg(volume), 2) as mean, round(quantile_cont(volume, 0.05), 2) as p5,
           any_value(volume_unit) as unit
    from in_period group by p0, service
)
select * from final
