-- Editors' sessions, kept by Spring Session JDBC (spring.session.jdbc.*) so that every node of the portal
-- can serve any editor (issue 14). The columns are the ones Spring Session's JdbcIndexedSessionRepository
-- reads and writes; times are epoch milliseconds. Anonymous readers and the login page create no row.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);

create unique index spring_session_session_id_idx on spring_session (session_id);
-- the expired-session sweep
create index spring_session_expiry_idx on spring_session (expiry_time);
-- "log this editor out everywhere" (an account disabled or given a new password)
create index spring_session_principal_idx on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
