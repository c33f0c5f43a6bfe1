insert into feedback by name
with scored as (
    select *,
           coalesce(lower(kind), case when (select max(try_cast(score as double)) from typed_ok) > 5
                                      then 'nps' else 'csat' end) as kind_value
    from typed_ok
),
final as (
    select $batch_id as batch_id,
           coalesce(response_id, md5(concat_ws('|', customer, ticket_id, submitted_at, kind_value, score, comment)))
               as response_id,
           coalesce($customer, customer, '(no customer)') as customer, ticket_id, submitted_at,
           kind_value as kind,
           case score when 'good' then 1 when 'bad' then 0 when 'offered' then null
                else try_cast(score as double) end as score,
           case when score in ('good', 'bad') then 1 when kind_value = 'nps' then 10 else 5 end as scale_max,
           comment
    from scored
)
select * from final
