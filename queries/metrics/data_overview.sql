-- What the store holds: one row per kind of data, with its rows in their current state, the time they span
-- (UTC) and the imports that brought them. from_tickets: feedback read from tickets' satisfaction fields.
-- Only the customers in $customers and the services in $services (empty lists: all).
with tickets as (
    select 1 as position, 'tickets' as kind, count(*) as rows_stored,
           min(created_at) as first_at, max(created_at) as last_at, 0 as from_tickets
    from stg_tickets
    where len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer)
),
checks as (
    select 2, 'checks', count(*), min(checked_at), max(checked_at), 0 from stg_checks
    where len($services::varchar[]) = 0 or list_contains($services::varchar[], service)
),
outages as (
    select 3, 'outages', count(*), min(started_at), max(started_at), 0 from stg_outages
    where len($services::varchar[]) = 0 or list_contains($services::varchar[], service)
),
feedback as (
    select 4, 'feedback', count(*), min(submitted_at), max(submitted_at),
           count(*) filter (where b.kind = 'tickets')
    from stg_feedback as f
    left join batches as b using (batch_id)
    where len($customers::varchar[]) = 0 or list_contains($customers::varchar[], f.customer)
),
maintenance as (
    select 5, 'maintenance', count(*), min(starts_at), max(starts_at), 0 from stg_maintenance
    where len($services::varchar[]) = 0 or list_contains($services::varchar[], service)
),
stored as (
    select * from tickets
    union all select * from checks
    union all select * from outages
    union all select * from feedback
    union all select * from maintenance
),
imports as (
    select kind, count(*) as imports, max(imported_at) as last_import_at from batches group by kind
),
final as (
    select stored.position, stored.kind, stored.rows_stored, stored.first_at, stored.last_at, stored.from_tickets,
           coalesce(imports.imports, 0) as imports, imports.last_import_at
    from stored left join imports using (kind)
)
select * exclude (position) from final order by position
