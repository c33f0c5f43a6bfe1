-- Row rules for monitoring checks.
with source as (select * from typed),
failures as (
    select line, 'service' as field, 'missing monitor/service name' as reason
    from source where service is null and $service is null
    union all
    select line, 'checked_at', 'missing check time'
    from source where checked_at is null and not checked_at__unparsed
    union all
    select line, 'response_time_ms', 'negative response time'
    from source where response_time_ms < 0
    union all
    select line, 'checked_at', 'dated after the import (checked more than a day later than now)'
    from source where checked_at > $latest and checked_at < timestamp '2100-01-01'  -- later years: out of range already
),
final as (select * from failures)
select * from final
