-- The tickets in the marts that a new configuration version changes: on the local day they were created, a
-- different policy row, target or calendar (temp tables choice_built and choice_now: queries/marts/policy_choice.sql
-- for the version the marts were built with and the one in force), or a calendar whose definition changed (temp
-- table changed_calendars: queries/marts/changed_calendars.sql). Credit tiers and the other sheets change no clock.
with changed_spans as (
    select n.customer, n.service, n.priority, n.metric,
           greatest(n.span_from, b.span_from) as day_from, least(n.span_to, b.span_to) as day_to
    from choice_now as n
    join choice_built as b
        on b.customer is not distinct from n.customer and b.service is not distinct from n.service
        and b.priority is not distinct from n.priority and b.metric = n.metric
        and n.span_from < b.span_to and b.span_from < n.span_to
    where (n.policy_row, n.calendar, n.target_minutes, n.target_pct)
          is distinct from (b.policy_row, b.calendar, b.target_minutes, b.target_pct)
),
by_policy as (
    select f.source, f.ticket_id
    from fct_ticket_sla as f
    join changed_spans as c
        on c.customer is not distinct from f.customer and c.service is not distinct from f.service
        and c.priority is not distinct from lower(f.priority) and c.metric = f.metric
        and f.created_on >= c.day_from and f.created_on < c.day_to
),
by_calendar as (
    select source, ticket_id from fct_ticket_sla semi join changed_calendars using (calendar)
),
final as (select * from by_policy union select * from by_calendar)
select * from final
