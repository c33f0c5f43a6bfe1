-- The configuration sheet `links`: per ticket source (zendesk, jira, freshdesk, servicenow, csv, ...) the URL of a
-- ticket in that helpdesk, {ticket_id} filled in, and whether client workbooks may show those links.
create table if not exists cfg_links (
    version integer not null, source varchar not null, ticket_url varchar not null, client_reports boolean not null
);
