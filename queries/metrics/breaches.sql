-- Every breach decided in [$period_start, $period_end): the clock that was missed and by how much, as of $as_of
-- (the period's end once it has ended, so a closed month's breaches never change). Resolved late: stopped by
-- then; open past due: still running then. Minutes over, one unit throughout: business minutes on the policy's
-- calendar past the target, up to the stop or, while still open, up to $as_of: F(as_of) - F(due), where F(t) is
-- the calendar's business time before t (calendar_segments' running sum, one ASOF join per moment).
with outcomes as (select * from ticket_outcomes),
breached as (
    select *, stop_at is not null and stop_at <= $as_of::timestamp as resolved
    from outcomes
    where outcome = 'breached' and decided_at >= $period_start and decided_at < $period_end
      and settles_at >= $period_start and settles_at < $period_end  -- stored, = decided_at: the scan skips other months
      and ($customer is null or customer = $customer)
),
running as (
    select source, ticket_id, metric, calendar, due_at, $as_of::timestamp as now_at from breached where not resolved
),
f_due as (
    select r.source, r.ticket_id, r.metric, r.calendar,
           s.cum_before_s + least(epoch(r.due_at - s.seg_start), epoch(s.seg_end - s.seg_start)) as f_s
    from running as r asof join calendar_segments as s on s.calendar = r.calendar and r.due_at >= s.seg_start
),
f_now as (
    select r.source, r.ticket_id, r.metric,
           s.cum_before_s + least(epoch(r.now_at - s.seg_start), epoch(s.seg_end - s.seg_start)) as f_s
    from running as r asof join calendar_segments as s on s.calendar = r.calendar and r.now_at >= s.seg_start
),
overrun as (
    select d.source, d.ticket_id, d.metric, greatest(n.f_s - d.f_s, 0) as over_s
    from f_due as d join f_now as n using (source, ticket_id, metric)
),
final as (
    select
        b.source, b.ticket_id, b.customer, b.service, b.priority, b.metric, b.policy_row, b.calendar,
        round(b.target_s / 60, 2) as target_minutes,
        b.created_at, b.due_at, case when b.resolved then b.stop_at end as stopped_at,
        case when b.resolved then 'resolved_late' else 'open_past_due' end as state,
        round(case when b.resolved then greatest(b.elapsed_s - b.target_s, 0) else o.over_s end / 60, 2)
            as minutes_over,
        b.excluded_reason is not null as excluded,
        b.excluded_reason, b.excluded_client_text, b.excluded_note
    from breached as b
    left join overrun as o using (source, ticket_id, metric)
)
select * from final order by due_at, customer, ticket_id, metric
