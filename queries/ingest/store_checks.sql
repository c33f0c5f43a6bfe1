-- A sample without a status column counts as up: a measurement arrived.
insert into checks by name
select $batch_id as batch_id, coalesce($service, service) as service, checked_at,
       coalesce(status, true) as is_up, response_time_ms, volume, unit as volume_unit
from typed_ok
