package news.dateline.ingest.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw copy cut into its parts: the header (the copy's own headline and date line), the
 * body as blocks of lines between blank lines, and the lines of an other-news list.
 * Chrome lines are dropped here; what is inside a line is left to the later readers.
 *
 * @param headline the copy's own headline line, or null
 * @param dateText the header's date as written ("10/12/2025 10:34", "2025-12-09"), or
 * null
 * @param blocks the body, in order
 * @param otherNews the lines under an other-news heading (empty when there is none)
 * @param masthead the agency a masthead, header or footer line names, or null
 * @param footerOwner the owner a copyright footer names, known to the agency table or
 * not, or null
 * @param standfirst the summary under the headline written without a full stop, or null
 * @param place a city set alone on its line under the date line (the dateline), or null
 */
record StoryLayout(String headline, String dateText, List<Block> blocks, List<String> otherNews, String masthead,
        String footerOwner, String standfirst, String place) {

    /**
     * How many header lines (headline, date lines, masthead, byline) are looked at before
     * the body starts.
     */
    private static final int MAX_HEADER_LINES = 7;

    /** How long a line of the story's text before a list of other news is at least. */
    private static final int MIN_TEXT_BEFORE_OTHER_NEWS = 60;

    private static boolean isStoryText(String line) {
        return line.strip().length() >= MIN_TEXT_BEFORE_OTHER_NEWS;
    }

    /** A byline in the header: "By Phonevilay Sisavath", "Reporter: Somsanouk". */
    private static final Pattern BYLINE = Pattern
        .compile("^(?i:by|written by|writer|reporter|reported by|story by|author)\\s*:?\\s+\\S.{0,80}$");

    /** A wire desk's slug: words in capitals joined by hyphens or slashes, no space. */
    private static final Pattern SLUG_LINE = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]*(?:[-/]\\p{Lu}[\\p{Lu}\\p{N}]*)+");

    /** A breadcrumb trail: "Home > Politics", "Home / News / Laos", "News » Politics". */
    private static final Pattern BREADCRUMB = Pattern
        .compile("^(?i:home|news|trang chủ)\\s*[>»/›|].{0,80}$|^(?i:newspaper\\s+section|section)\\s*:\\s*.{1,40}$");

    /**
     * Body text between blank lines.
     *
     * @param lines the block's lines as written
     * @param blanksBefore how many blank lines came before it (a double blank may mark a
     * photo's place)
     */
    record Block(List<String> lines, int blanksBefore) {
        Block {
            lines = List.copyOf(lines);
        }

        /** The lines joined, whitespace normalized. */
        String text() {
            return Texts.normalizeSpace(String.join(" ", lines));
        }
    }

    static StoryLayout of(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        List<String> otherNews = List.of();
        // lists of other news and the page's tags come after the story's text: a
        // "Related" or "Tags" at the top of a page is its menu
        boolean textBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            if (ChromeFilter.isOtherNewsHeading(lines.get(i), textBefore)) {
                otherNews = List.copyOf(lines.subList(i + 1, lines.size()));
                lines = new ArrayList<>(lines.subList(0, i));
                break;
            }
            // a sentence of the story, not a long headline: "Read more" under a byline
            // links the writer's page
            textBefore |= isStoryText(lines.get(i)) && ENDS_SENTENCE.matcher(lines.get(i)).matches();
        }
        textBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            if (textBefore && ChromeFilter.isTagsHeading(lines.get(i))) {
                // "TAGS", then "Azerbaijan", "BRICS", "Thongloun Sisoulith" on the lines
                // under it
                for (int k = i; k < lines.size() && (k == i || !Texts.isBlank(lines.get(k))); k++) {
                    lines.set(k, "");
                }
            }
            textBefore |= isStoryText(lines.get(i));
        }
        int firstLine = nextText(lines, 0);
        if (firstLine < lines.size() && SLUG_LINE.matcher(lines.get(firstLine).strip()).matches()
                && AgencyTable.signOffLine(lines.get(firstLine)).isEmpty()) {
            // "LAOS-VIETNAM-TRADE": the desk's slug above the headline
            lines.set(firstLine, "");
            firstLine = nextText(lines, 0);
        }
        String masthead = null;
        for (int k = 0, seen = 0; k < lines.size() && seen < MAX_HEADER_LINES; k++) {
            if (Texts.isBlank(lines.get(k))) {
                continue;
            }
            seen++;
            Optional<AgencyTable.Agency> named = AgencyTable.masthead(lines.get(k));
            if (named.isPresent() && ChromeFilter.isMenuLine(lines.get(k))) {
                masthead = masthead != null ? masthead : named.get().name();
            }
        }
        lines.replaceAll(line -> ChromeFilter.isChromeLine(line) || ChromeFilter.isMenuLine(line) ? "" : line);

        String headline = null;
        int headlineAt = -1;
        String standfirst = null;
        String place = null;
        String dateText = null;
        boolean dateIsUpdate = false;
        int i = nextText(lines, 0);
        for (int seen = 0; i < lines.size() && seen < MAX_HEADER_LINES; seen++) {
            String line = lines.get(i);
            Optional<DateReader.DatePrefix> prefix = DateReader.datePrefix(line);
            Optional<AgencyTable.Agency> named = AgencyTable.masthead(line);
            List<String> sourceLine = ChromeFilter.sourceLineParts(line);
            if (named.isPresent()) {
                masthead = masthead != null ? masthead : named.get().name();
                lines.set(i, "");
                String rest = withoutSign(line);
                if (dateText == null && !Texts.isBlank(rest)) {
                    dateText = mastheadDate(rest);
                }
            }
            else if (!sourceLine.isEmpty() || isPipedHeader(line)) {
                for (String part : sourceLine.isEmpty() ? List.of(line.split("\\|")) : sourceLine) {
                    Optional<AgencyTable.Agency> credited = AgencyTable
                        .masthead(part.replaceFirst("(?i)^source\\s*:\\s*", ""));
                    if (credited.isPresent() && masthead == null) {
                        masthead = credited.get().name();
                    }
                    String datePart = DateReader.isDateLine(part) ? part
                            : withoutSign(part).replaceFirst("^[\\s–—-]+", "");
                    if (dateText == null && DateReader.isDateLine(datePart)) {
                        dateText = Texts.normalizeSpace(datePart);
                    }
                    else if (dateText == null && isPublishedAndUpdated(part)) {
                        dateText = Texts.normalizeSpace(part.split(DASHED)[0]);
                    }
                }
                lines.set(i, "");
            }
            else if (BYLINE.matcher(Texts.normalizeSpace(line)).matches()
                    || BREADCRUMB.matcher(Texts.normalizeSpace(line)).matches() || ChromeFilter.isSectionLabel(line)) {
                if (dateText == null && BYLINE.matcher(Texts.normalizeSpace(line)).matches()) {
                    dateText = bylineDate(line);
                }
                if (masthead == null && BYLINE.matcher(Texts.normalizeSpace(line)).matches()) {
                    // "By Global Times", "By Xinhua": a paper's or an agency's byline
                    masthead = AgencyTable
                        .byName(Texts.normalizeSpace(line).replaceFirst("(?i)^by\\s+", "").replaceFirst("[.,]$", ""))
                        .map(AgencyTable.Agency::name)
                        .orElse(null);
                }
                lines.set(i, "");
            }
            else if (dateText != null && !DateReader.isDateTimeLine(dateText) && DateReader.isTimeLine(line)) {
                // "Wednesday, 04 Dec 2024", then "7:00 AM MYT" on the next line
                dateText = dateText + " " + Texts.normalizeSpace(line);
                lines.set(i, "");
            }
            else if (DateReader.isDateLine(line)) {
                if (dateText == null || dateIsUpdate && !DateReader.isUpdateLine(line)) {
                    dateText = Texts.normalizeSpace(line);
                    dateIsUpdate = DateReader.isUpdateLine(line);
                }
                lines.set(i, "");
            }
            else if (dateText == null && prefix.isPresent()) {
                dateText = prefix.get().dateText();
                lines.set(i, prefix.get().rest());
                break;
            }
            else if (headline == null && !CaptionDetector.isPhotoCaption(line) && isHeadline(lines, i)
                    && (i == firstLine || Texts.normalizeSpace(line).contains(" "))) {
                headline = Texts.normalizeSpace(line);
                headlineAt = i;
                lines.set(i, "");
            }
            else if (headline != null && dateText != null && isPlaceAlone(lines, i)) {
                // "Baku" alone under the headline and the date line (Vestnik Kavkaza):
                // the dateline
                place = Texts.normalizeSpace(line);
                lines.set(i, "");
                break;
            }
            else if (headline != null && dateText == null && isHeadlineUnderMasthead(headline, lines, i)) {
                // "Turkmenistan Today", then the headline right above the date line:
                // what stood first was the site's name
                for (int k = headlineAt; k < i; k++) {
                    lines.set(k, "");
                }
                standfirst = null; // what stood under the site's name was no summary
                headline = Texts.normalizeSpace(line);
                headlineAt = i;
                lines.set(i, "");
            }
            else if (headline != null && standfirst == null && i == nextText(lines, headlineAt + 1)
                    && (i + 1 >= lines.size() || Texts.isBlank(lines.get(i + 1))) && isStandfirst(line)) {
                // "Landlocked country seeks cheaper route to the sea" under the
                // headline: the story's standfirst
                standfirst = Texts.normalizeSpace(line);
                lines.set(i, "");
            }
            else if (isParagraph(line) || headline == null && !CaptionDetector.isPhotoCaption(line)
                    && (i == firstLine || Texts.normalizeSpace(line).contains(" "))) {
                break;
            }
            i = nextText(lines, i + 1);
        }
        if (dateText == null) {
            // a summary under the headline, then the date and time line, then the story:
            // "Published Nov 12, 2026 21:05" (VietnamPlus)
            int k = i < lines.size() ? nextText(lines, i + 1) : lines.size();
            for (int seen = 0; k < lines.size() && seen < DATE_AFTER_SUMMARY; seen++) {
                if ((DateReader.isDateTimeLine(lines.get(k)) || isLabelledDateLine(lines.get(k)))
                        && nextText(lines, k + 1) < lines.size()) {
                    dateText = Texts.normalizeSpace(lines.get(k));
                    lines.set(k, "");
                    break;
                }
                k = nextText(lines, k + 1);
            }
        }
        // the owner a copyright footer names, whether the agency table knows it or not:
        // the source when nothing else names one
        String footerOwner = null;
        int footerAt = -1;
        for (int k = lines.size() - 1, seen = 0; k >= 0 && seen < FOOTER_LINES && footerOwner == null; k--) {
            if (!Texts.isBlank(lines.get(k))) {
                seen++;
                footerOwner = ChromeFilter.copyrightOwnerName(lines.get(k)).orElse(null);
                footerAt = k;
            }
        }
        if (footerOwner == null) {
            footerOwner = lastLines(otherNews, 1).stream()
                .map(ChromeFilter::copyrightOwnerName)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
        }
        else {
            if (masthead == null) {
                // "© 2026 Laotian Times. All rights reserved.": the page's own paper
                masthead = ChromeFilter.copyrightOwner(lines.get(footerAt)).map(AgencyTable.Agency::name).orElse(null);
            }
            lines.set(footerAt, ""); // the footer, no text of the story
        }
        if (masthead == null) {
            masthead = footerMasthead(lines);
        }
        if (masthead == null) {
            // the copyright line under a list of other news, the page's last
            masthead = otherNews.stream()
                .filter(line -> !Texts.isBlank(line))
                .reduce((first, second) -> second)
                .flatMap(ChromeFilter::copyrightOwner)
                .map(AgencyTable.Agency::name)
                .orElse(null);
        }
        if (dateText == null) {
            dateText = footerDate(lines);
        }
        return new StoryLayout(headline, dateText, blocks(lines), otherNews, masthead, footerOwner, standfirst, place);
    }

    /** How many of the copy's last lines are its footer. */
    private static final int FOOTER_LINES = 4;

    /** The last {@code count} lines with text, the last first. */
    private static List<String> lastLines(List<String> lines, int count) {
        List<String> last = new ArrayList<>(count);
        for (int k = lines.size() - 1; k >= 0 && last.size() < count; k--) {
            if (!Texts.isBlank(lines.get(k))) {
                last.add(lines.get(k));
            }
        }
        return last;
    }

    /** A date line that says what it is: "Published On 30 Nov 2026", "Updated: ...". */
    private static final Pattern LABELLED_DATE = Pattern
        .compile("(?i)^(?:published|first published|updated|last updated|posted)\\b.*");

    private static boolean isLabelledDateLine(String line) {
        String text = Texts.normalizeSpace(line);
        return LABELLED_DATE.matcher(text).matches() && DateReader.isDateLine(text);
    }

    /** How many lines after the first paragraph a date line may still be the story's. */
    private static final int DATE_AFTER_SUMMARY = 3;

    /** A dash between two parts of a header line. */
    private static final String DASHED = "\\s+[–—-]\\s+";

    /**
     * A date, a dash and the date of an update: "02.12.2024 - Update : 02.12.2024"
     * (Anadolu's header); the first is the story's.
     */
    private static boolean isPublishedAndUpdated(String part) {
        String[] pieces = part.strip().split(DASHED);
        return pieces.length == 2 && DateReader.isDateLine(pieces[0]) && !DateReader.isUpdateLine(pieces[0])
                && DateReader.isDateLine(pieces[1]) && DateReader.isUpdateLine(pieces[1]);
    }

    /**
     * A header line of parts between bars, each a date, a masthead or address, a byline
     * or a section: "2017-09-14 14:53 | www.trend.az", "KYODO NEWS - Oct 10, 2024 - 10:52
     * | World".
     */
    private static boolean isPipedHeader(String line) {
        if (!line.contains("|") || line.length() > 200) {
            return false;
        }
        boolean dated = false;
        for (String part : line.split("\\|")) {
            String text = Texts.normalizeSpace(part);
            if (text.isEmpty() || AgencyTable.masthead(text).isPresent() || ChromeFilter.isSectionLabel(text)
                    || BYLINE.matcher(text).matches() || text.matches("(?i)^(?:editor|source)\\s*:.*")
                    || text.matches("[\\p{L}, ]{1,30}") && text.split(" ").length <= 3) {
                continue;
            }
            String withoutName = withoutSign(text).replaceFirst("^[\\s–—-]+", "");
            if (DateReader.isDateLine(text) || DateReader.isDateLine(withoutName) || isPublishedAndUpdated(text)) {
                dated = true;
                continue;
            }
            return false;
        }
        return dated;
    }

    /** A line of body text: long, with a sentence's punctuation. */
    /**
     * A summary under the headline written without a full stop: eight words or more, most
     * in small letters, no date, no caption, no byline, no sentence's end (a sentence
     * there is read as the first paragraph anyway).
     */
    private static boolean isStandfirst(String line) {
        String text = Texts.normalizeSpace(line);
        String[] words = text.split(" ");
        long small = java.util.Arrays.stream(words)
            .filter(word -> !word.isEmpty() && Character.isLowerCase(word.charAt(0)))
            .count();
        return words.length >= 8 && text.length() <= 300 && small * 2 >= words.length && !isParagraph(text)
                && !DateReader.isDateLine(text) && !CaptionDetector.isPhotoCaption(text)
                && !BYLINE.matcher(text).matches() && !ChromeFilter.isChromeLine(text);
    }

    private static boolean isParagraph(String line) {
        String text = Texts.normalizeSpace(line);
        boolean sentence = text.matches(".*[.!?\"”’]$") && text.split(" ").length >= 3;
        return (sentence || text.length() >= 60 && text.contains(". ")) && !CaptionDetector.isPhotoCaption(text);
    }

    /** The line without the agency's sign and the separators around it. */
    private static String withoutSign(String line) {
        String text = Texts.normalizeSpace(line);
        for (AgencyTable.Agency agency : AgencyTable.all()) {
            for (String sign : agency.signs()) {
                int at = text.indexOf(sign);
                if (at >= 0) {
                    String rest = (text.substring(0, at) + " " + text.substring(at + sign.length()))
                        .replaceAll("^[\\s|»›>·•©-]+|[\\s|»›>·•-]+$", "")
                        .replaceFirst("(?i)^(?:copyright|\\(c\\))?\\s*(?:\\d{4})?\\s*(?:the)?\\s*$", "");
                    return rest;
                }
            }
        }
        return text;
    }

    /**
     * The date in what a masthead line holds besides the agency's name: all of it ("Oct
     * 10, 2024 - 10:52"), or one of its parts between bars ("Oct 10, 2024 - 10:52 |
     * World, All"); null when there is none.
     */
    private static String mastheadDate(String rest) {
        if (DateReader.isDateLine(rest)) {
            return Texts.normalizeSpace(rest);
        }
        for (String part : rest.split("\\|")) {
            String text = Texts.normalizeSpace(part).replaceFirst("^[–—-]\\s*", "").replaceFirst("\\s*[–—-]$", "");
            if (!text.isEmpty() && DateReader.isDateLine(text)) {
                return text;
            }
        }
        return null;
    }

    /**
     * A date line closing the copy, as some agencies print the time of publication under
     * the story ("2023-04-13 21:05:31"): taken out of the body when the header has no
     * date.
     */
    private static String footerDate(List<String> lines) {
        int seen = 0;
        int update = -1;
        for (int k = lines.size() - 1; k >= 0 && seen < 3; k--) {
            if (Texts.isBlank(lines.get(k))) {
                continue;
            }
            seen++;
            String line = lines.get(k);
            if (DateReader.isDateTimeLine(line) && !DateReader.isUpdateLine(line)) {
                lines.set(k, "");
                return Texts.normalizeSpace(line);
            }
            if (update < 0 && DateReader.isDateLine(line) && DateReader.isUpdateLine(line)) {
                update = k;
                continue;
            }
            Matcher publishedIn = PUBLISHED_IN.matcher(Texts.normalizeSpace(line));
            if (publishedIn.matches() && DateReader.isDateLine(publishedIn.group("date"))) {
                lines.set(k, "");
                return publishedIn.group("date");
            }
            String byline = BYLINE.matcher(Texts.normalizeSpace(line)).matches() ? bylineDate(line) : null;
            if (byline != null) {
                lines.set(k, "");
                return byline;
            }
        }
        if (update >= 0) {
            // only the time of an update ("Updated : 03/12/2024 17:12"): the story was
            // out by then
            String line = Texts.normalizeSpace(lines.get(update));
            lines.set(update, "");
            return line;
        }
        return null;
    }

    /**
     * A paper's closing line naming itself and the day: "Published in Dawn, December 4th,
     * 2024".
     */
    private static final Pattern PUBLISHED_IN = Pattern.compile(
            "(?i)^(?:first\\s+)?(?:published|printed)\\s+in\\s+(?:the\\s+)?(?<paper>[^,]{1,60}),\\s*(?<date>.+?)\\.?$");

    /** Where a byline's date begins: after "on", a comma or a separator. */
    private static final Pattern BYLINE_DATE = Pattern
        .compile("\\s{2,}|\\s+[|–—-]\\s+|\\s*\\|\\s*|,\\s*|\\s+(?i:on|at)\\s+");

    /**
     * The date a byline gives, or null: "By Ngoc Anh | 02/12/2024", "By Aibarshyn
     * Akhmetkali in Business on 3 December 2024", "By Staff Writer, December 3, 2024".
     */
    private static String bylineDate(String line) {
        String text = line.strip();
        Matcher from = BYLINE_DATE.matcher(text);
        while (from.find()) {
            String rest = text.substring(from.end());
            if (DateReader.isDateLine(rest)) {
                return Texts.normalizeSpace(rest);
            }
            Matcher end = BYLINE_DATE.matcher(rest);
            String part = end.find() ? rest.substring(0, end.start()) : rest;
            if (DateReader.isDateLine(part)) {
                return Texts.normalizeSpace(part);
            }
        }
        return null;
    }

    /**
     * A masthead or address line among the last lines of the copy ("© 2025 Vientiane
     * Times", "Source: en.vietnamplus.vn"), removed from the body; a copyright line
     * naming no agency the table knows is removed too.
     */
    private static String footerMasthead(List<String> lines) {
        int seen = 0;
        for (int k = lines.size() - 1; k >= 0 && seen < FOOTER_LINES; k--) {
            if (Texts.isBlank(lines.get(k))) {
                continue;
            }
            seen++;
            String line = lines.get(k);
            Matcher publishedIn = PUBLISHED_IN.matcher(Texts.normalizeSpace(line));
            Optional<AgencyTable.Agency> named = publishedIn.matches()
                    ? AgencyTable.bySign(publishedIn.group("paper").strip()) : AgencyTable.masthead(line);
            if (publishedIn.matches()) {
                if (named.isPresent()) {
                    return named.get().name();
                }
                continue;
            }
            if (named.isPresent() && AgencyTable.signOffLine(line).isEmpty()) {
                lines.set(k, "");
                return named.get().name();
            }
            Optional<AgencyTable.Agency> owner = ChromeFilter.copyrightOwner(line);
            if (owner.isPresent()) {
                // "© 2026 Laotian Times. All rights reserved.", "Bangkok Post Public
                // Company Limited. All rights reserved.": the page's own paper
                lines.set(k, "");
                return owner.get().name();
            }
            if (ChromeFilter.isCopyrightLine(line)) {
                lines.set(k, "");
            }
        }
        return null;
    }

    /** A city written in title case: "Baku", "Ho Chi Minh City". */
    private static final Pattern TITLE_CASE_PLACE = Pattern
        .compile("\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’.-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}");

    /** Words of a region's name, which pages use as a section: "Asia", "Central Asia". */
    private static final Pattern REGION = Pattern
        .compile("(?i)\\b(?:asia|europe|africa|america|americas|caucasus|pacific|mekong|east|west|world)\\b");

    /**
     * A known city in title case alone on its line, blank lines around it, with the
     * story's text after it.
     */
    private static boolean isPlaceAlone(List<String> lines, int i) {
        String text = Texts.normalizeSpace(lines.get(i));
        return text.length() <= 30 && TITLE_CASE_PLACE.matcher(text).matches() && !REGION.matcher(text).find()
                && KnownPlaces.isKnown(text) && !ChromeFilter.isSectionLabel(text)
                && (i == 0 || Texts.isBlank(lines.get(i - 1))) && i + 1 < lines.size()
                && Texts.isBlank(lines.get(i + 1)) && nextText(lines, i + 1) < lines.size()
                && isParagraph(lines.get(nextText(lines, i + 1)));
    }

    /** The most words a site's name above the headline has: "NHK WORLD-JAPAN News". */
    private static final int MAX_MASTHEAD_WORDS = 4;

    /**
     * A headline-like line, longer than the {@code earlier} one taken for the headline,
     * which is short enough to be a site's or a section's name, with the date line right
     * after it: the page's own headline under its masthead.
     */
    private static boolean isHeadlineUnderMasthead(String earlier, List<String> lines, int i) {
        String line = Texts.normalizeSpace(lines.get(i));
        int next = nextText(lines, i + 1);
        if (next < lines.size() && isStandfirst(lines.get(next))
                && (next + 1 >= lines.size() || Texts.isBlank(lines.get(next + 1)))) {
            // the headline, its summary, then the date line ("AA Energy" over Anadolu's)
            next = nextText(lines, next + 1);
        }
        return earlier.split(" ").length <= MAX_MASTHEAD_WORDS && line.split(" ").length > earlier.split(" ").length
                && !CaptionDetector.isPhotoCaption(line) && isHeadline(lines, i) && next < lines.size()
                && isDateOrItsLine(lines.get(next));
    }

    /**
     * A date line, or a header line with the date among its parts ("Name |04.12.2026").
     */
    private static boolean isDateOrItsLine(String line) {
        return DateReader.isDateLine(line) || DateReader.datePrefix(line).isPresent() || isPipedHeader(line);
    }

    /**
     * A headline-like line standing alone (or just before a date or a dateline) with more
     * copy after it.
     */
    private static boolean isHeadline(List<String> lines, int i) {
        if (!HeadlineMaker.looksLikeHeadline(lines.get(i)) || AgencyTable.signOffLine(lines.get(i)).isPresent()
                || nextText(lines, i + 1) >= lines.size()) {
            return false;
        }
        if (i + 1 >= lines.size() || Texts.isBlank(lines.get(i + 1))) {
            return true;
        }
        String next = lines.get(i + 1);
        return DateReader.isDateLine(next) || DateReader.datePrefix(next).isPresent()
                || DatelineReader.read(next).isPresent() || AgencyTable.leadTag(next).isPresent();
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int blanks = 0;
        int blanksBefore = 0;
        for (String line : lines) {
            if (Texts.isBlank(line)) {
                if (!current.isEmpty()) {
                    blocks.addAll(paragraphs(current, blanksBefore));
                    current.clear();
                }
                blanks++;
            }
            else {
                if (current.isEmpty()) {
                    blanksBefore = blanks;
                    blanks = 0;
                }
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.addAll(paragraphs(current, blanksBefore));
        }
        return blocks;
    }

    /**
     * The longest line that hard-wrapped copy writes: wire services wrap at 60 to 80
     * characters, so a longer line is a paragraph written on one line.
     */
    private static final int WRAP_WIDTH = 100;

    /** A line ending a sentence: a full stop, a question, a closing quote. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?\"”’)]\\s*$");

    /**
     * One block of lines between blank lines, as the paragraphs it holds. Most copy
     * separates paragraphs by a blank line and may wrap each at a fixed width: one block,
     * one paragraph. Some copy sends paragraphs without blank lines between them: each
     * paragraph indented ("ROME, NOV 18 - ...", then " The two heads..."), or each on a
     * line of its own, longer than any wrapped line; such a block is cut before each
     * indented line, or after each line that ends a sentence.
     */
    private static List<Block> paragraphs(List<String> lines, int blanksBefore) {
        if (lines.size() < 2) {
            return List.of(new Block(lines, blanksBefore));
        }
        boolean indented = lines.stream().skip(1).anyMatch(StoryLayout::isIndented)
                && !lines.stream().allMatch(StoryLayout::isIndented);
        boolean unwrapped = lines.subList(0, lines.size() - 1)
            .stream()
            .anyMatch(line -> line.strip().length() > WRAP_WIDTH);
        // two items at least: one line opening with a dash or a number may be wrapped
        // text
        boolean listed = lines.stream().filter(StoryLayout::isListItem).count() >= 2;
        if (!indented && !unwrapped && !listed) {
            return List.of(new Block(lines, blanksBefore));
        }
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            boolean startsParagraph = listed && isListItem(line) || indented && isIndented(line)
                    || unwrapped && !current.isEmpty() && ENDS_SENTENCE.matcher(current.getLast()).matches();
            if (startsParagraph && !current.isEmpty()) {
                blocks.add(new Block(current, blocks.isEmpty() ? blanksBefore : 0));
                current.clear();
            }
            current.add(line);
        }
        blocks.add(new Block(current, blocks.isEmpty() ? blanksBefore : 0));
        return blocks;
    }

    /** A list's item: "- expand cooperation;", "• tourism", "2. exchanges". */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-–•*▪◦·]|\\d{1,2}[.)])\\s+\\S.*");

    private static boolean isListItem(String line) {
        return LIST_ITEM.matcher(line).matches();
    }

    /** A line that opens with an indent: a tab, or at least two spaces. */
    private static boolean isIndented(String line) {
        return line.startsWith("\t") || line.startsWith("  ") || line.startsWith("\u00a0\u00a0");
    }

    private static int nextText(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && Texts.isBlank(lines.get(i))) {
            i++;
        }
        return i;
    }
}
