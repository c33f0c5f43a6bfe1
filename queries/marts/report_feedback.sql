-- One customer's answered survey responses submitted in [$period_start, $period_end), oldest first.
-- stg_feedback's rule (the latest import of a response wins), for one customer ranked only over the responses
-- that ever named it: the window over every response cost more than the rest of the query.
with current_feedback as (
    select * from feedback
    where response_id in (select response_id from feedback where customer = $customer)
    qualify row_number() over (partition by response_id order by batch_id desc) = 1
),
answers as (
    select submitted_at, kind, score, scale_max, ticket_id, comment from current_feedback
    where customer = $customer and score is not null
      and submitted_at >= $period_start and submitted_at < $period_end
),
final as (select * from answers)
select * from final order by submitted_at, kind
