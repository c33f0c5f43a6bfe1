-- Row rules for maintenance windows.
with source as (select * from typed),
failures as (
    select line, 'service' as field, 'missing service name' as reason
    from source where service is null and $service is null
    union all
    select line, 'starts_at', 'missing start date/time'
    from source where starts_at is null and not starts_at__unparsed
    union all
    select line, 'ends_at', 'missing end date/time'
    from source where ends_at is null and not ends_at__unparsed
    union all
    select line, 'ends_at', 'ends before it starts'
    from source where ends_at <= starts_at
),
final as (select * from failures)
select * from final
