-- One answer per survey response (the latest import wins).
with source as (select * from feedback),
final as (
    select * from source
    qualify row_number() over (partition by response_id order by batch_id desc) = 1
)
select * from final
