-- One customer's answered survey responses submitted in [$period_start, $period_end), oldest first.
with answers as (  -- only the customer's responses of the period are ranked for their current version
    select submitted_at, kind, score, scale_max, ticket_id, comment
    from current_feedback_between($period_start, $period_end, $customer)
    where customer = $customer and score is not null
      and submitted_at >= $period_start and submitted_at < $period_end
),
final as (select * from answers)
select * from final order by submitted_at, kind
