package news.dateline.ingest.recognition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A text cut into words: maximal runs of letters and digits of its folded form, each with
 * its span in the original text and the shape of its capitals as written. Punctuation is
 * what lies between words, so "People’s" is "people" + "s", and "Azerbaijan–Laos" is two
 * words.
 */
final class TokenizedText {

    /** How a word is capitalised as written. */
    enum Shape {

        /** "visit" */
        LOWER,
        /** "Laos", "P" */
        CAPITALISED,
        /** "BRICS", "TO" */
        UPPER,
        /** digits or a script without case */
        OTHER

    }

    /**
     * @param folded accents and case folded ("lam")
     * @param start original start
     * @param end original end, exclusive
     */
    record Token(String folded, int start, int end, Shape shape) {

        boolean isLower() {
            return shape == Shape.LOWER;
        }

        /** Written with a capital: capitalised or all capitals. */
        boolean isCapitalised() {
            return shape == Shape.CAPITALISED || shape == Shape.UPPER;
        }
    }

    private final String text;

    private final List<Token> tokens;

    private TokenizedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = Collections.unmodifiableList(tokens);
    }

    static TokenizedText of(String text) {
        TextFolder.Folded folded = TextFolder.foldWithIndex(text);
        String f = folded.folded();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < f.length()) {
            if (!Character.isLetterOrDigit(f.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < f.length() && Character.isLetterOrDigit(f.charAt(j))) {
                j++;
            }
            int start = folded.originalStart(i);
            int end = folded.originalEnd(j);
            tokens.add(new Token(f.substring(i, j), start, end, shapeOf(text, start, end)));
            i = j;
        }
        return new TokenizedText(text, tokens);
    }

    private static Shape shapeOf(String text, int start, int end) {
        int first = text.codePointAt(start);
        boolean anyLower = false;
        int letters = 0;
        for (int i = start; i < end;) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                anyLower |= Character.isLowerCase(c);
            }
            i += Character.charCount(c);
        }
        if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
            return anyLower || letters == 1 ? Shape.CAPITALISED : Shape.UPPER;
        }
        return Character.isLowerCase(first) ? Shape.LOWER : Shape.OTHER;
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    /** The word as written. */
    String original(int index) {
        Token token = tokens.get(index);
        return text.substring(token.start(), token.end());
    }

    /** The words {@code [from, to)} as written, with what lies between them. */
    String original(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /**
     * What lies between word {@code index} and the next one; the rest of the text after
     * the last.
     */
    String gapAfter(int index) {
        int end = tokens.get(index).end();
        int next = index + 1 < tokens.size() ? tokens.get(index + 1).start() : text.length();
        return text.substring(end, next);
    }

    /**
     * What lies between the previous word and word {@code index}; the text's beginning
     * before the first.
     */
    String gapBefore(int index) {
        int start = index > 0 ? tokens.get(index - 1).end() : 0;
        return text.substring(start, tokens.get(index).start());
    }

    /**
     * The index of the first word starting at or after {@code offset}; {@link #size()}
     * when none does.
     */
    int indexAtOrAfter(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            }
            else {
                high = mid;
            }
        }
        return low;
    }

}
