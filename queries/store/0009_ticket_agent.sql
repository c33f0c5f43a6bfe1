-- The agent a ticket is assigned to (Zendesk and Jira "Assignee", Freshdesk "Agent", ServiceNow "Assigned to"),
-- beside its team, so the dashboard can split breaches and compliance by either.
alter table tickets add column if not exists agent varchar;
