-- The SLA clock of every ticket metric (temp table ticket_metric): business time used, the due moment (target used
-- up) and the at-risk moment (75 % used). Met/breached/open follow from comparing these with the stop and the
-- as-of moment. For the readers, who filter and bucket on stored columns rather than on expressions:
-- settles_at, the moment the metric is decided unless it stops first (the stop when met or without a target, else
-- the due moment: a running clock is breached there), its local day settles_on (report time zone), and whether an exclusion
-- is in force (it applies only to a breach).
with metrics as (select rowid as clock_id, * from ticket_metric),  -- the row id: unique, and free
clocks as (select * from clock_out),
due as (select clock_id // 2 as clock_id, elapsed_s, due_at from clocks where clock_id % 2 = 0),
risk as (select clock_id // 2 as clock_id, due_at as risk_at from clocks where clock_id % 2 = 1),
excluded as (select source, ticket_id, metric from stg_exclusions),
joined as (
    select
        m.* exclude (clock_id),
        case when m.stop_at is not null then d.elapsed_s end as elapsed_s,
        d.due_at,
        r.risk_at,
        case when d.due_at is null or m.stop_at <= d.due_at then m.stop_at else d.due_at end as settles_at,
        x.ticket_id is not null as excluded
    from metrics as m
    join due as d using (clock_id)
    left join risk as r using (clock_id)
    left join excluded as x on x.source = m.source and x.ticket_id = m.ticket_id and x.metric = m.metric
),
final as (select *, local_day(settles_at) as settles_on from joined)
select * from final
