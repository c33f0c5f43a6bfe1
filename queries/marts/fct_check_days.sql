-- The UTC days on which each service has checks, with the first and the last, for $first_day <= day < $end_day:
-- which services a period measured (queries/metrics/availability_targets.sql) and which months hold data
-- (queries/metrics/filter_options.sql), without reading every check. Straight from the table: the same services
-- and moments as stg_checks, whose de-duplicating window keeps one sample of each moment.
with final as (
    select service, date_trunc('day', checked_at)::date as day, min(checked_at) as first_at, max(checked_at) as last_at
    from checks
    where checked_at >= $first_day::timestamp and checked_at < $end_day::timestamp
    group by all
)
select * from final
