-- Each candidate target (temp table advice_candidates) judged exactly per group and local month of decision in
-- [$first_month, $end_month), by the rule of the clocks (queries/metrics/ticket_outcomes.sql): a metric is met when
-- it stops by its due moment (counted in the month it stops), breached when it stops after it or still runs past it
-- (in the month of the due moment; excluded breaches left out), open otherwise. In whole seconds of business time e
-- against a target of T: e < T is met (open while running), e > T breached; e = T needs the due moment itself.
-- Met metrics and the breaches of metrics created and ended in one month are counted from the running totals of
-- advice_settled (its groups in advice_groups), the breaches of those that cross a month from
-- advice_crossing_breaches; the times equal to a target are the pairs of advice_pairs, with their due moments in
-- the temp table advice_due (clock_id = pair_id).
with candidates as (
    select c.customer, c.metric, c.priority, c.minutes, c.minutes * 60 as target_s, g.group_target_pct
    from advice_candidates as c
    join advice_groups as g
        on g.customer is not distinct from c.customer and g.metric = c.metric
        and g.priority is not distinct from c.priority
),
-- the running totals of the groups judged in this round only (a later round judges a few)
settled as (
    select s.* from advice_settled as s
    semi join candidates as c
        on c.customer is not distinct from s.customer and c.metric = s.metric
        and c.priority is not distinct from s.priority
),
months as (select distinct customer, metric, priority, end_month, counted_all from settled),
settled_counts as (
    select c.customer, c.metric, c.priority, c.minutes, m.end_month as month,
           coalesce(below.met, 0) as met,
           -- up to T: the row of a time equal to T if there is one, else the last below it
           m.counted_all - coalesce(equal.counted_below, below.counted_below, 0) as breached
    from candidates as c
    join months as m
        on m.customer is not distinct from c.customer and m.metric = c.metric
        and m.priority is not distinct from c.priority
    asof left join settled as below
        on below.customer is not distinct from c.customer and below.metric = c.metric
        and below.priority is not distinct from c.priority and below.end_month = m.end_month
        and c.target_s - 1 >= below.elapsed_s
    left join settled as equal
        on equal.customer is not distinct from c.customer and equal.metric = c.metric
        and equal.priority is not distinct from c.priority and equal.end_month = m.end_month
        and equal.elapsed_s = c.target_s
),
crossing as (
    select b.* from advice_crossing_breaches as b
    semi join candidates as c
        on c.customer is not distinct from b.customer and c.metric = b.metric
        and c.priority is not distinct from b.priority
),
crossing_counts as (
    select c.customer, c.metric, c.priority, c.minutes, m.month, 0 as met, coalesce(b.breaching, 0) as breached
    from candidates as c
    join (select distinct customer, metric, priority, month from crossing) as m
        on m.customer is not distinct from c.customer and m.metric = c.metric
        and m.priority is not distinct from c.priority
    asof left join crossing as b
        on b.customer is not distinct from c.customer and b.metric = c.metric
        and b.priority is not distinct from c.priority and b.month = m.month
        and c.target_s >= b.at_s
),
judged as (
    select p.*, d.due_at,
           p.elapsed_s < p.target_s or (p.elapsed_s = p.target_s and p.stop_at <= d.due_at) as in_time
    from advice_pairs as p
    left join advice_due as d on d.clock_id = p.pair_id
),
paired as (
    select customer, metric, priority, minutes, excluded,
           case when in_time then case when stop_at is not null then 'met' end
                when stop_at is not null or ends_at > due_at then 'breached'
           end as outcome,
           case when in_time then end_month
                when created_month = end_month then created_month
                else date_trunc('month', local_day(due_at))::date
           end as month
    from judged
),
pair_counts as (
    select customer, metric, priority, minutes, month,
           count(*) filter (where outcome = 'met') as met,
           count(*) filter (where outcome = 'breached' and not excluded) as breached
    from paired
    where outcome is not null
    group by all
),
counted as (
    select customer, metric, priority, minutes, month, sum(met) as met, sum(breached) as breached
    from (select * from settled_counts union all select * from crossing_counts
          union all select * from pair_counts)
    where month >= $first_month and month < $end_month
    group by all
),
final as (
    select c.customer, c.metric, c.priority, c.minutes, c.month, c.met::bigint as met,
           c.breached::bigint as breached,
           100.0 * c.met / nullif(c.met + c.breached, 0) >= k.group_target_pct as ok
    from counted as c
    join candidates as k
        on k.customer is not distinct from c.customer and k.metric = c.metric
        and k.priority is not distinct from c.priority and k.minutes = c.minutes
    where c.met + c.breached > 0
)
select * from final
