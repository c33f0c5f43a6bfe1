insert into maintenance by name
select $batch_id as batch_id, coalesce($service, service) as service, starts_at, ends_at, note
from typed_ok
