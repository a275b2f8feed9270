-- The SHA-256 of the wire file an import read a story from, as its bytes were (hex). The content hash says "the same
-- story" by what readers see, and so moves when a later build reads the same file differently (chrome it now removes,
-- a caption it now recognises): re-importing a folder after an upgrade would then save such stories a second time.
-- The file's own hash does not move; an import refuses a file whose bytes a story here was read from. Null for
-- stories written in the newsroom, generated, or imported before this column.
alter table article add column source_hash varchar(64);

create index article_source_hash on article (source_hash) where source_hash is not null;
