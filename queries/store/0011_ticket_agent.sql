-- The agent a ticket is assigned to (Zendesk and Jira "Assignee", Freshdesk "Agent", ServiceNow "Assigned to"),
-- beside its team, so the dashboard can split breaches and compliance by either.
alter table tickets add column if not exists agent varchar;
-- the SLA clocks carry the agent too: rebuild them all on the next read (a basis unknown is a full rebuild)
update marts_state set changes = changes + 1, report_timezone = null;
