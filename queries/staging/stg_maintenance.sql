-- Planned maintenance windows, one per service and start (the latest import wins).
with source as (select * from maintenance),
final as (
    select * from source
    qualify row_number() over (partition by service, starts_at order by batch_id desc) = 1
)
select * from final
