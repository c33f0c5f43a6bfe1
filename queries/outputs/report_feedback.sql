-- The answered survey responses submitted in [$period_start, $period_end) of one customer ($customer; null: every
-- customer, for the workbooks of all clients at once), oldest first.
with answers as (  -- only the period's (and customer's) responses are ranked for their current version
    select customer, submitted_at, kind, score, scale_max, ticket_id, comment
    from current_feedback_between($period_start, $period_end, $customer)
    where ($customer is null or customer = $customer) and score is not null
      and submitted_at >= $period_start and submitted_at < $period_end
),
final as (select * from answers)
select * from final order by submitted_at, kind
