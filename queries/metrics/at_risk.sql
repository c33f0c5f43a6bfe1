-- The at-risk queue: each open clock of the temp table at_risk_open with the business time it has left before its
-- due moment (its target minus what it used so far, on its calendar, from the temp table clock_out) and the share
-- of the target used. Soonest due first.
with open_clocks as (select * from at_risk_open),
used as (select clock_id, elapsed_s from clock_out),
final as (
    select
        o.* exclude (clock_id, risk_at, paused_s),
        greatest(o.target_s - u.elapsed_s, 0) as left_s,
        100.0 * u.elapsed_s / nullif(o.target_s, 0) as used_pct
    from open_clocks as o join used as u using (clock_id)
)
select * from final order by due_at, customer, ticket_id, metric
