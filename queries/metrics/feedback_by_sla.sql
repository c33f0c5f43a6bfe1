-- CSAT of survey answers on tickets whose SLA was breached vs met (needs the ticket_outcomes temp table).
-- A ticket is 'breached' when any of its metrics breached (excluded breaches not counted), 'met' when every
-- decided metric was met; a ticket with nothing decided, or whose only breaches were excluded, is in neither.
-- Answers by submission time in the period, for $customers (a list; empty = all), joined on customer + ticket id.
with outcomes as (
    select
        customer, ticket_id,
        count(*) filter (where outcome = 'breached' and excluded_reason is null) as breached,
        count(*) filter (where outcome = 'breached' and excluded_reason is not null) as excluded,
        count(*) filter (where outcome = 'met') as met
    from ticket_outcomes
    group by customer, ticket_id
),
tickets as (
    select customer, ticket_id,
           case when breached > 0 then 'breached' when met > 0 and excluded = 0 then 'met' end as sla
    from outcomes
),
answers as (
    select customer, ticket_id, score, scale_max
    from stg_feedback
    where kind = 'csat' and score is not null and ticket_id is not null
      and submitted_at >= $period_start and submitted_at < $period_end
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
),
linked as (
    select t.sla, count(*) as responses,
           count(*) filter (where (a.scale_max = 1 and a.score = 1) or (a.scale_max = 5 and a.score >= 4)) as good
    from answers as a
    join tickets as t using (customer, ticket_id)
    where t.sla is not null
    group by t.sla
),
final as (
    select g.sla, coalesce(l.responses, 0) as responses, coalesce(l.good, 0) as good,
           100.0 * l.good / nullif(l.responses, 0) as csat_pct
    from (values ('breached'), ('met')) as g (sla)
    left join linked as l using (sla)
)
select * from final order by sla
