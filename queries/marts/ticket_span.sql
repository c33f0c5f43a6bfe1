-- The days the stored tickets span (every imported version, so the answer depends on the stored rows only): the
-- first creation and the last moment anything happened. The calendar segments cover them, with a margin.
select
    min(created_at)::date as first_day,
    greatest(max(created_at), max(first_response_at), max(resolved_at), max(closed_at))::date as last_day
from tickets
