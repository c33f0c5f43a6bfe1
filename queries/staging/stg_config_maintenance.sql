-- Maintenance windows listed in the configuration in force.
with source as (select * from cfg_maintenance),
final as (select * exclude (version) from source where version = (select max(version) from config_versions))
select * from final
