-- Outage events, one per monitor and start moment (the latest import wins).
with source as (select * from outages),
final as (
    select * from source
    qualify row_number() over (partition by service, started_at order by batch_id desc) = 1
)
select * from final
