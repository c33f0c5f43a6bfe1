-- What-if drafts adopted as configuration versions (the Contract page): who adopted the version, when, and the
-- day from which its policies apply.
create table if not exists config_adoptions (
    version        integer primary key,
    adopted_by     varchar not null,
    adopted_at     timestamp not null,
    effective_from date not null
);
