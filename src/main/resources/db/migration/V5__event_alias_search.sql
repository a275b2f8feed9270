-- The newsroom's picker finds events by their aliases too ("the first political consultation").
create index event_phrase_fold_trgm_idx on event_phrase using gin (dl_fold(phrase) gin_trgm_ops);
