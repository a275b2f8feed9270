package news.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.web.util.HtmlUtils;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The words of a story around what a search looked for, as HTML whose only tags are the
 * {@code <mark>} around the words found: up to two passages of at most
 * {@value #MOST_WORDS} words in all, those holding the most of the different words
 * searched for, in the order of the text, joined by " … ". A story found for a person or
 * country it is tagged with, holding none of the words, shows its first words.
 * <p>
 * What PostgreSQL's {@code ts_headline} gives, made by the application from the body it
 * reads anyway: the words are found by the index's own analysis ({@link FoldedEnglish}),
 * so "consultations" is marked for "consultation", "Thongsavanh" for "thongsavanh".
 */
final class Snippet {

    static final int MOST_WORDS = 40;

    /**
     * A text's words as {@link FoldedEnglish} reads them, but neither left out nor
     * stemmed.
     */
    private static final Analyzer WORDS = new Analyzer() {

        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words,
                    new EnglishPossessiveFilter(new LowerCaseFilter(new ASCIIFoldingFilter(words))));
        }

    };

    private Snippet() {
    }

    /**
     * The first four letters of a stem (or all of a shorter one): its word begins with
     * them (the stemmer changes endings), but for a few irregular words ("dying", "die").
     */
    private static String beginning(String stem) {
        return stem.length() <= 4 ? stem : stem.substring(0, 4);
    }

    private static boolean begins(String word, Set<String> beginnings, java.util.BitSet lengths) {
        for (int length = lengths.nextSetBit(0); length >= 0; length = lengths.nextSetBit(length + 1)) {
            if (word.length() >= length && beginnings.contains(word.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param headline left out of the body when the body starts with it (wire copy often
     * repeats it): the card shows it already
     * @param terms the analysed words searched for
     */
    static String of(String headline, String body, Set<String> terms) {
        String text = withoutHeadline(headline, body == null ? "" : body);
        List<int[]> words = words(text);
        if (words.isEmpty()) {
            return "";
        }
        List<int[]> marks = new ArrayList<>(); // start, end, term index
        List<String> markedTerms = new ArrayList<>();
        if (!terms.isEmpty()) {
            // the words of the text folded, and only those that begin as a word searched
            // for stemmed: stemming every word of ten bodies was a tenth of a search
            Set<String> beginnings = new HashSet<>();
            java.util.BitSet lengths = new java.util.BitSet();
            for (String term : terms) {
                String beginning = beginning(term);
                beginnings.add(beginning);
                lengths.set(beginning.length());
            }
            EnglishStemmer stemmer = new EnglishStemmer();
            try (TokenStream tokens = WORDS.tokenStream(SearchIndex.BODY, text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    String folded = term.toString();
                    if (!begins(folded, beginnings, lengths)) {
                        continue;
                    }
                    stemmer.setCurrent(folded);
                    stemmer.stem();
                    String found = stemmer.getCurrent();
                    if (terms.contains(found)) {
                        marks.add(new int[] { offset.startOffset(), offset.endOffset() });
                        markedTerms.add(found);
                    }
                }
                tokens.end();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (marks.isEmpty()) {
            return html(text, words, 0, Math.min(words.size(), MOST_WORDS / 2), marks)
                    + ellipsis(words, MOST_WORDS / 2);
        }
        // the word each mark is in
        int[] markWord = new int[marks.size()];
        for (int m = 0, w = 0; m < marks.size(); m++) {
            while (w < words.size() - 1 && words.get(w)[1] <= marks.get(m)[0]) {
                w++;
            }
            markWord[m] = w;
        }
        int size = MOST_WORDS / 2;
        List<int[]> passages = new ArrayList<>(); // first word, last word (exclusive),
                                                  // score
        for (int m = 0; m < marks.size(); m++) {
            int first = Math.max(0, Math.min(markWord[m] - size / 4, words.size() - size));
            int last = Math.min(words.size(), first + size);
            Set<String> different = new HashSet<>();
            int count = 0;
            for (int k = 0; k < marks.size(); k++) {
                if (markWord[k] >= first && markWord[k] < last) {
                    different.add(markedTerms.get(k));
                    count++;
                }
            }
            passages.add(new int[] { first, last, different.size() * 1000 + count * 10 - m });
        }
        passages.sort(Comparator.comparingInt((int[] p) -> p[2]).reversed());
        List<int[]> chosen = new ArrayList<>();
        for (int[] passage : passages) {
            if (chosen.size() == 2) {
                break;
            }
            boolean overlaps = chosen.stream().anyMatch(c -> passage[0] < c[1] && c[0] < passage[1]);
            if (!overlaps) {
                chosen.add(passage);
            }
        }
        chosen.sort(Comparator.comparingInt((int[] p) -> p[0]));
        StringBuilder snippet = new StringBuilder();
        for (int[] passage : chosen) {
            if (!snippet.isEmpty()) {
                snippet.append(" … ");
            }
            snippet.append(html(text, words, passage[0], passage[1], marks));
        }
        // the text goes on after the last passage
        return snippet + ellipsis(words, chosen.getLast()[1]);
    }

    /**
     * Where each run of characters other than spaces, tabs and line breaks begins and
     * ends (a regular expression's {@code \\S+}, without one: a search's ten bodies went
     * through it in a tenth of the search's time).
     */
    static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            if (space(text.charAt(i))) {
                if (start >= 0) {
                    words.add(new int[] { start, i });
                    start = -1;
                }
            }
            else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(new int[] { start, text.length() });
        }
        return words;
    }

    /**
     * What {@code \\s} matches: space, tab, line feed, vertical tab, form feed, return.
     */
    private static boolean space(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static String ellipsis(List<int[]> words, int shown) {
        return words.size() > shown ? " …" : "";
    }

    /** The words from {@code first} to {@code last}, escaped, with the marks in them. */
    private static String html(String text, List<int[]> words, int first, int last, List<int[]> marks) {
        int start = words.get(first)[0];
        int end = words.get(last - 1)[1];
        StringBuilder html = new StringBuilder();
        int at = start;
        for (int[] mark : marks) {
            if (mark[1] <= start || mark[0] >= end) {
                continue;
            }
            html.append(escape(text.substring(at, mark[0])));
            html.append("<mark>").append(escape(text.substring(mark[0], mark[1]))).append("</mark>");
            at = mark[1];
        }
        html.append(escape(text.substring(at, end)));
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /**
     * The body without the headline it starts with, and the punctuation after it, as the
     * snippet of PostgreSQL's search does.
     */
    static String withoutHeadline(String headline, String body) {
        if (headline == null || headline.isEmpty() || body.length() < headline.length()) {
            return body;
        }
        if (!Names.fold(body.substring(0, headline.length())).equals(Names.fold(headline))) {
            return body;
        }
        int from = headline.length();
        while (from < body.length() && " .,:;".indexOf(body.charAt(from)) >= 0) {
            from++;
        }
        return body.substring(from);
    }

    /** The analysed words of a search that a snippet marks: those it does not exclude. */
    static Set<String> terms(String search, Analyzer analyzer) {
        Set<String> terms = new HashSet<>();
        StringBuilder wanted = new StringBuilder();
        for (String part : search.split("\\s+")) {
            if (!part.startsWith("-")) {
                wanted.append(part).append(' ');
            }
        }
        try (TokenStream tokens = analyzer.tokenStream(SearchIndex.BODY, wanted.toString())) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

}
