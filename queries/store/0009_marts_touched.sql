-- Incremental marts (sla.metrics.marts.refresh). Every write names the tickets it touched, under the change it
-- counted, so a refresh recomputes those tickets only. The marts also note what they were built with: the
-- configuration version (a newer one touches the tickets whose policy or calendar it changes), the report time
-- zone and the local dates the calendar segments cover (a change of either rebuilds everything). A store from
-- before this migration rebuilds once: its marts lack the columns the readers now use.
create table marts_touched (change bigint not null, source varchar not null, ticket_id varchar not null);
alter table marts_state add column config_version integer;
alter table marts_state add column report_timezone varchar;
alter table marts_state add column segments_from date;
alter table marts_state add column segments_to date;
update marts_state set changes = changes + 1;
