-- Whether the configuration in force ($version) holds other calendars or maintenance windows than the version the
-- monthly monitoring marts were built with ($built_version): then every month is computed again.
with calendars_now as (select * exclude (version) from cfg_calendars where version = $version),
calendars_built as (select * exclude (version) from cfg_calendars where version = $built_version),
maintenance_now as (select * exclude (version) from cfg_maintenance where version = $version),
maintenance_built as (select * exclude (version) from cfg_maintenance where version = $built_version),
differing as (
    select count(*) as n from (select * from calendars_now except select * from calendars_built)
    union all select count(*) from (select * from calendars_built except select * from calendars_now)
    union all select count(*) from (select * from maintenance_now except select * from maintenance_built)
    union all select count(*) from (select * from maintenance_built except select * from maintenance_now)
),
final as (select sum(n) > 0 as reconfigured from differing)
select * from final
