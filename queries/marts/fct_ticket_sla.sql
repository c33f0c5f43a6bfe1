-- The SLA clock of every ticket metric: business time used, the due moment (target used up) and the
-- at-risk moment (75 % used). Met/breached/open follow from comparing these with the stop and the as-of moment.
with metrics as (select rowid as clock_id, * from ticket_metric),  -- the row id: unique, and free
clocks as (select * from clock_out),
due as (select clock_id // 2 as clock_id, elapsed_s, due_at from clocks where clock_id % 2 = 0),
risk as (select clock_id // 2 as clock_id, due_at as risk_at from clocks where clock_id % 2 = 1),
final as (
    select
        m.* exclude (clock_id),
        case when m.stop_at is not null then d.elapsed_s end as elapsed_s,
        d.due_at,
        r.risk_at
    from metrics as m
    join due as d using (clock_id)
    left join risk as r using (clock_id)
)
select * from final
