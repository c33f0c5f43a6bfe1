-- CSAT and NPS per customer for the period, by submission time. CSAT = share of answered responses scoring
-- 4-5 on 1-5 (good on good/bad); NPS = % 9-10 minus % 0-6. Unanswered (offered) surveys don't count.
with answers as (  -- only the responses of the period are ranked for their current version
    select * from current_feedback_between($period_start, $period_end, $customer)
    where submitted_at >= $period_start and submitted_at < $period_end and score is not null
      and ($customer is null or customer = $customer)
),
csat as (
    select customer, 'csat' as metric, count(*) as responses,
           100.0 * count(*) filter (where (scale_max = 1 and score = 1) or (scale_max = 5 and score >= 4))
                 / count(*) as csat_pct,
           round(avg(score) filter (where scale_max = 5), 2) as mean_score,
           null::double as nps
    from answers where kind = 'csat' group by customer
),
nps as (
    select customer, 'nps', count(*), null, null,
           100.0 * (count(*) filter (where score >= 9) - count(*) filter (where score <= 6)) / count(*)
    from answers where kind = 'nps' group by customer
),
final as (select * from csat union all select * from nps)
select * from final order by customer, metric
