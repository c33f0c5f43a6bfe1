-- Volume (created, resolved) and quality (share of resolved tickets reopened) per customer for the period,
-- split by priority, category or channel on request ($by). The current tickets come from the marts: their
-- resolution rows, one per ticket, stop when the ticket was resolved (or closed).
with tickets as (
    select customer, created_at, stop_at as resolved_at, reopens,
           case $by when 'priority' then priority when 'category' then category
                    when 'channel' then channel end as grp
    from fct_ticket_sla where metric = 'resolution' and ($customer is null or customer = $customer)
),
created as (
    select customer, grp, count(*) as created from tickets
    where created_at >= $period_start and created_at < $period_end group by customer, grp
),
resolved as (
    select customer, grp, count(*) as resolved, count(*) filter (where reopens > 0) as reopened
    from tickets
    where resolved_at >= $period_start and resolved_at < $period_end
    group by customer, grp
),
joined as (
    select coalesce(c.customer, r.customer) as customer, coalesce(c.grp, r.grp) as grp, coalesce(c.created, 0) as created,
           coalesce(r.resolved, 0) as resolved, coalesce(r.reopened, 0) as reopened
    from created as c full join resolved as r on r.customer = c.customer and r.grp is not distinct from c.grp
),
final as (
    select customer, grp, 'volume' as metric, created, resolved, null::bigint as reopened, null::double as reopen_pct
    from joined
    union all
    select customer, grp, 'quality', null, resolved, reopened, round(100.0 * reopened / nullif(resolved, 0), 2)
    from joined
)
select * from final order by customer, metric, grp nulls first
