-- Business-time clocks on calendar_segments (written by sla.contract.calendars.write_segments), one row per clock_id
-- of clock_input(clock_id, calendar, start_at, stop_at, target_s, paused_s); a running clock stops at $as_of.
-- F(t) = business time of the calendar before t = cum_before_s of the last segment starting at or before t
-- plus the part of that segment already passed. elapsed = F(stop) - F(start) - paused, never below 0;
-- due = the inverse of F at F(start) + target + paused. No per-clock iteration: F is two hash joins on the
-- UTC day (an ASOF join does the same but measured 2-3x slower on 1M clocks), the inverse one hash join on
-- the hour of business time (an ASOF join there sorts all clocks, 1.3x the CPU on 4M clocks, and DuckDB turns
-- it into a nested loop over clocks x segments when it misjudges the row count: 50k tickets took 6 s).
-- Microseconds keep sub-second timestamps exact. A moment outside a calendar's generated segments (before
-- the first start, after the last end) or an unknown calendar gives null rather than a wrong number.
with segments as (
    select
        calendar,
        seg_start,
        cum_before_s * 1000000 as cum_before_us,
        epoch_us(seg_end) - epoch_us(seg_start) as seg_us,
        -- a segment owns the moments from its start up to the next segment's start (the last: to its end)
        coalesce(
            lead(seg_start) over (partition by calendar order by seg_start),
            seg_end + interval 1 microsecond
        ) as owned_until
    from calendar_segments
),

owners_by_day as (
    select
        *,
        unnest(generate_series(
            date_trunc('day', seg_start),
            date_trunc('day', owned_until - interval 1 microsecond),
            interval 1 day
        )) as utc_day
    from segments
),

-- the inverse of F: a segment owns the business moments after its cum_before up to the next segment's (the
-- last: up to its end), listed under every hour of business time (F in hours) that they touch
owners_by_f_hour as (
    select
        *,
        unnest(generate_series(cum_before_us // 3600000000, (owned_until_us - 1) // 3600000000)) as f_hour
    from (
        select
            calendar, seg_start, cum_before_us, seg_us,
            coalesce(
                lead(cum_before_us) over (partition by calendar order by cum_before_us, seg_start),
                cum_before_us + seg_us
            ) as owned_until_us
        from segments
    )
),

clocks as (
    select
        clock_id,
        calendar,
        start_at,
        coalesce(stop_at, $as_of::timestamp) as end_at,
        target_s,
        coalesce(paused_s, 0) as paused_s
    from clock_input
),

at_start as (
    select
        c.*,
        s.cum_before_us + least(epoch_us(c.start_at) - epoch_us(s.seg_start), s.seg_us) as f_start_us
    from clocks as c
    left join owners_by_day as s
        on c.calendar = s.calendar
        and date_trunc('day', c.start_at) = s.utc_day
        and c.start_at >= s.seg_start
        and c.start_at < s.owned_until
),

at_end as (
    select
        c.*,
        s.cum_before_us + least(epoch_us(c.end_at) - epoch_us(s.seg_start), s.seg_us) as f_end_us,
        c.f_start_us + (c.target_s + c.paused_s) * 1000000 as due_f_us
    from at_start as c
    left join owners_by_day as s
        on c.calendar = s.calendar
        and date_trunc('day', c.end_at) = s.utc_day
        and c.end_at >= s.seg_start
        and c.end_at < s.owned_until
),

-- strictly greater: a due exactly at a segment's end belongs to that segment, not to the next one's start
due as (
    select
        c.*,
        case
            when c.due_f_us = c.f_start_us then c.start_at
            when c.due_f_us > c.f_start_us and c.due_f_us - s.cum_before_us <= s.seg_us
                then s.seg_start + to_microseconds(c.due_f_us - s.cum_before_us)
        end as due_at
    from at_end as c
    left join owners_by_f_hour as s
        on c.calendar = s.calendar
        and (c.due_f_us - 1) // 3600000000 = s.f_hour
        and c.due_f_us > s.cum_before_us
        and c.due_f_us <= s.owned_until_us
),

final as (
    select
        clock_id,
        -- not greatest() alone: it skips a null and would turn an unknown clock into 0
        case when f_start_us is not null and f_end_us is not null
            then greatest((f_end_us - f_start_us) // 1000000 - paused_s, 0)
        end as elapsed_s,
        due_at
    from due
)

select * from final
