-- Search at archive scale (issue 10).
--
-- 1. The search vector is kept in the story's row, not in the TOAST table. A search tests
--    the vectors of the stories it walks newest first; out of line, each test cost a TOAST
--    index lookup and two or three more pages (a word in 2 % of a million stories read
--    290,000 pages). Only rows written from now on move; `VACUUM FULL article` moves the
--    others (see the README's runbook). The vectors hardly compress, so nothing is lost.
alter table article alter column search_vector set storage main;

-- 2. How a search should find its latest matches, from the planner's own statistics of
--    the vector: true when the words are common enough that walking the stories newest
--    first and testing each reaches `wanted` matches sooner than fetching every match
--    the GIN index gives and sorting them. Walking reads about wanted / share rows
--    (several to a page, in order); the index's matches are share x stories rows (one
--    page each), so they cost the same at share = sqrt(wanted x pages) / stories: 1.8 %
--    for 1,000 of a million stories. The share of several words is the product of
--    theirs; a word the statistics do not list is taken as the planner takes it: half as
--    common as the rarest they list, and at most 0.5 %. Without
--    statistics (a new database) or words (only stop words) the index is always right.
create or replace function dl_search_walks(words text, wanted integer) returns boolean
language plpgsql stable as $$
begin
    return (
        with stats as materialized (
            select s.most_common_elems::text::text[] as elems, s.most_common_elem_freqs as freqs
            from pg_stats s
            where s.schemaname = current_schema() and s.tablename = 'article' and s.attname = 'search_vector'),
        lexemes as (
            select distinct lexeme from unnest(tsvector_to_array(to_tsvector('english', dl_fold(words)))) as lexeme)
        select coalesce(exp(sum(ln(greatest(
                   coalesce(s.freqs[array_position(s.elems, l.lexeme)], least(s.freqs[cardinality(s.elems) + 1] / 2, 0.005)),
                   1e-9)))), 0)
               >= (select sqrt(wanted * greatest(c.relpages, 1)) / greatest(c.reltuples, 1)
                   from pg_class c where c.oid = 'article'::regclass)
        from lexemes l left join stats s on true);
end
$$;
