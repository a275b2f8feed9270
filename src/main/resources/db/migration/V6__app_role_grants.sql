-- Least privilege: the portal can run as a role that may only read and write rows, while migrations
-- run as the owner of the schema. `afterMigrate.sql` calls this after every migration with the role
-- named by DATELINE_DB_APP_ROLE (nothing when it is empty), so tables added later are granted too.
create or replace function dl_grant_app_role(app_role text) returns void language plpgsql as $$
begin
    if app_role is null or app_role = '' then
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app_role) then
        raise exception 'The database role "%" does not exist: create it first (README, "Database roles").', app_role;
    end if;
    execute format('grant usage on schema public to %I', app_role);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app_role);
    execute format('revoke all on table flyway_schema_history from %I', app_role);
    execute format('grant usage, select on all sequences in schema public to %I', app_role);
end
$$;
