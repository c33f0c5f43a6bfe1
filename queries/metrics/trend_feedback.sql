-- CSAT and NPS per week or month of submission ($grain, cut in $tz), with response counts; per customer too when
-- $by_customer (else its customer is null).
with period_answers as (  -- only the responses of the period are ranked for their current version
    select *, time_bucket(interval 15 minute, submitted_at) as quarter
    from current_feedback_between($period_start, $period_end, $customer)
    where submitted_at >= $period_start and submitted_at < $period_end and score is not null
      and ($customer is null or customer = $customer)
),
-- the local bucket once per UTC quarter hour, not per answer (a time zone look-up is slow); exact, since every
-- time zone's midnights and clock changes fall on a quarter hour
quarters as (
    select quarter, date_trunc($grain, timezone($tz, quarter::timestamptz))::date as bucket
    from (select distinct quarter from period_answers)
),
answers as (
    select a.* replace (case when $by_customer then a.customer end as customer), q.bucket
    from period_answers as a join quarters as q using (quarter)
),
final as (
    select bucket, kind as metric, customer, count(*) as responses,
           case when kind = 'csat' then 100.0 * count(*) filter (
               where (scale_max = 1 and score = 1) or (scale_max = 5 and score >= 4)) / count(*) end as csat_pct,
           case when kind = 'nps' then 100.0 * (count(*) filter (where score >= 9)
                                               - count(*) filter (where score <= 6)) / count(*) end as nps,
           case when kind = 'csat' then round(avg(score) filter (where scale_max = 5), 2) end as mean_score
    from answers
    group by bucket, kind, customer
)
select * from final order by bucket, metric, customer
