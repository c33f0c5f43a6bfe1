-- Survey comments submitted in the period, newest first, for $customers (a list; empty = all), containing $q
-- (case-insensitive; '' = every comment). Submission moments in the report time zone ($tz).
with comments as (
    select *
    from stg_feedback
    where submitted_at >= $period_start and submitted_at < $period_end
      and comment is not null and trim(comment) <> ''
      and (len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
      and ($q = '' or contains(lower(comment), lower($q)))
),
final as (
    select
        timezone($tz, submitted_at::timestamptz) as submitted_at,
        customer,
        kind,
        score,
        scale_max,
        comment
    from comments
)
select * from final order by submitted_at desc, customer
