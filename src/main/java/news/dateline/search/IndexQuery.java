package news.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A reader's search as a Lucene query, read the way PostgreSQL's
 * {@code websearch_to_tsquery} reads it: every word must be in the story, {@code "two
 * words"} together, {@code -word} not at all, and {@code or} between words takes either
 * side ({@code sad cat or fat rat} is "sad cat" or "fat rat"). Any other character is
 * only a separator: no input is an error. A word is looked for in the headline, the
 * standfirst and the body, weighed as PostgreSQL's ranking weighs them (5, 2 and 1).
 */
final class IndexQuery {

    static final float HEADLINE_WEIGHT = 5, STANDFIRST_WEIGHT = 2, BODY_WEIGHT = 1;

    private IndexQuery() {
    }

    /**
     * The query, or null when the search holds no word to look for (only common ones).
     */
    static Query of(String text, Analyzer analyzer) {
        List<List<Operand>> groups = new ArrayList<>();
        List<Operand> group = new ArrayList<>();
        groups.add(group);
        boolean negated = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                negated = false;
                i++;
            }
            else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                end = end < 0 ? text.length() : end;
                group.add(new Operand(text.substring(i + 1, end), negated));
                negated = false;
                i = end + 1;
            }
            else if (c == '-' && !negated) {
                negated = true;
                i++;
            }
            else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                String word = text.substring(i, end);
                if (word.equalsIgnoreCase("or") && !negated && !group.isEmpty()) {
                    group = new ArrayList<>();
                    groups.add(group);
                }
                else {
                    group.add(new Operand(word, negated));
                }
                negated = false;
                i = end;
            }
        }
        List<Query> alternatives = new ArrayList<>();
        for (List<Operand> each : groups) {
            Query all = all(each, analyzer);
            if (all != null) {
                alternatives.add(all);
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        if (alternatives.size() == 1) {
            return alternatives.getFirst();
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        alternatives.forEach(alternative -> either.add(alternative, Occur.SHOULD));
        return either.build();
    }

    /**
     * Every operand of a group: the words that must be there, and those that must not.
     */
    private static Query all(List<Operand> operands, Analyzer analyzer) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int required = 0, excluded = 0;
        for (Operand operand : operands) {
            Query words = words(operand.text(), analyzer);
            if (words == null) {
                continue;
            }
            all.add(words, operand.negated() ? Occur.MUST_NOT : Occur.MUST);
            if (operand.negated()) {
                excluded++;
            }
            else {
                required++;
            }
        }
        if (required == 0 && excluded == 0) {
            return null;
        }
        if (required == 0) {
            // only "-word": every story without it, as PostgreSQL reads it
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return all.build();
    }

    /**
     * A word, or the words of a phrase (or of a word that is several, "Azerbaijan-Laos")
     * together, in any of the three fields.
     */
    private static Query words(String text, Analyzer analyzer) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchIndex.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            stream.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
        anywhere.add(new BoostQuery(in(SearchIndex.HEADLINE, terms, positions), HEADLINE_WEIGHT), Occur.SHOULD);
        anywhere.add(new BoostQuery(in(SearchIndex.STANDFIRST, terms, positions), STANDFIRST_WEIGHT), Occur.SHOULD);
        anywhere.add(in(SearchIndex.BODY, terms, positions), Occur.SHOULD);
        return anywhere.build();
    }

    private static Query in(String field, List<String> terms, List<Integer> positions) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.getFirst()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = positions.getFirst();
        for (int i = 0; i < terms.size(); i++) {
            phrase.add(new Term(field, terms.get(i)), positions.get(i) - first);
        }
        return phrase.build();
    }

    private record Operand(String text, boolean negated) {
    }

}
