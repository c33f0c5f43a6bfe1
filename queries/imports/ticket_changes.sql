-- How this import changes the stored tickets: new, updated (a different state than stored), unchanged.
with incoming as (select * from ticket_rows),
current as (select * from stg_tickets where source = $source),
compared as (
    select
        c.ticket_id is null as is_new,
        c.ticket_id is not null and (
            i.status is distinct from c.status or i.updated_at is distinct from c.updated_at
            or i.first_response_at is distinct from c.first_response_at
            or i.resolved_at is distinct from c.resolved_at or i.closed_at is distinct from c.closed_at
            or i.priority is distinct from c.priority or i.customer is distinct from c.customer
            or i.reopens is distinct from c.reopens
        ) as is_updated
    from incoming i left join current c using (ticket_id)
),
final as (
    select count(*) filter (where is_new) as new_rows,
           count(*) filter (where is_updated) as updated_rows,
           count(*) filter (where not is_new and not is_updated) as unchanged_rows
    from compared
)
select * from final
