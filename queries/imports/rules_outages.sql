-- Row rules for outage logs.
with source as (select * from typed),
failures as (
    select line, 'service' as field, 'missing monitor/service name' as reason
    from source where service is null and $service is null
    union all
    select line, 'started_at', 'missing start date/time'
    from source where started_at is null and not started_at__unparsed
    union all
    select line, 'ended_at', 'ended before it started'
    from source where ended_at < started_at
    union all
    select line, 'duration_minutes', 'negative duration'
    from source where duration_minutes < 0
    union all
    select line, 'duration_minutes', 'duration out of range (over 10 years)'
    from source where duration_minutes > 10 * 525600
    union all
    select line, 'started_at', 'dated after the import (started more than a day later than now)'
    from source where started_at > $latest and started_at < timestamp '2100-01-01'  -- later years: out of range already
),
final as (select * from failures)
select * from final
