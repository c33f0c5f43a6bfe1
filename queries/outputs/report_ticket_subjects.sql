-- The subjects of one customer's tickets named in $ticket_ids (for the breaches of a report), from the current
-- version of those tickets only.
with final as (
    select source, ticket_id, subject from current_tickets_in($ticket_ids) where customer = $customer
)
select * from final
