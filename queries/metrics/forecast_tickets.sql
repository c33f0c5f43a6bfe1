-- The month-end forecast of ticket compliance (sla.metrics.forecast) for each cutoff of the temp table
-- forecast_cutoffs (month: its first local day; p0, p1: the month in UTC; as_of: the moment the data stood at), per
-- customer, metric and target share. Only what was known at as_of counts: tickets created by then, stops by then.
--   so far: metrics decided in the month by as_of (met at the stop, breached at the due moment; excluded breaches
--           left out), by the rule of queries/metrics/ticket_outcomes.sql;
--   pending: metrics still open at as_of whose due moment falls in the month: decided this month for sure;
--   the rest of the month at the pace so far: decisions per unit of time as in the month until as_of.
-- A pending metric breaches with the share seen in the three months before the month: of the metrics that reached
-- 75 % of their target unstopped when it has (at risk), else of all; the rest of the month breaches with the share
-- of all. A group with fewer than $min_history decided metrics in those months takes the metric's share over every
-- customer. Metrics are matched to the months they can be decided in (created .. settled) by local month.
with cutoffs as (select * from forecast_cutoffs),
metrics as (
    select customer, metric, target_pct, created_at, stop_at, due_at, risk_at, excluded,
           date_trunc('month', created_on)::date as first_month, date_trunc('month', settles_on)::date as last_month
    from fct_ticket_sla
    where due_at is not null and ($customer is null or customer = $customer)
      and settles_at >= (select min(p0) from cutoffs) - interval 3 month - interval 1 day
      and created_at < (select max(p1) from cutoffs)
),
as_it_stood as (
    select c.month, c.as_of, c.p0, c.p1, m.customer, m.metric, m.target_pct, m.due_at, m.risk_at, m.excluded,
           case when m.stop_at <= c.as_of then m.stop_at end as stop_known
    from metrics as m
    join cutoffs as c
        on c.month >= m.first_month and c.month <= m.last_month and m.created_at <= c.as_of
),
judged as (
    select *,
           case when stop_known <= due_at then 'met'
                when stop_known is not null or as_of > due_at then 'breached'
                else 'open' end as outcome
    from as_it_stood
),
now_counts as (
    select month, as_of, p0, p1, customer, metric, target_pct,
           count(*) filter (where outcome = 'met' and stop_known >= p0) as met,
           count(*) filter (where outcome = 'breached' and due_at >= p0 and not excluded) as breached,
           count(*) filter (where outcome = 'open' and due_at < p1) as pending,
           count(*) filter (where outcome = 'open' and due_at < p1 and risk_at <= as_of) as pending_at_risk
    from judged
    group by all
),
history as (  -- the metrics decided in each of the three months after their month of settling
    select unnest(generate_series(last_month + interval 1 month, last_month + interval 3 month, interval 1 month))::date
               as month,
           customer, metric, target_pct, excluded,
           stop_at is not null and stop_at <= due_at as met,
           stop_at is null or stop_at > risk_at as reached_risk
    from metrics
    where last_month < (select max(month) from cutoffs)
),
history_groups as (
    select month, customer, metric, target_pct,
           count(*) filter (where met or not excluded) as decided,
           count(*) filter (where not met and not excluded) as breached,
           count(*) filter (where reached_risk and (met or not excluded)) as at_risk,
           count(*) filter (where reached_risk and not met and not excluded) as at_risk_breached
    from history semi join cutoffs using (month)
    group by all
),
history_metrics as (
    select month, metric, sum(decided) as decided, sum(breached) as breached, sum(at_risk) as at_risk,
           sum(at_risk_breached) as at_risk_breached
    from history_groups
    group by all
),
rates as (
    select n.*,
           epoch(n.as_of - n.p0) / epoch(n.p1 - n.p0) as elapsed,
           coalesce(h.decided, 0) >= $min_history as own_history,
           case when coalesce(h.decided, 0) >= $min_history then h.breached / h.decided
                else coalesce(a.breached / nullif(a.decided, 0), 0) end as breach_share,
           case when coalesce(h.decided, 0) >= $min_history and h.at_risk > 0 then h.at_risk_breached / h.at_risk
                else coalesce(a.at_risk_breached / nullif(a.at_risk, 0), 1) end as at_risk_breach_share
    from now_counts as n
    left join history_groups as h
        on h.month = n.month and h.customer is not distinct from n.customer and h.metric = n.metric
        and h.target_pct = n.target_pct
    left join history_metrics as a on a.month = n.month and a.metric = n.metric
),
projected as (
    select *,
           pending_at_risk * at_risk_breach_share + (pending - pending_at_risk) * breach_share as pending_breaches,
           greatest((met + breached) * (1 - elapsed) / nullif(elapsed, 0) - pending, 0) as later
    from rates
),
final as (
    select month, as_of, customer, metric, target_pct, met, breached, pending, pending_at_risk, own_history,
           breach_share, at_risk_breach_share,
           met + pending - pending_breaches + later * (1 - breach_share) as projected_met,
           breached + pending_breaches + later * breach_share as projected_breached
    from projected
)
select * from final order by month, as_of, customer, metric, target_pct
