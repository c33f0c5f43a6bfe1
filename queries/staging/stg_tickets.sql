-- The current state of every ticket (the rule: queries/staging/current_versions.sql).
select * from current_tickets(null)
