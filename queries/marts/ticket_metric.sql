-- One row per ticket and ticket metric (first response, resolution) with the policy in force when the
-- ticket was created: the most specific matching row wins. No matching policy: 24x7 clock, no target.
with tickets as (select * from stg_tickets),
metrics as (select unnest(['first_response', 'resolution']) as metric),
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
        timezone($tz, t.created_at::timestamptz)::date as created_local_date
    from tickets as t cross join metrics as m
),
matched as (
    select
        tm.*, p.policy_row, p.calendar, p.target_minutes, p.target_pct,
        (p.customer <> '*')::int + (p.service <> '*')::int + (p.priority <> '*')::int as specificity
    from ticket_metrics as tm
    left join stg_policies as p
        on p.metric = tm.metric
        and (p.customer = '*' or p.customer = tm.customer)
        and (p.service = '*' or p.service = tm.service)
        and (p.priority = '*' or lower(p.priority) = lower(tm.priority))
        and (p.effective_from is null or p.effective_from <= tm.created_local_date)
        and (p.effective_to is null or tm.created_local_date <= p.effective_to)
    qualify row_number() over (partition by tm.source, tm.ticket_id, tm.metric
                               order by specificity desc nulls last) = 1
),
final as (
    select
        row_number() over () as clock_id,
        * exclude (calendar, target_minutes, specificity, created_local_date),
        coalesce(calendar, '24x7') as calendar,
        round(target_minutes * 60)::bigint as target_s
    from matched
)
select * from final
