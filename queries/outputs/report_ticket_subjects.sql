-- The subjects of the tickets named in $ticket_ids (for the breaches of a report), from the current version of
-- those tickets only; of one customer ($customer; null: every customer, for the workbooks of all clients at once).
with final as (
    select source, ticket_id, customer, subject from current_tickets_in($ticket_ids)
    where $customer is null or customer = $customer
)
select * from final
