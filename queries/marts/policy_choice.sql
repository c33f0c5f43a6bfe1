-- The ticket policy of configuration version $version for each kind of ticket (customer, service, priority) in the
-- temp table policy_kinds, ticket metric and span of local days in which no policy starts or ends: the most
-- specific matching row wins; no matching row leaves the policy columns empty (a 24x7 clock without target).
-- Chosen per kind and span, not per ticket: there are thousands of those, and a million tickets.
with policies as (
    select * from cfg_policies where version = $version and metric in ('first_response', 'resolution')
),
kinds as (select * from policy_kinds),
metrics as (select unnest(['first_response', 'resolution']) as metric),
edges as (  -- the days on which some policy starts or stops applying
    select effective_from as day from policies union select effective_to + 1 from policies
),
spans as (
    select coalesce(lag(day) over (order by day), date '0001-01-01') as span_from, day as span_to
    from (select day from edges where day is not null union all select date '9999-12-31')
),
final as (
    select
        k.customer, k.service, k.priority, m.metric, s.span_from, s.span_to,
        p.policy_row, p.calendar, p.target_minutes, p.target_pct
    from kinds as k cross join metrics as m cross join spans as s
    left join policies as p
        on p.metric = m.metric
        and (p.customer = '*' or p.customer = k.customer)
        and (p.service = '*' or p.service = k.service)
        and (p.priority = '*' or lower(p.priority) = k.priority)
        and (p.effective_from is null or p.effective_from <= s.span_from)
        and (p.effective_to is null or s.span_to <= p.effective_to + 1)
    qualify row_number() over (
        partition by k.customer, k.service, k.priority, m.metric, s.span_from
        order by (p.customer <> '*')::int + (p.service <> '*')::int + (p.priority <> '*')::int desc nulls last,
                 p.policy_row
    ) = 1
)
select * from final
