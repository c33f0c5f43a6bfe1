-- Row rules for monitoring checks.
with source as (select * from typed),
failures as (
    select line, 'service' as field, null as value, 'missing monitor/service name' as reason
    from source where service is null and $service is null
    union all
    select line, 'checked_at', null, 'missing check time'
    from source where checked_at is null and checked_at__raw is null
    union all
    select line, 'response_time_ms', response_time_ms__raw, 'negative response time'
    from source where response_time_ms < 0
),
final as (select * from failures)
select * from final
