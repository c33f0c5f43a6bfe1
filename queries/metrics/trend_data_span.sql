-- The first and the last month (YYYY-MM, cut in the report time zone $tz) that hold tickets, checks or survey
-- answers: the range the KPI trends page offers. Read from the stored rows (every imported version).
with moments as (
    select min(created_at) as first_at, max(created_at) as last_at from tickets
    union all select min(checked_at), max(checked_at) from checks
    union all select min(submitted_at), max(submitted_at) from feedback
),
final as (
    select strftime(timezone($tz, min(first_at)::timestamptz), '%Y-%m') as first_month,
           strftime(timezone($tz, max(last_at)::timestamptz), '%Y-%m') as last_month
    from moments
)
select * from final
