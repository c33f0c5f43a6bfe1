-- The ticket policies of the configuration in force, by row: what each breach's clock was measured against.
with policies as (select * from stg_policies where metric in ('first_response', 'resolution')),
final as (
    select
        policy_row,
        customer as policy_customer,
        service as policy_service,
        priority as policy_priority,
        metric as policy_metric,
        target_pct as policy_target_pct,
        effective_from as policy_from,
        effective_to as policy_to
    from policies
)
select * from final
