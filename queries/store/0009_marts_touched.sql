-- Incremental marts (sla.metrics.marts.refresh). Every write names what it touched, under the change it counted,
-- so a refresh recomputes that only: the tickets an undo or exclusion touched, the batch of a ticket import (its
-- tickets are those of the batch), and the moments of an import or undo of checks, outages or maintenance
-- (last_at null: until now). The marts also note what they were built
-- with: the configuration version (a newer one touches the tickets whose policy or calendar it changes), the
-- report time zone, the local dates the calendar segments cover, and the month before which the monthly monitoring
-- marts are complete. A store from before this migration rebuilds once: its marts lack the columns readers use.
create table marts_touched (change bigint not null, source varchar not null, ticket_id varchar not null);
create table marts_touched_batches (change bigint not null, batch_id integer not null);
create table marts_touched_moments (change bigint not null, first_at timestamp not null, last_at timestamp);
alter table marts_state add column config_version integer;
alter table marts_state add column report_timezone varchar;
alter table marts_state add column segments_from date;
alter table marts_state add column segments_to date;
alter table marts_state add column monthly_until date;
update marts_state set changes = changes + 1;
