package news.dateline.shared;

import java.util.regex.Pattern;

/** Text as people type it, without what no one means to type. */
public final class PlainText {

    /**
     * The C0 controls but tab, line feed and carriage return, and DEL: PostgreSQL text
     * cannot even hold NUL.
     */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private PlainText() {
    }

    public static String withoutControlCharacters(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }

}
