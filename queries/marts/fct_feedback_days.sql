-- Each customer's first and last current survey answer (stg_feedback: the latest import of each response) per UTC
-- day, so the dashboard's filters (queries/metrics/filter_options.sql) need not rank every answer's versions on each
-- read (0.08-0.13 s at 600,000 answers). Rebuilt whole when the batches holding answers change (sla.metrics.marts).
with answers as (select customer, submitted_at from stg_feedback),
final as (
    select customer, date_trunc('day', submitted_at)::date as day, min(submitted_at) as first_at,
           max(submitted_at) as last_at
    from answers
    group by customer, day
)
select * from final
