-- The calendars whose definition (time zone, hours, holidays, closed dates) differs between the configuration
-- version the marts were built with ($built_version) and the one in force ($version), or that only one of them has.
with now_ as (select * exclude (version) from cfg_calendars where version = $version),
built as (select * exclude (version) from cfg_calendars where version = $built_version),
final as (
    select calendar from (select * from now_ except select * from built)
    union
    select calendar from (select * from built except select * from now_)
)
select * from final
