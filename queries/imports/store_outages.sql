-- Outage logs list state changes; the down events are the outages (UptimeRobot: Event = Down + duration).
insert into outages by name
with events as (
    select * from typed_ok where event is null or lower(event) like 'down%'
),
final as (
    select $batch_id as batch_id, coalesce($service, service) as service, started_at,
           coalesce(ended_at,
                    started_at + to_microseconds(cast(round(duration_minutes * 60e6) as bigint))) as ended_at,
           reason
    from events
)
select * from final
