-- The metrics of the temp table advice_special (sla.metrics.advisor: business time a whole number of minutes) paired
-- with each candidate target (advice_candidates) that equals their time to the second: only their due moment can
-- judge them (queries/metrics/advice_months.sql). One row per metric and candidate, pair_id numbering them.
with candidates as (select *, minutes * 60 as target_s from advice_candidates),
final as (
    select row_number() over () as pair_id, m.*, c.minutes, c.target_s, true as needs_due
    from advice_special as m
    join candidates as c
        on c.customer is not distinct from m.customer and c.metric = m.metric
        and c.priority is not distinct from m.priority and c.target_s = m.elapsed_s
)
select * from final
