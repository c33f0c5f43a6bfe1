-- Row rules for tickets: a row that breaks one is rejected with its reason (file, line, column, reason;
-- sla.imports.ingest adds the cell's text).
with source as (select * from typed),
failures as (
    select line, 'ticket_id' as field, 'missing ticket id' as reason
    from source where ticket_id is null
    union all
    select line, 'created_at', 'missing created date/time'
    from source where created_at is null and not created_at__unparsed
    union all
    -- one reason per row: a resolution before the first response is reported as such, also when the
    -- export's created time is the first response (Kaggle)
    select line, 'resolved_at', 'resolved before created'
    from source where resolved_at < created_at and not coalesce(resolved_at < first_response_at, false)
    union all
    select line, 'first_response_at', 'first response before created'
    from source where first_response_at < created_at
    union all
    select line, 'resolved_at', 'resolved before first response'
    from source where resolved_at < first_response_at
    union all
    select line, 'closed_at', 'closed before created'
    from source where closed_at < created_at
    union all
    select line, if(first_response_minutes is null, 'first_response_hours', 'first_response_minutes'),
           'negative first response time'
    from source where first_response_minutes < 0 or first_response_hours < 0
    union all
    select line, if(first_response_minutes is null, 'first_response_hours', 'first_response_minutes'),
           'first response time out of range (over 10 years)'
    from source where first_response_minutes > 10 * 525600 or first_response_hours > 10 * 8760
    union all
    select line, if(resolution_minutes is null, 'resolution_hours', 'resolution_minutes'), 'negative resolution time'
    from source where resolution_minutes < 0 or resolution_hours < 0
    union all
    select line, if(resolution_minutes is null, 'resolution_hours', 'resolution_minutes'),
           'resolution time out of range (over 10 years)'
    from source where resolution_minutes > 10 * 525600 or resolution_hours > 10 * 8760
    union all
    select line, 'satisfaction', 'satisfaction score out of range 1-5'
    from source where try_cast(satisfaction as double) not between 1 and 5
    union all
    select line, 'created_at', 'dated after the import (created more than a day later than now)'
    from source where created_at > $latest and created_at < timestamp '2100-01-01'  -- later years: out of range already
),
final as (select * from failures)
select * from final
