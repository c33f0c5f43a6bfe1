-- Whether the ticket marts (fct_ticket_sla) are current. Imports, undo and configuration changes count a change
-- (in their own transaction); the first reader after them rebuilds the marts (sla.metrics.marts.refresh) and notes which
-- change they reflect. So a run of uploads pays for one rebuild; a store from before this migration rebuilds once.
create table marts_state (changes bigint not null, built bigint not null);
insert into marts_state values (1, 0);
