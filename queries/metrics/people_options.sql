-- The teams, agents and channels the stored tickets name, for the Breaches page's filters (one row per kind and
-- value, sorted).
with tickets as (select team, agent, channel from stg_tickets),
final as (
    select distinct 'team' as kind, team as value from tickets where team is not null
    union all select distinct 'agent', agent from tickets where agent is not null
    union all select distinct 'channel', channel from tickets where channel is not null
)
select * from final order by kind, value
