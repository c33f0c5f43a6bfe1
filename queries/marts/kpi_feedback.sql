-- CSAT and NPS per customer for the period, by submission time. CSAT = share of answered responses scoring
-- 4-5 on 1-5 (good on good/bad); NPS = % 9-10 minus % 0-6. Unanswered (offered) surveys don't count.
-- stg_feedback's rule (the latest import of a response wins), for one customer ranked only over the responses
-- that ever named it: the window over every response cost more than the rest of the query.
with current_feedback as (
    select * from feedback
    where $customer is null or response_id in (select response_id from feedback where customer = $customer)
    qualify row_number() over (partition by response_id order by batch_id desc) = 1
),
answers as (
    select * from current_feedback
    where submitted_at >= $period_start and submitted_at < $period_end and score is not null
      and ($customer is null or customer = $customer)
),
csat as (
    select customer, 'csat' as metric, count(*) as responses,
           round(100.0 * count(*) filter (where (scale_max = 1 and score = 1) or (scale_max = 5 and score >= 4))
                 / count(*), 2) as csat_pct,
           round(avg(score) filter (where scale_max = 5), 2) as mean_score,
           null::double as nps
    from answers where kind = 'csat' group by customer
),
nps as (
    select customer, 'nps', count(*), null, null,
           round(100.0 * (count(*) filter (where score >= 9) - count(*) filter (where score <= 6)) / count(*), 2)
    from answers where kind = 'nps' group by customer
),
final as (select * from csat union all select * from nps)
select * from final order by customer, metric
