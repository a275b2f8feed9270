-- Search (issue 10): each node keeps a Lucene index of the published stories
-- (news.dateline.search.SearchIndex) and brings it up to date from here: every write of a
-- story records the transaction that made it. A node remembers the oldest transaction
-- still running when it last looked (pg_snapshot_xmin) and next time reads the stories
-- written by that one or any later: none is missed however the commits are ordered, and
-- whoever wrote them (an editor on any node, the import command, a restore).
alter table article add column written_by xid8;

create function dl_article_written() returns trigger
    language plpgsql
as $$
begin
    new.written_by := pg_current_xact_id();
    return new;
end
$$;

create trigger article_written
    before insert or update on article
    for each row execute function dl_article_written();
-- also in a bulk load with triggers off (session_replication_role = replica, as the archive generator loads):
-- stories appended to an archive that nodes already index must reach their indexes too
alter table article enable always trigger article_written;

create index article_written_idx on article (written_by, id) where written_by is not null;
