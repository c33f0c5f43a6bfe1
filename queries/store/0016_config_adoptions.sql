-- What-if drafts adopted as configuration versions (the Contract page): the day from which the version's policies
-- apply. Who adopted it and when are the version's own actor and imported_at (config_versions).
create table if not exists config_adoptions (
    version        integer primary key,
    effective_from date not null
);
