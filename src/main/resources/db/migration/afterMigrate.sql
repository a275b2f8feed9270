-- After every migration: row-level rights for the portal's own role, if one is configured.
-- (A DO block rather than a SELECT, so that Flyway has no result table to print in the log.)
do $$ begin perform dl_grant_app_role('${app_role}'); end $$;
