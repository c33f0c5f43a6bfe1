-- The services the customers in $customers take on the customers sheet in force, read as availability_targets.sql
-- reads them (separated by , or ; or, where a part is not itself the name of a monitored service, by spaces).
with known as (select distinct service from checks union select distinct service from outages),
parts as (
    select trim(unnest(string_split(regexp_replace(services, '[;\n]', ',', 'g'), ','))) as part
    from stg_customers
    where list_contains($customers::varchar[], customer)
),
listed as (
    select unnest(case when part in (select service from known) then [part]
                       else string_split_regex(part, '\s+') end) as service
    from parts
),
final as (select distinct service from listed where service <> '')
select * from final order by service
