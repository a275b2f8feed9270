package news.dateline.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import news.dateline.article.ArticleQueries;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A search read from the node's {@link SearchIndex}: the same stories as PostgreSQL's
 * full-text search finds ({@link SearchService}), the latest
 * {@value SearchService#CANDIDATES} that hold the words or are tagged with a person or
 * country the search names, found among the index's stories newest first (a frequent word
 * stops after the first few hundred, a rare one reads only its own), ranked there, and
 * only the page shown read from PostgreSQL with its snippets. One statement.
 */
final class IndexedSearch {

    /**
     * A relevance of this much counts half: the index's scores (BM25) made a share, as
     * PostgreSQL's {@code ts_rank_cd(..., 32)} is, before recency divides it.
     */
    static final double HALF_RELEVANCE = 10;

    private static final double MICROS_A_YEAR = 31_536_000e6;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final SearchIndex index;

    private final Names names;

    IndexedSearch(JdbcClient jdbc, Clock clock, SearchIndex index, Names names) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.index = index;
        this.names = names;
    }

    SearchService.Results search(SearchQuery query) throws IOException {
        index.catchUpIfChanged();
        Names.Found named = names.named(query.text());
        List<SearchService.Entity> entities = named.entities();
        List<Long> people = named.people();
        List<Long> countries = named.countries();
        // the country to filter by; one that does not exist holds no story
        Long country = query.country() == null ? null : names.country(query.country()).orElse(0L);
        Instant now = clock.instant();
        long nowMicros = SearchIndex.micros(now);
        Query text = IndexQuery.of(query.text(), index.analyzer());
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (text != null) {
            any.add(text, Occur.SHOULD);
        }
        people.forEach(id -> any.add(new TermQuery(new Term(SearchIndex.PERSON, id.toString())), Occur.SHOULD));
        countries.forEach(id -> any.add(new TermQuery(new Term(SearchIndex.COUNTRY, id.toString())), Occur.SHOULD));
        BooleanQuery anyOf = any.build();
        if (anyOf.clauses().isEmpty()) {
            return new SearchService.Results(query, entities, List.of(), 0, false, 0);
        }
        long from = query.from() == null ? Long.MIN_VALUE
                : SearchIndex.micros(query.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        long to = nowMicros;
        if (query.to() != null) {
            to = Math.min(to, SearchIndex.micros(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)) - 1);
        }
        BooleanQuery.Builder wanted = new BooleanQuery.Builder().add(anyOf, Occur.MUST)
            .add(LongPoint.newRangeQuery(SearchIndex.PUBLISHED, from, to), Occur.FILTER);
        if (country != null) {
            wanted.add(new TermQuery(new Term(SearchIndex.COUNTRY, country.toString())), Occur.FILTER);
        }
        List<Candidate> candidates = new ArrayList<>();
        IndexSearcher searcher = index.acquire();
        try {
            TopFieldDocs latest = searcher.search(wanted.build(), SearchService.CANDIDATES + 1,
                    SearchIndex.NEWEST_FIRST);
            double[] relevance = text == null || query.byDate() ? new double[latest.scoreDocs.length]
                    : relevance(searcher, text, latest.scoreDocs);
            for (int i = 0; i < latest.scoreDocs.length; i++) {
                FieldDoc hit = (FieldDoc) latest.scoreDocs[i];
                long published = (Long) hit.fields[0];
                double share = relevance[i] / (relevance[i] + HALF_RELEVANCE);
                double score = (share + 0.05) / (1 + Math.max(0, nowMicros - published) / MICROS_A_YEAR);
                candidates.add(new Candidate((Long) hit.fields[1], published, score));
            }
        }
        finally {
            index.release(searcher);
        }
        if (!query.byDate()) {
            candidates.sort(Comparator.comparingDouble(Candidate::score)
                .reversed()
                .thenComparing(Comparator.comparingLong(Candidate::published).reversed())
                .thenComparing(Comparator.comparingLong(Candidate::id).reversed()));
        }
        int total = candidates.size();
        int offset = (query.page() - 1) * SearchService.PAGE_SIZE;
        List<Long> shown = candidates.stream().skip(offset).limit(SearchService.PAGE_SIZE).map(Candidate::id).toList();
        List<SearchService.Hit> hits = shown.isEmpty() ? List.of() : hits(query, shown, now);
        boolean more = total > SearchService.CANDIDATES;
        long counted = Math.min(total, SearchService.CANDIDATES);
        int pages = (int) ((counted + SearchService.PAGE_SIZE - 1) / SearchService.PAGE_SIZE);
        return new SearchService.Results(query, entities, hits, counted, more, pages);
    }

    /** The shown stories, in the order given, with their snippets. */
    private List<SearchService.Hit> hits(SearchQuery query, List<Long> ids, Instant now) {
        List<SearchService.Hit> hits = new ArrayList<>();
        Set<String> terms = Snippet.terms(query.text(), index.analyzer());
        jdbc.sql("""
                select a.slug, a.headline, a.body, a.published_at, a.published_precision, a.published_offset,
                       g.name as agency, a.dateline, """ + ArticleQueries.PICTURE_COLUMNS + "\n" + """
                from unnest(cast(:ids as bigint[])) with ordinality as s (id, ord)
                join article a on a.id = s.id and a.status = 'PUBLISHED' and a.published_at <= :now
                left join agency g on g.id = a.agency_id
                order by s.ord""")
            .param("ids", ids.toArray(Long[]::new))
            .param("now", now.atOffset(ZoneOffset.UTC))
            .query(rs -> {
                hits.add(new SearchService.Hit(SearchService.card(rs),
                        Snippet.of(rs.getString("headline"), rs.getString("body"), terms)));
            });
        return hits;
    }

    /** How well each of these stories matches the words, by the index's scoring. */
    private static double[] relevance(IndexSearcher searcher, Query text, ScoreDoc[] hits) throws IOException {
        double[] scores = new double[hits.length];
        Integer[] inDocOrder = new Integer[hits.length];
        Arrays.setAll(inDocOrder, i -> i);
        Arrays.sort(inDocOrder, Comparator.comparingInt(i -> hits[i].doc));
        Weight weight = searcher.createWeight(searcher.rewrite(text), ScoreMode.COMPLETE, 1);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int current = -1;
        Scorer scorer = null;
        DocIdSetIterator docs = null;
        for (int i : inDocOrder) {
            int leaf = ReaderUtil.subIndex(hits[i].doc, leaves);
            if (leaf != current) {
                current = leaf;
                scorer = weight.scorer(leaves.get(leaf));
                docs = scorer == null ? null : scorer.iterator();
            }
            if (scorer == null) {
                continue;
            }
            int target = hits[i].doc - leaves.get(leaf).docBase;
            if (docs.docID() < target) {
                docs.advance(target);
            }
            if (docs.docID() == target) {
                scores[i] = scorer.score();
            }
        }
        return scores;
    }

    private record Candidate(long id, long published, double score) {
    }

}
