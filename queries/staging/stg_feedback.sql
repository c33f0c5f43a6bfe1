-- One answer per survey response (the rule: queries/staging/current_versions.sql).
select * from current_feedback(null)
