-- The subjects of one customer's tickets named in $ticket_ids (for the breaches of a report).
with tickets as (
    select source, ticket_id, subject from stg_tickets
    where customer = $customer and list_contains($ticket_ids, ticket_id)
),
final as (select * from tickets)
select * from final
