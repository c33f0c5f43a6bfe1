-- The configuration sheet `users`: who may sign in (an e-mail address, or *@domain for everyone of a domain), their
-- role (viewer, editor, admin) and the customers they may see (* or a list separated by semicolons).
create table if not exists cfg_users (
    version integer not null, email varchar not null, role varchar not null, customers varchar not null
);
