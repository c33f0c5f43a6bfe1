-- Survey claims over the window [$period_start, $period_end) for $customers (a list; empty = all), by submission
-- time: per kind (csat, nps) the answers, CSAT's good answers (4-5 on 1-5, good on good/bad) and mean score on
-- the 1-5 scale, NPS's promoters (9-10) and detractors (0-6), and the local months ($tz) with answers.
with answers as (
    select *, date_trunc('month', timezone($tz, submitted_at::timestamptz))::date as month
    from stg_feedback
    where submitted_at >= $period_start and submitted_at < $period_end and score is not null
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
),
final as (
    select
        kind,
        count(*) as responses,
        count(*) filter (where (scale_max = 1 and score = 1) or (scale_max = 5 and score >= 4)) as good,
        count(*) filter (where kind = 'csat' and scale_max = 5) as scored,
        avg(score) filter (where kind = 'csat' and scale_max = 5) as mean_score,
        count(*) filter (where kind = 'nps' and score >= 9) as promoters,
        count(*) filter (where kind = 'nps' and score <= 6) as detractors,
        list(distinct month order by month) as months
    from answers
    group by kind
)
select * from final order by kind
