-- The subjects of one customer's tickets named in $ticket_ids (for the breaches of a report). The latest version
-- of just those tickets is picked here (as stg_tickets does), rather than ranking every ticket's versions first.
with versions as (
    select source, ticket_id, customer, subject, updated_at, batch_id from tickets
    where list_contains($ticket_ids, ticket_id)
),
latest as (
    select * from versions
    qualify row_number() over (partition by source, ticket_id
                               order by updated_at desc nulls last, batch_id desc) = 1
),
final as (select source, ticket_id, subject from latest where customer = $customer)
select * from final
