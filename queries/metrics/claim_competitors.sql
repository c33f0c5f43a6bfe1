-- The competitors' promises the user entered (the latest entry per competitor and metric), by name and metric.
with source as (select * from competitor_promises),
latest as (
    select * from source
    qualify row_number() over (partition by name, metric order by entered_at desc) = 1
),
final as (select name, metric, promised_value, unit, entered_at from latest)
select * from final order by name, metric
