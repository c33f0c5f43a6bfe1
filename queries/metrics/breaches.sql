-- Every breach decided in [$period_start, $period_end): the clock that was missed and by how much.
-- Minutes over: business minutes past the target when stopped; wall-clock minutes past due while still open.
with outcomes as (select * from ticket_outcomes),
final as (
    select
        source, ticket_id, customer, service, priority, metric, policy_row, calendar,
        round(target_s / 60, 2) as target_minutes,
        created_at, due_at, stop_at as stopped_at,
        round(case when stop_at is not null then greatest(elapsed_s - target_s, 0) / 60
                   else epoch($as_of::timestamp - due_at) / 60 end, 2) as minutes_over,
        excluded_reason is not null as excluded,
        excluded_reason, excluded_client_text, excluded_note
    from outcomes
    where outcome = 'breached' and decided_at >= $period_start and decided_at < $period_end
      and settles_at >= $period_start and settles_at < $period_end  -- stored, = decided_at: the scan skips other months
      and ($customer is null or customer = $customer)
)
select * from final order by due_at, customer, ticket_id, metric
