-- CSAT and NPS per week or month of submission ($grain, cut in $tz) over [$period_start, $period_end), with the
-- counts behind them, for the dashboard's list filters ($customers, $services, $priorities; an empty list means
-- all), optionally split by customer, service, priority, team, agent or channel ($split, '' for none). Set-based
-- over all answers of a group. Service, priority, team, agent and channel are those of the ticket an answer is
-- about: answers without a ticket (NPS) are left out when a service or priority filter is set, and have none of
-- these to be split by.
with tickets as (  -- only the tickets the period's answers are about are ranked for their current version, and
                  -- only when a filter or split needs them (the Overview's two months: 0.045 -> 0.025 s at 1M tickets)
    select ticket_id, any_value(service) as service, any_value(priority) as priority, any_value(team) as team,
           any_value(agent) as agent, any_value(channel) as channel
    from current_tickets_answered($period_start, $period_end)
    where len($services::varchar[]) > 0 or len($priorities::varchar[]) > 0 or $split not in ('', 'customer')
    group by ticket_id
),
period_answers as (
    select f.*, t.service, t.priority, t.team, t.agent, t.channel,
           time_bucket(interval 15 minute, f.submitted_at) as quarter
    from current_feedback_between($period_start, $period_end, null) as f
    left join tickets as t on t.ticket_id = f.ticket_id
    where f.submitted_at >= $period_start and f.submitted_at < $period_end and f.score is not null
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], f.customer))
      and (len($services::varchar[]) = 0 or list_contains($services::varchar[], t.service))
      and (len($priorities::varchar[]) = 0 or list_contains($priorities::varchar[], t.priority))
),
-- the local bucket once per UTC quarter hour, not per answer (a time zone look-up is slow); exact, since every
-- time zone's midnights and clock changes fall on a quarter hour
quarters as (
    select quarter, date_trunc($grain, timezone($tz, quarter::timestamptz))::date as bucket
    from (select distinct quarter from period_answers)
),
answers as (select a.*, q.bucket from period_answers as a join quarters as q using (quarter)),
scored as (
    select bucket, kind as metric,
           case $split when 'customer' then customer when 'service' then service
                       when 'priority' then priority when 'team' then team when 'agent' then agent
                       when 'channel' then channel end as split,
           case when kind = 'csat' then (scale_max = 1 and score = 1) or (scale_max = 5 and score >= 4)
                else score >= 9 end as positive,
           kind = 'nps' and score <= 6 as detractor
    from answers
),
counted as (
    select bucket, split, metric,
           count(*) as responses,
           count(*) filter (where positive) as positive,
           count(*) filter (where detractor) as detractors
    from scored
    group by all
),
final as (
    select *,
           case when metric = 'csat' then 100.0 * positive / responses
                else 100.0 * (positive - detractors) / responses end as score
    from counted
)
select * from final order by bucket, split, metric
