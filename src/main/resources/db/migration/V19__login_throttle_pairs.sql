-- Login throttling (newsroom.LoginThrottle) counts attempts per (account, address) pair
-- ('pair:name|address'), per address ('ip:address') and per account ('user:name'); a pair's last
-- successful login makes that address known to that account, and an account under attack from
-- many addresses still lets its known addresses in.
alter table login_throttle add column last_success timestamptz;
-- the old per-account locks counted failures from anywhere: start afresh
delete from login_throttle;

-- Secrets shared by every node of the portal, made once on first use (newsroom.EditorMark signs
-- the cookie that marks a browser where an editor logged in).
create table site_secret (
    name            varchar(40)  primary key,
    value           bytea        not null
);
