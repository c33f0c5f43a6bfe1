-- Row rules for outage logs.
with source as (select * from typed),
failures as (
    select line, 'service' as field, null as value, 'missing monitor/service name' as reason
    from source where service is null and $service is null
    union all
    select line, 'started_at', null, 'missing start date/time'
    from source where started_at is null and started_at__raw is null
    union all
    select line, 'ended_at', ended_at__raw, 'ended before it started'
    from source where ended_at < started_at
    union all
    select line, 'duration_minutes', duration_minutes__raw, 'negative duration'
    from source where duration_minutes < 0
    union all
    select line, 'duration_minutes', duration_minutes__raw, 'duration out of range (over 10 years)'
    from source where duration_minutes > 10 * 525600
),
final as (select * from failures)
select * from final
