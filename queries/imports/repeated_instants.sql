-- The check times (UTC, as parsed) that lie in a local hour that happens twice, when clocks go back; which of its
-- two instants the parser chose. Time zone look-ups are slow, and all monitors share their check times: each
-- distinct time near a change of the UTC offset (a day without an entry in tz_days) is looked up once; in a
-- statement of its own, so the look-up cannot be pushed below the distinct.
create or replace temp table repeated_instants as
with change_days as (
    select date '1990-01-01' + (i - 1)::integer + shift as day
    from (select generate_subscripts(shifts, 1) as i, shifts from tz_days), (values (-1), (0), (1)) as near(shift)
    where shifts[i] is null
),
times as (
    select distinct checked_at from typed
    where checked_at is not null and checked_at::date in (select day from change_days)
),
looked_up as (
    select checked_at,
           case when timezone($tz, (checked_at - interval 1 hour)::timestamptz)
                     = timezone($tz, checked_at::timestamptz) then 'later'
                when timezone($tz, (checked_at + interval 1 hour)::timestamptz)
                     = timezone($tz, checked_at::timestamptz) then 'earlier'
           end as repeated_hour
    from times
)
select * from looked_up where repeated_hour is not null
