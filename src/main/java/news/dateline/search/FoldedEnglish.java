package news.dateline.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The words of a story as the search index keeps them, and of a search as it looks them
 * up: what PostgreSQL's {@code to_tsvector('english', dl_fold(text))} makes of them, so
 * that both ways of searching find the same stories. Accents are folded ("Tô Lâm" is "to
 * lam", "Việt Nam" "viet nam"), case ignored, the common English words left out, and the
 * rest stemmed by the same Snowball English stemmer ("Laos" is "lao", "consultations"
 * "consult").
 */
final class FoldedEnglish extends Analyzer {

    /**
     * Snowball's English stop words, which PostgreSQL's {@code english} configuration
     * also leaves out.
     */
    static final CharArraySet STOP_WORDS = new CharArraySet(java.util.List.of("i", "me", "my", "myself", "we", "our",
            "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she",
            "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what",
            "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been",
            "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an", "the", "and", "but", "if",
            "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against", "between",
            "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out",
            "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why",
            "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not",
            "only", "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "should",
            "now"), false);

    @Override
    protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer words = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(words);
        stream = new LowerCaseFilter(stream);
        stream = new EnglishPossessiveFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new SnowballFilter(stream, new EnglishStemmer());
        return new TokenStreamComponents(words, stream);
    }

}
