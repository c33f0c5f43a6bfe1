-- The UTC offset of every local day from 1990 to 2099 in the import's time zone, for local_to_utc
-- (queries/imports/macros.sql): a time zone look-up per value is slow and does not run in parallel. A day on which
-- the offset changes (clocks go forward or back) has no entry: its moments are looked up one by one.
create or replace temp table tz_days as
with days as (
    select d, timezone($tz, d)::timestamp - d as at_start,
           timezone($tz, d + interval '1 day' - interval '1 microsecond')::timestamp
               - (d + interval '1 day' - interval '1 microsecond') as at_end
    from range(timestamp '1990-01-01', timestamp '2100-01-01', interval 1 day) as r(d)
),
final as (select list(if(at_start = at_end, at_start, null) order by d) as shifts from days)
select * from final
