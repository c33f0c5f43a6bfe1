-- Planned maintenance windows from imports and from the configuration, one per service and start
-- (the latest import wins; the configuration counts as the latest).
with imported as (select service, starts_at, ends_at, note, batch_id from maintenance),
configured as (
    select service, starts_at, ends_at, note, 2147483647 as batch_id from stg_config_maintenance
),
final as (
    select * from (select * from imported union all select * from configured)
    qualify row_number() over (partition by service, starts_at order by batch_id desc) = 1
)
select * from final
