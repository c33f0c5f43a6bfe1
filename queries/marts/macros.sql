-- Helpers for a marts refresh, created on its connection after queries/marts/utc_days.sql.

-- The local day (in the time zone of utc_days) of a UTC moment: the day's offset, else a look-up of the moment
create or replace temp macro local_day(ts) as
    coalesce((ts + (select shifts from utc_days)[
                       case when ts >= (select first_day from utc_days)
                            then (epoch_us(ts) - epoch_us((select first_day from utc_days))) // 86400000000 + 1
                       end])::date,
             timezone((select tz from utc_days), ts::timestamptz)::date);
