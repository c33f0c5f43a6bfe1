-- What we promise: the policies in force on $on (the window's last day) that apply to $customers (a list; empty =
-- all: '*' rows and every customer's own rows), per metric and priority (tickets) or service (availability), with
-- the range of targets and how many customers have their own row.
with policies as (
    select * from stg_policies
    where (effective_from is null or effective_from <= $on) and (effective_to is null or $on <= effective_to)
      and metric in ('first_response', 'resolution', 'availability')
      and (customer = '*' or len($customers::varchar[]) = 0 or list_contains($customers::varchar[], customer))
),
final as (
    select
        metric,
        case when metric = 'availability' then service else priority end as scope,
        min(target_minutes) as target_min_minutes,
        max(target_minutes) as target_max_minutes,
        min(target_pct) as target_min_pct,
        max(target_pct) as target_max_pct,
        min(calendar) as calendar_min,  -- the clock the targets are measured on (the same one, or several)
        max(calendar) as calendar_max,
        count(distinct customer) filter (where customer <> '*') as own_rows
    from policies
    group by all
)
select * from final order by metric, target_min_minutes nulls last, scope
