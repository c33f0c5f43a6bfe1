-- Who and what a listed breach belongs to beyond its KPI row: the ticket's team, agent and channel, and the
-- on-hold time its resolution clock paused for. For the rows of the registered relation breach_keys
-- (source, ticket_id, metric).
with keys as (select distinct source, ticket_id, metric from breach_keys),
final as (
    select c.source, c.ticket_id, c.metric, c.team, c.agent, c.channel, c.paused_s
    from fct_ticket_sla as c semi join keys as k using (source, ticket_id, metric)
)
select * from final
