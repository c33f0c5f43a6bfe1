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

-- ISO 8601; an explicit offset (Z, +02:00, and Zendesk's " +0100") wins over the export's time zone
create or replace temp macro iso_to_utc(v, tz) as
    case when regexp_matches(v, '\d:\d\d(:\d\d(\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)$')
         then try_cast(regexp_replace(v, '\s*([+-]\d\d):?(\d\d)$', '\1:\2') as timestamptz)::timestamp
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

-- A duration written as a clock, h:mm or h:mm:ss (hours may pass 24: 751:43:29), in minutes; null otherwise
create or replace temp macro clock_minutes(v) as
    case when regexp_matches(v, '^[-+]?\d+:\d\d(:\d\d(\.\d+)?)?$')
         then if(v like '-%', -1, 1) * (abs(try_cast(split_part(v, ':', 1) as bigint)) * 60
                                        + try_cast(split_part(v, ':', 2) as double)
                                        + coalesce(try_cast(nullif(split_part(v, ':', 3), '') as double), 0) / 60)
    end;

-- A clock of zero (0:00, 00:00:00) in a duration column: the stop has not happened yet
create or replace temp macro no_zero_clock(v) as case when regexp_matches(v, '^[-+]?0+:00(:00)?$') then null else v end;

-- A month written as a word in any of the languages we read (06/abr/26 00:09, 5 févr. 2024), as its number
create or replace temp macro month_as_number(v) as
    coalesce(replace(v, regexp_extract(v, '(\pL+)\.?', 0),
                     map {'jan': '01', 'january': '01', 'ene': '01', 'enero': '01', 'janv': '01', 'janvier': '01',
                          'januar': '01', 'januari': '01', 'jän': '01',
                          'feb': '02', 'february': '02', 'febrero': '02', 'févr': '02', 'fév': '02', 'février': '02',
                          'februar': '02', 'februari': '02',
                          'mar': '03', 'march': '03', 'marzo': '03', 'mars': '03', 'mär': '03', 'märz': '03',
                          'mrt': '03', 'maart': '03',
                          'apr': '04', 'april': '04', 'abr': '04', 'abril': '04', 'avr': '04', 'avril': '04',
                          'may': '05', 'mayo': '05', 'mai': '05', 'mei': '05',
                          'jun': '06', 'june': '06', 'junio': '06', 'juin': '06', 'juni': '06',
                          'jul': '07', 'july': '07', 'julio': '07', 'juil': '07', 'juillet': '07', 'juli': '07',
                          'aug': '08', 'august': '08', 'ago': '08', 'agosto': '08', 'août': '08', 'augustus': '08',
                          'sep': '09', 'sept': '09', 'september': '09', 'septiembre': '09', 'septembre': '09',
                          'set': '09',
                          'oct': '10', 'october': '10', 'octubre': '10', 'octobre': '10', 'okt': '10',
                          'oktober': '10',
                          'nov': '11', 'november': '11', 'noviembre': '11', 'novembre': '11',
                          'dec': '12', 'december': '12', 'dic': '12', 'diciembre': '12', 'déc': '12',
                          'décembre': '12', 'dez': '12', 'dezember': '12'}[lower(regexp_extract(v, '(\pL+)', 1))]),
             v);
