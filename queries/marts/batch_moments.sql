-- The moments an import of monitoring data (checks, outages, maintenance) covers, from the first to the last;
-- an outage still open reaches until now (last_at null). Nothing for a tickets or feedback import.
with covered as (
    select min(checked_at) as first_at, max(checked_at) as last_at from checks where batch_id = $batch_id
    union all
    select min(started_at), if(count(*) > count(ended_at), null, max(ended_at)) from outages where batch_id = $batch_id
    union all
    select min(starts_at), max(ends_at) from maintenance where batch_id = $batch_id
),
final as (select * from covered where first_at is not null)
select * from final
