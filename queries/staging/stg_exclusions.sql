-- Breaches excluded now: the latest action per ticket metric is an exclusion. The category and client text are
-- for the client; the note is internal.
with source as (select * from breach_exclusions),
latest as (
    select * from source
    qualify row_number() over (partition by source, ticket_id, metric order by acted_at desc) = 1
),
final as (
    select source, ticket_id, metric, category, client_text, note, actor, acted_at
    from latest where action = 'exclude'
)
select * from final
