-- The current state of every ticket: of all imported versions, the latest update wins (then the latest import).
with source as (select * from tickets),
ranked as (
    select *, row_number() over (partition by source, ticket_id
                                 order by updated_at desc nulls last, batch_id desc) as version_rank
    from source
),
final as (select * exclude (version_rank) from ranked where version_rank = 1)
select * from final
