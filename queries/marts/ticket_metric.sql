-- One row per ticket (temp view or table mart_tickets) and ticket metric (first response, resolution) with the
-- policy in force on the local day (report time zone) the ticket was created, from the temp table policy_choice
-- (queries/marts/policy_choice.sql). No matching policy: 24x7 clock, no target. The source's own business-hours
-- figure of each stop comes along, with the calendar the source counted it on when its import named one.
with tickets as (
    select t.*, local_day(t.created_at) as created_on, c.calendar as source_calendar
    from mart_tickets as t
    left join batch_source_calendars as c using (batch_id)
),
metrics as (select unnest(['first_response', 'resolution']) as metric),
ticket_metrics as (
    select
        t.source, t.ticket_id, t.customer, t.service, t.priority, t.channel, t.category, t.team, t.agent,
        m.metric,
        t.created_at,
        case m.metric when 'first_response' then t.first_response_at
                      else coalesce(t.resolved_at, t.closed_at) end as stop_at,
        -- on-hold time pauses the resolution clock only
        case m.metric when 'resolution' then round(coalesce(t.paused_minutes, 0) * 60)::bigint else 0 end
            as paused_s,
        case m.metric when 'first_response' then t.source_first_response_met
                      else t.source_resolution_met end as source_met,
        case m.metric when 'first_response' then t.source_first_response_business_minutes
                      else t.source_resolution_business_minutes end as source_business_minutes,
        t.source_calendar,
        t.reopens,
        t.created_on
    from tickets as t cross join metrics as m
),
final as (
    select
        tm.*,
        c.policy_row, c.target_pct,
        coalesce(c.calendar, '24x7') as calendar,
        round(c.target_minutes * 60)::bigint as target_s
    from ticket_metrics as tm
    join policy_choice as c
        on c.metric = tm.metric
        and c.customer is not distinct from tm.customer
        and c.service is not distinct from tm.service
        and c.priority is not distinct from lower(tm.priority)
        and tm.created_on >= c.span_from and tm.created_on < c.span_to
)
select * from final
