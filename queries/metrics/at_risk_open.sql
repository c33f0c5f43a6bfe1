-- The open ticket clocks that have not breached yet (their due moment is after $as_of), for the dashboard's list
-- filters ($customers, $services, $priorities; an empty list means all), each with a clock_id for
-- queries/marts/clock.sql, which measures the business time they used so far. Reads ticket_outcomes
-- (sla.metrics.kpis.prepare_outcomes).
with outcomes as (select * from ticket_outcomes),
final as (
    select
        row_number() over (order by due_at, source, ticket_id, metric) as clock_id,
        source, ticket_id, customer, service, priority, team, agent, channel, metric, calendar, policy_row,
        created_at, due_at, risk_at, target_s, paused_s, at_risk
    from outcomes
    where outcome = 'open'
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
      and (len($services::varchar[]) = 0 or list_contains($services::varchar[], service))
      and (len($priorities::varchar[]) = 0 or list_contains($priorities::varchar[], priority))
)
select * from final
