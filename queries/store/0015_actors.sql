-- Who did it: the signed-in e-mail, or the OS user marked as such ("os:alice") in local mode and from the CLI.
-- Imports and configuration versions made before this was recorded keep an empty actor.
alter table batches add column if not exists actor varchar;
alter table config_versions add column if not exists actor varchar;
-- An undone import leaves its rows and its batch; this row keeps what it was, who undid it and when.
create table if not exists batch_undos (
    batch_id    integer not null,
    kind        varchar not null,
    file_name   varchar not null,
    imported_at timestamp,
    imported_by varchar,
    actor       varchar not null,
    undone_at   timestamp not null
);
