-- One sample per monitor and moment; a moment sampled twice (overlapping exports, duplicate rows) counts once,
-- the latest import wins and, within one file, down wins over up.
with source as (select * from checks),
final as (
    select * from source
    qualify row_number() over (partition by service, checked_at order by batch_id desc, is_up) = 1
)
select * from final
