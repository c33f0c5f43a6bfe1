-- The current version of each ticket in the temp table touched (source, ticket_id), by the rule of
-- queries/staging/current_versions.sql (the latest update wins, then the latest import). Only the versions of the
-- touched tickets are ranked, not every version of every ticket. A ticket whose versions were all undone is absent.
with versions as (select * from tickets semi join touched using (source, ticket_id)),
final as (
    select * from versions
    qualify row_number() over (partition by source, ticket_id order by updated_at desc nulls last, batch_id desc) = 1
)
select * from final
