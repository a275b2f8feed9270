-- Which entries of seeds/reference.yml have been put into the database once. The loader adds only
-- entries missing from this ledger, so that what an editor deletes or merges stays deleted, and an
-- entry added to the file in a later release still arrives.
create table reference_applied (
    item        text         primary key,
    applied_at  timestamptz  not null default now()
);
