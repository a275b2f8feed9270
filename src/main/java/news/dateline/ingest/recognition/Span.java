package news.dateline.ingest.recognition;

/**
 * A stretch of a text, positions {@code [start, end)}, and what the recognizer read
 * there: the one span type of recognition. {@link Sentences} gives each sentence with its
 * text, {@link DateExpressions} each date with {@link DateExpressions.When when} it says,
 * {@link AliasMatcher} each phrase with what it stands for, and {@link KnownNames} each
 * name with the country or person it names.
 *
 * <p>
 * Positions count the characters of the text, except for spans over a
 * {@link TokenizedText} (alias matches and known names), which count its words; each
 * method that returns spans says which.
 *
 * @param start the first position
 * @param end the position after the last one
 * @param value what the span stands for
 * @param <T> the kind of thing read
 */
record Span<T>(int start, int end, T value) {

    Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    boolean contains(int position) {
        return position >= start && position < end;
    }
}
