-- After every migration: row-level rights for the portal's own role, if one is configured.
select dl_grant_app_role('${app_role}');
