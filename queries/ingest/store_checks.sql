-- A sample without a status column counts as up: a measurement arrived.
-- When clocks go back, a local hour happens twice and an export lists both; the parser gives both copies one
-- of the two instants, so repeated copies are spread over both in file order: the first copy is the summer-time
-- one. A single copy (or times with an explicit offset) stays as parsed.
-- Time zone look-ups are slow, and all monitors share their check times: each distinct time is looked up once,
-- and only the few in a repeated hour are joined back to the samples.
insert into checks by name
with instants as (
    select * from (
        select checked_at,
               case when timezone($tz, (checked_at - interval 1 hour)::timestamptz)
                         = timezone($tz, checked_at::timestamptz) then 'later'
                    when timezone($tz, (checked_at + interval 1 hour)::timestamptz)
                         = timezone($tz, checked_at::timestamptz) then 'earlier'
               end as repeated_hour  -- which of the two instants the parser chose
        from (select distinct checked_at from typed where checked_at is not null)
    )
    where repeated_hour is not null
),
samples as (
    select t.*, coalesce($service, t.service) as monitor, i.repeated_hour
    from typed_ok as t
    left join instants as i on i.checked_at = t.checked_at
),
spread as (
    select * exclude (checked_at),
           checked_at + case
               when repeated_hour = 'later' and copies > 1 and copy = 1 then interval '-1 hour'
               when repeated_hour = 'earlier' and copy > 1 then interval 1 hour
               else interval 0 hour end as checked_at
    from (select *, row_number() over (partition by monitor, checked_at order by line) as copy,
                 count(*) over (partition by monitor, checked_at) as copies
          from samples where repeated_hour is not null)
),
final as (
    select * from samples where repeated_hour is null
    union all by name
    select * exclude (copy, copies) from spread
)
select $batch_id as batch_id, monitor as service, checked_at,
       coalesce(status, true) as is_up, response_time_ms, volume, unit as volume_unit
from final
