-- One row per ticket and ticket metric (first response, resolution) with the policy in force when the
-- ticket was created: the most specific matching row wins. No matching policy: 24x7 clock, no target.
-- The policy is chosen once per kind of ticket (customer, service, priority) and span of days in which no
-- policy starts or ends, not per ticket: there are thousands of those, and a million tickets.
with tickets as (  -- the local date once per ticket, not per ticket metric: time zone look-ups are slow
    select *, timezone($tz, created_at::timestamptz)::date as created_local_date from stg_tickets
),
metrics as (select unnest(['first_response', 'resolution']) as metric),
kinds as (select distinct customer, service, lower(priority) as priority from tickets),
edges as (  -- the days on which some policy starts or stops applying
    select effective_from as day from stg_policies union select effective_to + 1 from stg_policies
),
spans as (
    select coalesce(lag(day) over (order by day), date '0001-01-01') as span_from, day as span_to
    from (select day from edges where day is not null union all select date '9999-12-31')
),
chosen as (
    select
        k.customer, k.service, k.priority, m.metric, s.span_from, s.span_to,
        p.policy_row, p.calendar, p.target_minutes, p.target_pct
    from kinds as k cross join metrics as m cross join spans as s
    left join stg_policies as p
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
),
ticket_metrics as (
    select
        t.source, t.ticket_id, t.customer, t.service, t.priority, t.channel, t.category, t.team, m.metric,
        t.created_at,
        case m.metric when 'first_response' then t.first_response_at
                      else coalesce(t.resolved_at, t.closed_at) end as stop_at,
        -- on-hold time pauses the resolution clock only
        case m.metric when 'resolution' then round(coalesce(t.paused_minutes, 0) * 60)::bigint else 0 end
            as paused_s,
        case m.metric when 'first_response' then t.source_first_response_met
                      else t.source_resolution_met end as source_met,
        t.created_local_date
    from tickets as t cross join metrics as m
),
final as (
    select
        tm.* exclude (created_local_date),
        c.policy_row, c.target_pct,
        coalesce(c.calendar, '24x7') as calendar,
        round(c.target_minutes * 60)::bigint as target_s
    from ticket_metrics as tm
    join chosen as c
        on c.metric = tm.metric
        and c.customer is not distinct from tm.customer
        and c.service is not distinct from tm.service
        and c.priority is not distinct from lower(tm.priority)
        and tm.created_local_date >= c.span_from and tm.created_local_date < c.span_to
)
select * from final
