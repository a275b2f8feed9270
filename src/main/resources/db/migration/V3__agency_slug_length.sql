-- Agency slugs are made from the source an editor types (up to 200 characters), like other slugs.
alter table agency alter column slug type varchar(200);
