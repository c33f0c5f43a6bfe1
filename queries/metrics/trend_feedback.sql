-- CSAT and NPS per week or month of submission ($grain, cut in $tz), with response counts.
with answers as (  -- for one customer only its responses are ranked for their current version
    select *, date_trunc($grain, timezone($tz, submitted_at::timestamptz))::date as bucket
    from current_feedback($customer)
    where submitted_at >= $period_start and submitted_at < $period_end and score is not null
      and ($customer is null or customer = $customer)
),
final as (
    select bucket, kind as metric, count(*) as responses,
           case when kind = 'csat' then 100.0 * count(*) filter (
               where (scale_max = 1 and score = 1) or (scale_max = 5 and score >= 4)) / count(*) end as csat_pct,
           case when kind = 'nps' then 100.0 * (count(*) filter (where score >= 9)
                                               - count(*) filter (where score <= 6)) / count(*) end as nps,
           case when kind = 'csat' then round(avg(score) filter (where scale_max = 5), 2) end as mean_score
    from answers
    group by bucket, kind
)
select * from final order by bucket, metric
