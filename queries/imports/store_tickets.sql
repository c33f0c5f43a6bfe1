insert into tickets by name
select $batch_id as batch_id, * exclude (satisfaction, satisfaction_comment, satisfaction_at) from ticket_rows
