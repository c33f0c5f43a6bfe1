-- The tickets the changes up to $changes touched, once each: those named (an undo, an exclusion) and those of the
-- ticket imports (a batch undone since has none left; its undo named them).
with named as (select source, ticket_id from marts_touched where change <= $changes),
imported as (
    select source, ticket_id from tickets
    where batch_id in (select batch_id from marts_touched_batches where change <= $changes)
),
final as (select * from named union select * from imported)
select * from final
