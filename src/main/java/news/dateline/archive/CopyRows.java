package news.dateline.archive;

/**
 * Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash
 * escapes.
 */
final class CopyRows {

    private final StringBuilder text;

    private boolean lineStart = true;

    private int rows;

    CopyRows(int capacity) {
        text = new StringBuilder(capacity);
    }

    CopyRows add(Object value) {
        if (!lineStart) {
            text.append('\t');
        }
        lineStart = false;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    CopyRows add(long value) {
        if (!lineStart) {
            text.append('\t');
        }
        lineStart = false;
        text.append(value);
        return this;
    }

    void end() {
        text.append('\n');
        lineStart = true;
        rows++;
    }

    int rows() {
        return rows;
    }

    String text() {
        return text.toString();
    }

}
