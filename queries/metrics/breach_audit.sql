-- Every exclusion of a breach and every undo (who, when, what, why), newest first, with the ticket's customer.
-- `latest` marks the action in force for each ticket metric (stg_exclusions: the latest one is an exclusion).
with actions as (select * from breach_exclusions),
tickets as (select source, ticket_id, customer from stg_tickets),
final as (
    select
        a.acted_at, a.actor, a.action, a.source, a.ticket_id, t.customer, a.metric, a.category, a.client_text, a.note,
        row_number() over (partition by a.source, a.ticket_id, a.metric order by a.acted_at desc) = 1 as latest
    from actions as a
    left join tickets as t using (source, ticket_id)
)
select * from final order by acted_at desc, ticket_id, metric
