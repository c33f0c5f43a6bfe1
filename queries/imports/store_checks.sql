-- A sample without a status column counts as up: a measurement arrived.
-- When clocks go back, a local hour happens twice and an export lists both; the parser gives both copies one
-- of the two instants, so repeated copies are spread over both in file order: the first copy is the summer-time
-- one. A single copy (or times with an explicit offset) stays as parsed.
-- The few samples in a repeated hour (queries/imports/repeated_instants.sql) take the slower path.
insert into checks by name
with instants as (select * from repeated_instants),
samples as not materialized (  -- read twice below; materialised, it cost a copy of every sample
    select *, coalesce($service, service) as monitor from typed_ok
),
single as (select * from samples anti join instants using (checked_at)),
spread as (
    select * exclude (checked_at, copy, copies, repeated_hour),
           checked_at + case
               when repeated_hour = 'later' and copies > 1 and copy = 1 then interval '-1 hour'
               when repeated_hour = 'earlier' and copy > 1 then interval 1 hour
               else interval 0 hour end as checked_at
    from (select s.*, i.repeated_hour,
                 row_number() over (partition by s.monitor, s.checked_at order by s.line) as copy,
                 count(*) over (partition by s.monitor, s.checked_at) as copies
          from samples as s join instants as i using (checked_at))
),
final as (select * from single union all by name select * from spread)
select $batch_id as batch_id, monitor as service, checked_at,
       coalesce(status, true) as is_up, response_time_ms, volume, unit as volume_unit
from final
