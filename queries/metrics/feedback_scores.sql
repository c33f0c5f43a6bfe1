-- Answered survey responses per score in the period, for $customers (a list; empty = all). Every score of a
-- scale that has answers is listed (zero included): CSAT 1-5 (4-5 count as satisfied), CSAT good/bad
-- (scale_max 1: 1 = good, 0 = bad), NPS 0-10 with its band (detractor 0-6, passive 7-8, promoter 9-10).
with answers as (
    select kind, scale_max, score
    from stg_feedback
    where submitted_at >= $period_start and submitted_at < $period_end and score is not null
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
),
grid as (
    select 'csat' as kind, 5.0 as scale_max, range::double as score from range(1, 6)
    union all select 'csat', 1.0, range::double from range(0, 2)
    union all select 'nps', 10.0, range::double from range(0, 11)
),
counted as (
    select g.kind, g.scale_max, g.score, count(a.score) as responses
    from grid as g
    left join answers as a on a.kind = g.kind and a.scale_max = g.scale_max and a.score = g.score
    group by all
),
final as (
    select
        kind, scale_max, score::integer as score,
        case
            when kind = 'nps' then case when score <= 6 then 'detractor' when score <= 8 then 'passive'
                                        else 'promoter' end
            when (scale_max = 1 and score = 1) or (scale_max = 5 and score >= 4) then 'satisfied'
            else 'dissatisfied'
        end as band,
        responses
    from counted
    qualify sum(responses) over (partition by kind, scale_max) > 0
)
select * from final order by kind, scale_max desc, score
