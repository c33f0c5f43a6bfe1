-- Planned maintenance windows that overlap [$period_start, $period_end), for the services in $services (an
-- empty list means all).
with windows as (select * from stg_maintenance),
final as (
    select service, starts_at, ends_at, round(epoch(ends_at - starts_at) / 60, 2) as minutes, note
    from windows
    where starts_at < $period_end and ends_at > $period_start
      and (len($services::varchar[]) = 0 or list_contains($services::varchar[], service))
)
select * from final order by starts_at, service
