-- The users of the configuration in force (the latest imported version).
with source as (select * from cfg_users),
final as (select * exclude (version) from source where version = (select max(version) from config_versions))
select * from final
