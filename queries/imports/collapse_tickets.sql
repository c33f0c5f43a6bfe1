-- One row per ticket from the valid rows of this file. Exports with one row per ticket pass through;
-- event logs (several rows per ticket) collapse: the latest state wins, first response and resolution come
-- from the events that mark them (activity roles from the preset) or from the columns that carry them; a stop
-- given only as a calendar duration since creation (minutes, hours) is created + that duration.
with repeated as (  -- tickets with several rows or events: only these need the aggregation below
    select ticket_id from typed_ok group by ticket_id having count(*) > 1 or count(activity) > 0
),
single as (  -- the row is the ticket (what the aggregation below makes of one row without events)
    select ticket_id, customer, service, priority, channel, team, agent, category, status, subject, created_at,
           updated_at,
           coalesce(first_response_at,
                    created_at + to_microseconds(cast(round(first_response_minutes * 60e6) as bigint)),
                    created_at + to_microseconds(cast(round(first_response_hours * 3600e6) as bigint))
           ) as first_response_at,
           coalesce(resolved_at,
                    created_at + to_microseconds(cast(round(resolution_minutes * 60e6) as bigint)),
                    created_at + to_microseconds(cast(round(resolution_hours * 3600e6) as bigint))
           ) as resolved_at,
           closed_at, paused_minutes, reopens::integer as reopens, source_first_response_met,
           source_resolution_met, first_response_business_minutes as source_first_response_business_minutes,
           resolution_business_minutes as source_resolution_business_minutes,
           satisfaction, satisfaction_comment, satisfaction_at
    from typed_ok anti join repeated using (ticket_id)
),
rows as (
    select *, row_number() over (order by updated_at nulls first, line) as ord
    from typed_ok semi join repeated using (ticket_id)
),
collapsed as (
    select
        ticket_id,
        arg_max_null(customer, ord) as customer,
        arg_max_null(service, ord) as service,
        arg_max_null(priority, ord) as priority,
        arg_max_null(channel, ord) as channel,
        arg_max_null(team, ord) as team,
        arg_max_null(agent, ord) as agent,
        arg_max_null(category, ord) as category,
        arg_max_null(status, ord) as status,
        arg_max_null(subject, ord) as subject,
        min(created_at) as created_at,
        coalesce(max(updated_at), max(created_at) filter (where activity is not null)) as updated_at,
        coalesce(
            min(created_at) filter (where activity = 'first_response'),
            min(first_response_at),
            min(created_at + to_microseconds(cast(round(first_response_minutes * 60e6) as bigint))),
            min(created_at + to_microseconds(cast(round(first_response_hours * 3600e6) as bigint)))
        ) as first_response_at,
        coalesce(max(created_at) filter (where activity = 'resolved'), arg_max_null(resolved_at, ord),
                 min(created_at + to_microseconds(cast(round(resolution_minutes * 60e6) as bigint))),
                 min(created_at + to_microseconds(cast(round(resolution_hours * 3600e6) as bigint))))
            as resolved_at,
        coalesce(max(created_at) filter (where activity = 'closed'), arg_max_null(closed_at, ord)) as closed_at,
        arg_max_null(paused_minutes, ord) as paused_minutes,
        max(reopens)::integer as reopens,
        arg_max_null(source_first_response_met, ord) as source_first_response_met,
        arg_max_null(source_resolution_met, ord) as source_resolution_met,
        arg_max_null(first_response_business_minutes, ord) as source_first_response_business_minutes,
        arg_max_null(resolution_business_minutes, ord) as source_resolution_business_minutes,
        arg_max_null(satisfaction, ord) as satisfaction,
        arg_max_null(satisfaction_comment, ord) as satisfaction_comment,
        arg_max_null(satisfaction_at, ord) as satisfaction_at
    from rows
    group by ticket_id
),
tickets as (select * from collapsed union all by name select * from single),
final as (
    select $source as source, ticket_id,
           coalesce($customer, customer, '(no customer)') as customer,
           coalesce($service, service) as service,
           * exclude (ticket_id, customer, service)
    from tickets
)
select * from final
