-- The business hours a ticket clock ran through: the segments of its calendar ($calendar) between $start and $end
-- (UTC), cut at both ends, so the Breaches page can draw them under the clock.
with segments as (select * from calendar_segments where calendar = $calendar),
final as (
    select greatest(seg_start, $start::timestamp) as seg_start, least(seg_end, $end::timestamp) as seg_end
    from segments
    where seg_end > $start::timestamp and seg_start < $end::timestamp
)
select * from final order by seg_start
