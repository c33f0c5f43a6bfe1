-- Parsing helpers for one import, created on the import's connection. Each returns null when it cannot parse;
-- the importer reports a non-empty cell that came back null as a reject.
-- cells arrive trimmed (sla.imports.readers): returning trim(v) here once made DuckDB's strptime crash
-- (the length tests only spare the look-ups: most cells are neither that short nor date-long)
create or replace temp macro is_placeholder(v) as
    case when strlen(v) <= 4 then lower(v) in ('', '?', '-', '--', 'n/a', 'na', '#n/a', 'null', 'none', 'nan')
         when strlen(v) between 10 and 19
              then v in ('1900-01-01', '1900-01-01 00:00', '1900-01-01 00:00:00', '0000-00-00 00:00:00',
                         '0001-01-01', '0001-01-01 00:00:00', '9999-12-31', '9999-12-31 00:00:00',
                         '9999-12-31 23:59:59')
         else false end;
create or replace temp macro clean(v) as case when is_placeholder(v) then null else v end;

-- clean() for values DuckDB's reader already parsed: the placeholders that are valid moments or numbers
create or replace temp macro clean_moment(ts) as
    case when ts in (timestamp '1900-01-01', timestamp '0001-01-01', timestamp '9999-12-31',
                     timestamp '9999-12-31 23:59:59') then null else ts end;
create or replace temp macro clean_number(x) as case when isnan(x) then null else x end;

create or replace temp macro number_point(v) as
    try_cast(replace(replace(replace(v, ',', ''), ' ', ''), '%', '') as double);

-- Decimal comma: dots are thousands separators only where they group by three (1.234,5), so a number cell
-- read from a workbook (4.5) in the same column as typed text (4,5) keeps its value
create or replace temp macro number_comma(v) as
    try_cast(case when regexp_matches(replace(v, ' ', ''), '^[-+]?\d{1,3}(\.\d{3})+(,\d*)?%?$')
                  then replace(replace(replace(replace(v, '.', ''), ',', '.'), ' ', ''), '%', '')
                  else replace(replace(replace(v, ',', '.'), ' ', ''), '%', '') end as double);

-- A local time in the import's time zone tz to UTC: the day's offset from tz_days (queries/imports/tz_days.sql),
-- else a look-up of the moment itself
create or replace temp macro local_to_utc(ts, tz) as
    coalesce(ts + (select shifts from tz_days)[
                      case when ts >= timestamp '1990-01-01'
                           then (epoch_us(ts) - epoch_us(timestamp '1990-01-01')) // 86400000000 + 1 end],
             timezone(tz, ts)::timestamp);

-- ISO 8601; an explicit offset (Z, +02:00) wins over the export's time zone
create or replace temp macro iso_to_utc(v, tz) as
    case when regexp_matches(v, '\d:\d\d(:\d\d(\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)$')
         then try_cast(v as timestamptz)::timestamp
         else local_to_utc(try_cast(v as timestamp), tz) end;

-- Excel serial day numbers (1954..2119), as left behind when a date cell lost its format; Excel keeps
-- milliseconds at most, so the binary fraction is rounded to them (45657.9652777778 is 23:10:00, not 23:10:00.000002)
create or replace temp macro excel_to_utc(v, tz) as
    case when try_cast(v as double) between 20000 and 80000
         then local_to_utc(timestamp '1899-12-30'
                           + to_milliseconds(cast(round(try_cast(v as double) * 86400000) as bigint)), tz) end;

-- The source system's own SLA verdict: words, booleans, or Jira's remaining time (negative = breached)
create or replace temp macro verdict(v) as
    case when lower(v) in ('true', 't', '1', 'yes', 'y', 'ja', 'met', 'achieved', 'within sla', 'ok') then true
         when lower(v) in ('false', 'f', '0', 'no', 'n', 'nee', 'breached', 'missed', 'sla violated',
                           'violated', 'not met') then false
         when regexp_matches(v, '^-\s*\d+:\d\d(:\d\d)?$') then false
         when regexp_matches(v, '^\+?\s*\d+:\d\d(:\d\d)?$') then true end;

-- Monitor status: words, booleans or HTTP status codes
create or replace temp macro up_status(v) as
    case when v = 'up' then true when v = 'down' then false  -- the usual spellings first: millions of checks
         when lower(v) in ('up', 'ok', 'true', '1', 'yes', 'success', 'successful', 'pass', 'passed', 'online',
                           'operational', 'healthy') then true
         when lower(v) in ('down', 'fail', 'failed', 'failure', 'false', '0', 'no', 'error', 'timeout', 'offline',
                           'critical', 'unhealthy') then false
         when try_cast(v as integer) between 200 and 399 then true
         when try_cast(v as integer) between 400 and 599 then false end;

-- Satisfaction: a score, Zendesk's good/bad, or "offered" (survey sent, not answered)
create or replace temp macro satisfaction(v) as
    case when lower(v) in ('good', 'bad', 'offered') then lower(v)
         when number_comma(v) is not null and v like '%,%' then number_comma(v)::varchar
         when number_point(v) is not null then number_point(v)::varchar end;
