-- Row rules for maintenance windows.
with source as (select * from typed),
failures as (
    select line, 'service' as field, null as value, 'missing service name' as reason
    from source where service is null and $service is null
    union all
    select line, 'starts_at', null, 'missing start date/time'
    from source where starts_at is null and starts_at__raw is null
    union all
    select line, 'ends_at', null, 'missing end date/time'
    from source where ends_at is null and ends_at__raw is null
    union all
    select line, 'ends_at', ends_at__raw, 'ends before it starts'
    from source where ends_at <= starts_at
),
final as (select * from failures)
select * from final
