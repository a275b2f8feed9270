#!/bin/sh
# Runs once, when the postgres container creates its database: the role the portal connects as.
# It may only read and write rows; the schema belongs to POSTGRES_USER, which runs the migrations.
set -eu
psql -v ON_ERROR_STOP=1 -v app_password="$DATELINE_APP_DB_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
create role dateline_app login password :'app_password';
SQL
