-- Row rules for survey responses: CSAT is scored 1-5 (or good/bad), NPS 0-10.
with source as (select * from typed),
scored as (
    select *, try_cast(score as double) as score_value,
           coalesce(lower(kind), case when (select max(try_cast(score as double)) from typed) > 5
                                      then 'nps' else 'csat' end) as kind_value
    from source
),
failures as (
    select line, 'submitted_at' as field, 'missing submitted date/time' as reason
    from scored where submitted_at is null and not submitted_at__unparsed
    union all
    select line, 'score', 'missing score'
    from scored where score is null and not score__unparsed
    union all
    select line, 'kind', 'unknown survey kind (expected csat or nps)'
    from scored where kind_value not in ('csat', 'nps')
    union all
    select line, 'score', 'CSAT score out of range 1-5'
    from scored where kind_value = 'csat' and score_value not between 1 and 5
    union all
    select line, 'score', 'NPS score out of range 0-10'
    from scored where kind_value = 'nps' and (score_value not between 0 and 10 or score in ('good', 'bad'))
    union all
    select line, 'submitted_at', 'dated after the import (submitted more than a day later than now)'
    from scored where submitted_at > $latest and submitted_at < timestamp '2100-01-01'  -- later years: out of range already
),
final as (select * from failures)
select * from final
