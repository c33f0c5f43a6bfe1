-- Satisfaction carried by a ticket export becomes a CSAT response. Without its own date it belongs to
-- the moment the ticket was solved (else last updated). "offered" = survey sent, not answered (score null).
insert into feedback by name
with rated as (
    select * from ticket_rows where satisfaction is not null
),
final as (
    select $batch_id as batch_id, source || ':' || ticket_id as response_id, customer, ticket_id,
           coalesce(satisfaction_at, resolved_at, updated_at, created_at) as submitted_at,
           'csat' as kind,
           case satisfaction when 'good' then 1 when 'bad' then 0 when 'offered' then null
                else try_cast(satisfaction as double) end as score,
           case when satisfaction in ('good', 'bad') then 1 else 5 end as scale_max,
           satisfaction_comment as comment
    from rated
)
select * from final
