-- Volume (created, resolved) and quality (share of resolved tickets reopened) per customer for the period.
with tickets as (
    select * from stg_tickets where $customer is null or customer = $customer
),
created as (
    select customer, count(*) as created from tickets
    where created_at >= $period_start and created_at < $period_end group by customer
),
resolved as (
    select customer, count(*) as resolved, count(*) filter (where reopens > 0) as reopened
    from tickets
    where coalesce(resolved_at, closed_at) >= $period_start and coalesce(resolved_at, closed_at) < $period_end
    group by customer
),
joined as (
    select coalesce(c.customer, r.customer) as customer, coalesce(c.created, 0) as created,
           coalesce(r.resolved, 0) as resolved, coalesce(r.reopened, 0) as reopened
    from created as c full join resolved as r using (customer)
),
final as (
    select customer, 'volume' as metric, created, resolved, null::bigint as reopened, null::double as reopen_pct
    from joined
    union all
    select customer, 'quality', null, resolved, reopened, round(100.0 * reopened / nullif(resolved, 0), 2)
    from joined
)
select * from final order by customer, metric
