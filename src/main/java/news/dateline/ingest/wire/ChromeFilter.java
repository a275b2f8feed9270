package news.dateline.ingest.wire;

import java.util.regex.Pattern;

/**
 * Recognises the page furniture that wire pages carry around a story: share and print
 * links, advertising slots, "back to top" links, credit lines and the heading of the
 * other-news list. Only whole lines are chrome; words inside a sentence never are.
 */
final class ChromeFilter {

    private static final Pattern CHROME_LINE = Pattern
        .compile("(?i)(?:email|print|share|tweet|email\\s+print(?:\\s+\\d+)?|print\\s+email|ads?|advertisement"
                + "|top|back\\s+to\\s+top|go\\s+to\\s+top)"
                + "|\\((?:Reporting|Writing|Editing|Additional reporting)\\b[^()]*\\)");

    /** "ຂ່າວອື່ນໆ" is Lao for "other news": KPL's list of links under a story. */
    private static final Pattern OTHER_NEWS_HEADING = Pattern
        .compile("ຂ່າວອື່ນໆ|(?i:other\\s+news|related\\s+news|related\\s+stories)");

    /** Chrome lines are short; longer lines are not even looked at. */
    private static final int MAX_CHROME_LENGTH = 200;

    private ChromeFilter() {
    }

    /** A line that is page chrome and nothing else. */
    static boolean isChromeLine(String line) {
        return line.length() <= MAX_CHROME_LENGTH && CHROME_LINE.matcher(Texts.normalizeSpace(line)).matches();
    }

    /** The heading after which a page lists other stories, not this one. */
    static boolean isOtherNewsHeading(String line) {
        return line.length() <= MAX_CHROME_LENGTH
                && OTHER_NEWS_HEADING.matcher(Texts.normalizeSpace(line).replaceAll("[:：]$", "")).matches();
    }

}
