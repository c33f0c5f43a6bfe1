-- The tickets a what-if replay recomputes (sla.metrics.whatif): every ticket ($all), or those a draft changes
-- (temp table touched: queries/marts/policy_changes.sql); of them only the ones that can be decided in
-- [$period_start, $period_end) under any contract (created before its end, with a metric not stopped before its
-- start: a met metric is decided when it stops, a breached one at its due moment, before its stop) and, with
-- $customer, that customer's.
with candidates as (
    select distinct source, ticket_id
    from fct_ticket_sla
    where created_at < $period_end and (stop_at is null or stop_at >= $period_start)
      and ($customer is null or customer = $customer)
),
final as (
    select * from candidates where $all
    union all
    select * from candidates semi join touched using (source, ticket_id) where not $all
)
select * from final
