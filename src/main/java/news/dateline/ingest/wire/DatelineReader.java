package news.dateline.ingest.wire;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a lead ("MOSCOW —", "AZERBAIJAN, May 7 -", "LONDON, Dec 9
 * (Reuters) -", "HANOI, Vietnam (AP) —", "Vientiane (KPL) -"). Only the very start of the
 * lead is read: a place named later in the body is never taken for a dateline.
 */
final class DatelineReader {

    /**
     * @param place where the story was filed from, title-cased when the copy shouts it
     * @param source the agency named in the dateline, or null
     * @param rest the lead without its dateline
     */
    record Dateline(String place, String source, String rest) {
    }

    private static final String CAPS = "\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3}";

    private static final String TITLE = "\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){0,2}";

    private static final String REGION = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}";

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*\\.?";

    private static final String DATE = "(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + ")(?:,?\\s+\\d{4})?\\.?";

    private static final String TAG = "\\((?<sign>" + AgencyTable.SIGN + ")(?:/\\p{L}+)*\\)";

    private static final String SEP = "\\s*(?:--|—|–|-(?=\\s))\\s*";

    private static final List<Pattern> FORMS = List.of(
            // MOSCOW — / HANOI, Vietnam (AP) —
            Pattern.compile("^(?<place>" + CAPS + ")(?:,\\s*" + REGION + ")?\\s*(?:" + TAG + ")?" + SEP),
            // AZERBAIJAN, May 7 - / LONDON, Dec 9 (Reuters) - / Baku, 9 December, AZERTAC
            // -
            Pattern.compile("^(?<place>" + CAPS + "|" + TITLE + ")(?:,\\s*" + REGION + ")?,\\s*" + DATE + "\\s*(?:"
                    + TAG + "|,\\s*(?<credit>" + AgencyTable.SIGN + "))?" + SEP),
            // Vientiane (KPL) - / Hanoi (VNA):
            Pattern
                .compile("^(?<place>" + TITLE + ")(?:,\\s*" + REGION + ")?\\s*" + TAG + "\\s*(?:" + SEP + "|:\\s*)"));

    private DatelineReader() {
    }

    /**
     * The dateline at the start of the lead, or empty when the lead does not open with
     * one.
     */
    static Optional<Dateline> read(String lead) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(lead);
            if (m.lookingAt() && !lead.substring(m.end()).isBlank() && AgencyTable.bySign(m.group("place")).isEmpty()) {
                String sign = m.group("sign") != null ? m.group("sign") : credit(m);
                String source = sign == null ? null
                        : AgencyTable.bySign(sign).map(AgencyTable.Agency::name).orElse(null);
                return Optional
                    .of(new Dateline(Texts.titleCaseIfAllCaps(m.group("place")), source, lead.substring(m.end())));
            }
        }
        return Optional.empty();
    }

    private static String credit(Matcher m) {
        return m.namedGroups().containsKey("credit") ? m.group("credit") : null;
    }

}
