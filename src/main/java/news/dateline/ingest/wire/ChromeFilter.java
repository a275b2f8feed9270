package news.dateline.ingest.wire;

import java.util.regex.Pattern;

/**
 * Recognises the page furniture that wire pages carry around a story: share and print
 * links, advertising slots, "back to top" links, credit lines and the heading of the
 * other-news list. Only whole lines are chrome; words inside a sentence never are.
 */
final class ChromeFilter {

    private static final Pattern CHROME_LINE = Pattern.compile(
            "(?i)(?:(?:email|print|share|tweet)(?:\\s+(?:email|print|share|tweet))*(?:\\s+\\d+)?|ads?|advertisement"
                    + "|top|back\\s+to\\s+top|go\\s+to\\s+top)"
                    + "|\\((?:Reporting|Writing|Editing|Additional reporting)\\b[^()]*\\)"
                    + "|follow\\s+(?:the\\s+author|us|[\\p{L}.]+)\\s+on\\s+(?:x|twitter|telegram|facebook|instagram)\\b.{0,60}"
                    + "|our\\s+standards\\s*:.{0,80}"
                    // a link to another story inside the text: "Read also: ..."
                    + "|(?:related\\s+(?:news|stories|articles|coverage)|read\\s+also|also\\s+read|see\\s+also)\\s*:.{1,180}"
                    // the page asking its reader to follow it: "Subscribe to Kazinform on
                    // Telegram", "Like us on Facebook or follow us on X ..."
                    + "|(?=.*\\b(?:telegram|whatsapp|facebook|instagram|youtube|twitter|x|tiktok|zalo|channel|bot"
                    + "|newsletter|social\\s+media)\\b)(?:follow\\s+us|like\\s+us|subscribe|join|stay\\s+up[- ]to[- ]date"
                    + "|stay\\s+(?:updated|tuned|connected)|click\\s+here|if\\s+you\\s+want\\s+to\\s+share)\\b.{0,150}"
                    // terms of reuse: "When using any materials from BelTA, ..."
                    + "|(?:when\\s+using|reproduction\\s+of|full\\s+or\\s+partial\\s+(?:use|reproduction)\\s+of"
                    + "|any\\s+use\\s+of)\\s+(?:any\\s+|the\\s+|our\\s+)?materials?\\b.{0,150}");

    /** "ຂ່າວອື່ນໆ" is Lao for "other news": KPL's list of links under a story. */
    private static final Pattern OTHER_NEWS_HEADING = Pattern
        .compile("ຂ່າວອື່ນໆ|(?i:other\\s+news|related\\s+news|related\\s+stories)");

    /**
     * Headings of a list of links that a page may also show at its top, in its menu: a
     * list of other news only after the story's text.
     */
    private static final Pattern LATE_OTHER_NEWS_HEADING = Pattern.compile("(?i)related\\s+posts|related\\s+articles"
            + "|related|related\\s+coverage|more\\s+stories|read\\s+also|also\\s+read|see\\s+more|see\\s+also"
            + "|read\\s+next|latest\\s+news|latest|most\\s+read|most\\s+popular|popular|trending|top\\s+stories"
            + "|you\\s+may\\s+also\\s+like|you\\s+might\\s+also\\s+like|read\\s+more|more\\s+news|recommended"
            + "|related\\s+links|more\\s+on\\s+this\\s+(?:topic|story)|recommended\\s+stories|more\\s+in\\s+\\p{L}+"
            + "|most\\s+(?:liked|viewed|shared|commented)");

    /**
     * A heading of the page's topic tags, the tags on the lines under it: "TAGS",
     * "Tags:".
     */
    private static final Pattern TAGS_HEADING = Pattern.compile("(?i)(?:tags?|keywords?)\\s*:?");

    /** Words of site menus and section labels. */
    private static final java.util.Set<String> SECTION_WORDS = java.util.Set.of("home", "news", "politics", "business",
            "economy", "economics", "society", "social", "world", "sports", "sport", "culture", "opinion", "travel",
            "lifestyle", "life", "style", "videos", "video", "photos", "photo", "region", "regions", "interview",
            "analytics", "features", "general", "asean", "national", "market", "markets", "international", "military",
            "defense", "defence", "science", "space", "emergencies", "tech", "technology", "sci-tech", "ict",
            "diplomacy", "foreign", "domestic", "policy", "energy", "karabakh", "law", "english", "health", "education",
            "environment", "tourism", "entertainment", "multimedia", "latest", "top", "stories", "sustainability",
            "legal", "breakingviews", "china", "asia", "africa", "europe", "americas", "laos", "vietnam", "azerbaijan",
            "mekong", "investment", "finance", "property", "auto", "events", "tags", "topics", "n.korea", "s.korea",
            "korea", "japan", "more", "menu", "search", "subscribe", "login", "e-paper", "podcast", "podcasts", "live",
            "weather", "cop29", "pacific", "middle", "east", "west", "united", "states", "kingdom", "uk", "us", "india",
            "russia", "ukraine", "oceania", "australia", "caucasus", "central", "southeast", "south", "north", "&",
            "and", "|", ">", "»", "/", "-", "·", "•");

    /** Lines of share buttons and page furniture standing alone. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)(?:share|share this|facebook|twitter|x|whatsapp|"
            + "telegram|linkedin|email|e-mail|print|copy link|tags?|tags?\\s*:.{1,150}|related|read more|follow us|comments?|"
            + "[-–—]|\\+\\s*↺\\s*[−-]\\s*\\d+\\s*px|\\d{1,2}\\s*°?\\s*[CF]|\\d+\\s*(?:views|comments|shares)|"
            + "details added(?:\\s*\\(first version posted[^)]{0,40}\\))?|\\(?first version posted[^)]{0,40}\\)?|"
            + "share\\s*:.*|(?:facebook|twitter|x|email|whatsapp|telegram)(?:\\s*[|/·•]\\s*(?:facebook|twitter|x|email|"
            + "whatsapp|telegram|zalo|linkedin|print))+)");

    /**
     * "Source: Xinhua| 2025-04-23 13:42:10|Editor: huaxia": source, date and editor in
     * one line.
     */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^\\s*source\\s*:.{1,60}\\|.+$");

    /**
     * A copyright line: "© 2024 Gulf News. All rights reserved.", "(c) Agencia EFE", "All
     * rights reserved."
     */
    private static final Pattern COPYRIGHT_LINE = Pattern.compile(
            "(?i)(?:all\\s+rights\\s+reserved[.,]?\\s*)?(?:©|\\(c\\)|copyright\\b).{0,100}|all\\s+rights\\s+reserved\\.?");

    /** Chrome lines are short; longer lines are not even looked at. */
    private static final int MAX_CHROME_LENGTH = 200;

    private ChromeFilter() {
    }

    /** A line that is page chrome and nothing else. */
    static boolean isChromeLine(String line) {
        return line.length() <= MAX_CHROME_LENGTH && CHROME_LINE.matcher(Texts.normalizeSpace(line)).matches();
    }

    /**
     * A site menu: several short items separated by bars, double spaces or arrows, or a
     * line made of section words only ("Home News Politics", "NATIONAL N.KOREA ECONOMY").
     */
    static boolean isMenuLine(String line) {
        if (line.length() > MAX_CHROME_LENGTH || line.isBlank()) {
            return false;
        }
        String text = line.strip();
        if (FURNITURE.matcher(Texts.normalizeSpace(text)).matches()) {
            return true;
        }
        if (SOURCE_LINE.matcher(text).matches()
                || java.util.Arrays.stream(text.split("\\|")).anyMatch(DateReader::isDateLine)) {
            return false;
        }
        if (text.matches(".*[.!?]$")) {
            return false;
        }
        String[] items = text.split("\\s*\\|\\s*|\\s{2,}|\\s+[>»›]\\s+");
        int words = Texts.normalizeSpace(text).split(" ").length;
        if (items.length >= 3 && java.util.Arrays.stream(items).allMatch(item -> item.strip().split(" ").length <= 4)) {
            return true;
        }
        String[] tokens = Texts.normalizeSpace(text).toLowerCase(java.util.Locale.ROOT).split(" ");
        long sections = java.util.Arrays.stream(tokens).filter(SECTION_WORDS::contains).count();
        return words >= 3 && sections * 10 >= tokens.length * 7;
    }

    /**
     * A section label alone on a line ("Politics", "Foreign policy", "Politics >
     * Diplomacy").
     */
    static boolean isSectionLabel(String line) {
        String[] tokens = Texts.normalizeSpace(line).toLowerCase(java.util.Locale.ROOT).split(" ");
        return tokens.length <= 3 && tokens.length > 0
                && java.util.Arrays.stream(tokens).allMatch(SECTION_WORDS::contains) || isTrail(line);
    }

    /**
     * A section and its subsection, whatever their names: "Sports › Football",
     * "Economy|Trade War", "Economy › Oil&Gas": two or three parts of one or two
     * capitalised words between arrows or bars, no comma, no digit.
     */
    private static boolean isTrail(String line) {
        String text = Texts.normalizeSpace(line);
        if (text.length() > 50 || text.contains(",") || text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] parts = text.split("\\s*[›»>|]\\s*");
        return parts.length >= 2 && parts.length <= 3 && java.util.Arrays.stream(parts)
            .allMatch(part -> !part.isEmpty() && part.split(" ").length <= 2 && Character.isUpperCase(part.charAt(0)));
    }

    /**
     * A copyright footer's owner: "© 2026 Laotian Times. All rights reserved.", "© 2026
     * MONTSAME News Agency", "Bangkok Post Public Company Limited. All rights reserved.",
     * "© 2026 Kun.uz. Full or partial use ...".
     */
    private static final Pattern COPYRIGHT_OWNER = Pattern
        .compile("(?i)^(?:(?:[©ⓒ]|\\(c\\)|copyright)\\s*){0,2}" + "(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?"
                + "(?<owner>[\\p{L}\\p{N}][\\p{L}\\p{N}&' -]{1,50}?(?:\\.[a-z]{2,4})?)(?:\\s+\\d{4})?"
                + "(?:\\s+(?:public\\s+company\\s+limited|company\\s+limited|co\\.,?\\s*ltd\\.?|ltd\\.?|limited|inc\\.?"
                + "|pcl|plc|berhad|bhd\\.?))?(?:\\s*\\([^()]{1,60}\\)|\\s*\\[[^\\[\\]]{1,60}\\])?"
                + "\\s*(?:(?:[.,]\\s+|\\s+(?=all rights)).*)?\\.?$");

    /**
     * A footer naming its owner before the sign: "Vestnik Kavkaza © 2026. All rights
     * reserved."
     */
    private static final Pattern OWNER_THEN_SIGN = Pattern
        .compile("(?i)^(?<owner>\\p{L}[\\p{L}\\p{N}&' -]{1,50}?)\\s*(?:[©ⓒ]|\\(c\\))\\s*\\d{4}(?:[.,]\\s+.*)?\\.?$");

    /** What a footer's owner cannot be: the rest of the footer's formula. */
    private static final Pattern NOT_AN_OWNER = Pattern
        .compile("(?i)^(?:all rights.*|rights reserved|copyright|reserved|the|photo|photos|images?)$");

    /** The paper a copyright footer names, when the agency table knows it. */
    static java.util.Optional<AgencyTable.Agency> copyrightOwner(String line) {
        return copyrightOwnerName(line).flatMap(owner -> AgencyTable.bySign(owner).or(() -> AgencyTable.byName(owner)));
    }

    /**
     * The owner a copyright footer names, as written, whether or not the agency table
     * knows it: "Copyright 2026 The Japan Times", "ⓒ The Korea Herald", "Copyright NHK
     * (Japan Broadcasting Corporation) All rights reserved.", "Vestnik Kavkaza © 2026".
     */
    static java.util.Optional<String> copyrightOwnerName(String line) {
        String text = Texts.normalizeSpace(line);
        String folded = text.toLowerCase(java.util.Locale.ROOT);
        if (text.length() > MAX_CHROME_LENGTH) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = null;
        if (text.startsWith("©") || text.startsWith("ⓒ") || folded.startsWith("(c)") || folded.startsWith("copyright")
                || folded.contains("all rights reserved")) {
            m = COPYRIGHT_OWNER.matcher(text);
        }
        if (m == null || !m.matches()) {
            m = OWNER_THEN_SIGN.matcher(text);
            if (!m.matches()) {
                return java.util.Optional.empty();
            }
        }
        String owner = m.group("owner").strip();
        return NOT_AN_OWNER.matcher(owner).matches() || !isName(owner) ? java.util.Optional.empty()
                : java.util.Optional.of(owner);
    }

    /**
     * Words a name is made of: each capitalised or a number ("The Japan Times",
     * "Kun.uz"), bar the small words a name joins with ("Bank of Laos"); not a phrase of
     * a sentence ("the publisher said").
     */
    private static boolean isName(String text) {
        return java.util.Arrays.stream(text.split("[ -]+"))
            .filter(word -> !word.isEmpty())
            .allMatch(word -> Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0))
                    || java.util.Set.of("of", "and", "for", "de", "&").contains(word));
    }

    /** A line that states a copyright and nothing else. */
    static boolean isCopyrightLine(String line) {
        return line.length() <= MAX_CHROME_LENGTH && COPYRIGHT_LINE.matcher(Texts.normalizeSpace(line)).matches();
    }

    /** The parts of a "Source: X | date | Editor: Y" line, or empty. */
    static java.util.List<String> sourceLineParts(String line) {
        if (line.length() > MAX_CHROME_LENGTH || !SOURCE_LINE.matcher(line).matches()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(line.split("\\|")).map(Texts::normalizeSpace).toList();
    }

    /** A line that heads the page's topic tags. */
    static boolean isTagsHeading(String line) {
        return TAGS_HEADING.matcher(Texts.normalizeSpace(line)).matches();
    }

    /**
     * The heading after which a page lists other stories, not this one: the agency's list
     * of other news under the story ("ຂ່າວອື່ນໆ", "Other news"); after the story's text,
     * also "Related Posts", "Read also", "See more".
     */
    static boolean isOtherNewsHeading(String line, boolean afterText) {
        String text = Texts.normalizeSpace(line).replaceAll("[:：]$", "");
        return line.length() <= MAX_CHROME_LENGTH && (OTHER_NEWS_HEADING.matcher(text).matches()
                || afterText && LATE_OTHER_NEWS_HEADING.matcher(text).matches());
    }

}
