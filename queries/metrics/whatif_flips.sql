-- The ticket metrics whose outcome a draft flips (met, breached, open, as of the replay's moment): the outcomes
-- in force (temp table current_outcomes, taken before the draft's clocks shadowed fct_ticket_sla) beside the
-- draft's (temp view ticket_outcomes), for the replayed tickets, decided in [$period_start, $period_end) under
-- either contract. Each with both due moments and targets; moments in UTC.
with current_ as (select * from current_outcomes),
draft as (select * from ticket_outcomes semi join replayed using (source, ticket_id)),
joined as (
    select
        d.source, d.ticket_id, d.customer, d.service, d.priority, d.metric, d.created_at, d.stop_at,
        c.outcome as current_outcome, d.outcome as draft_outcome,
        c.due_at as current_due_at, d.due_at as draft_due_at,
        c.target_s / 60 as current_target_minutes, d.target_s / 60 as draft_target_minutes,
        c.calendar as current_calendar, d.calendar as draft_calendar,
        c.decided_at as current_decided_at, d.decided_at as draft_decided_at,
        d.excluded
    from draft as d
    join current_ as c using (source, ticket_id, metric)
),
final as (
    select * from joined
    where current_outcome is distinct from draft_outcome
      and ((current_decided_at >= $period_start and current_decided_at < $period_end)
           or (draft_decided_at >= $period_start and draft_decided_at < $period_end))
)
select * from final order by customer, coalesce(draft_decided_at, current_decided_at), ticket_id, metric
