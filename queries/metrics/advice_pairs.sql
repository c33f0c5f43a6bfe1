-- The metrics of the temp table advice_metrics that a candidate target (advice_candidates) cannot judge from the
-- running totals (sla.metrics.advisor): those that end in another month than they were created (a breach is
-- decided in the month of its due moment), and those whose business time equals the target to the second (only a
-- whole number of minutes can: advice_special holds them and the former). One row per metric and candidate,
-- pair_id numbering them; needs_due marks those whose due moment decides.
with candidates as (select *, minutes * 60 as target_s from advice_candidates),
final as (
    select row_number() over () as pair_id, m.*, c.minutes, c.target_s,
           m.elapsed_s >= c.target_s as needs_due
    from advice_special as m
    join candidates as c
        on c.customer is not distinct from m.customer and c.metric = m.metric
        and c.priority is not distinct from m.priority
    where m.created_month <> m.end_month or m.elapsed_s = c.target_s
)
select * from final
