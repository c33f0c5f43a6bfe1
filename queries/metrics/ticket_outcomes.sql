-- Each ticket metric's outcome as of $as_of: met (stopped by the due moment), breached (stopped after it, or
-- still running past it), open; and the moment it was decided (stop when met, due when breached), which
-- places it in a period. Excluded breaches keep their outcome but are flagged so KPIs can leave them out.
-- The moment is the one row of the temp table outcomes_as_of (sla.metrics.kpis.prepare_outcomes).
with clocks as (select * from fct_ticket_sla),
moment as (select as_of from outcomes_as_of),
judged as (
    select
        c.*,
        case
            when c.due_at is null then null
            when c.stop_at is not null and c.stop_at <= c.due_at then 'met'
            when c.stop_at is not null or m.as_of > c.due_at then 'breached'
            else 'open'
        end as outcome
    from clocks as c cross join moment as m
),
final as (
    select
        j.*,
        case when j.outcome = 'met' then j.stop_at when j.outcome = 'breached' then j.due_at
             when j.outcome is null then j.stop_at end as decided_at,
        case when j.outcome = 'open' and m.as_of >= j.risk_at then true else false end as at_risk,
        x.category as excluded_reason, x.client_text as excluded_client_text, x.note as excluded_note
    from judged as j
    cross join moment as m
    left join stg_exclusions as x
        on j.outcome = 'breached' and x.source = j.source and x.ticket_id = j.ticket_id and x.metric = j.metric
)
select * from final
