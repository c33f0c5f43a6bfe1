-- Whether the ticket marts (fct_ticket_sla) must be rebuilt before they are read. Imports, undo and configuration
-- changes only mark them stale, so a run of uploads pays for one rebuild; the first reader rebuilds them
-- (sla.marts.refresh). A store from before this migration rebuilds once.
create table marts_state (stale boolean not null);
insert into marts_state values (true);
