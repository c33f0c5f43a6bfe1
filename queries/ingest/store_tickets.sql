insert into tickets by name
select * exclude (satisfaction, satisfaction_comment, satisfaction_at) from ticket_rows
