package news.dateline.ingest.recognition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.shared.PartialDate;

/**
 * Finds dates in news copy and resolves them against the story's own date: "in 1986", "in
 * May 1995", "on 9 December 2025", "on December 8-9, 2025", "on 8 December", "on May
 * 7-8", "late April", "in October last year", "last month", "last year", "earlier this
 * year", "yesterday", "today", and weekdays ("on Tuesday", "next Friday"), which date but
 * never make a new event candidate (see {@link #weekday}).
 *
 * <p>
 * A date without a year is the most recent such day (or month) on or before the story's
 * date plus a week, so that a story announcing a visit "on May 7-8" finds the coming one.
 * Relative dates need the story's date and are skipped without it.
 *
 * <p>
 * Not dates: numbers that are not years ("2,000 students", "US$223.93 million"), decades
 * ("the 1970s", "the late 1950s"), spans of years ("from 2019 to 2023", "2019-2023": a
 * period such as a chairmanship, not a dated happening), "this year" and "this month"
 * (they place an anniversary or a statistic, not a happening), and the story's own date
 * line ("AZERBAIJAN, May 7 - ").
 */
final class DateExpressions {

    /**
     * When a date of the text says: what a date's {@link Span} holds.
     *
     * @param date at the precision the text gives
     * @param last the last day of a range ("December 8-9" → the 9th), or null
     * @param reporting whether it reports when something happened ("in 2019", "on 8
     * December", "last month") rather than labelling a thing or bounding a period ("the
     * 1986 visit", "a 2017 memorandum", "since 2019", "until May"): only reporting dates
     * become new event candidates, every date can confirm a known event
     */
    record When(PartialDate date, PartialDate last, boolean reporting) {

        LocalDate firstDay() {
            return date.start();
        }

        LocalDate lastDay() {
            return last == null ? date.end() : last.end();
        }

        /** Whether the date and the period {@code [from, to]} can mean the same days. */
        boolean overlaps(LocalDate from, LocalDate to) {
            return !lastDay().isBefore(from) && !firstDay().isAfter(to);
        }
    }

    private static final int DAYS_AHEAD = 7;

    /** "since May", "until May", "by May": the edge of a period, not a happening. */
    private static final Set<String> PERIOD_WORDS = Set.of("since", "until", "by");

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|"
            + "October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";

    private static final String TO_DAY = "(?:\\s*(?:-|–|—|to|and)\\s*(?<toDay>[0-3]?\\d)(?:st|nd|rd|th)?)?";

    private static final String YEAR = "(?<![\\d$€£¥.,/])(?<year>(?:1[89]|20)\\d{2})(?![\\d/]|s\\b|['’]s\\b|[.,]\\d)";

    private static final String YEAR_2 = "(?:1[89]|20)\\d{2}";

    private enum Kind {

        YEAR_SPAN, DAY_MONTH_YEAR, MONTH_DAY_YEAR, DAY_MONTH, MONTH_DAY, MONTH_YEAR, MONTH_RELATIVE_YEAR,
        QUALIFIED_MONTH, YEAR, RELATIVE, WEEKDAY

    }

    private static final Map<Kind, Pattern> PATTERNS = new EnumMap<>(Kind.class);

    static {
        PATTERNS.put(Kind.YEAR_SPAN,
                compile("\\b(?:from\\s+" + YEAR_2 + "\\s*(?:to|until|till|-|–|—)\\s*" + YEAR_2 + "|between\\s+" + YEAR_2
                        + "\\s+and\\s+" + YEAR_2 + "|" + YEAR_2 + "\\s*[-–—]\\s*(?:" + YEAR_2 + "|\\d{2}))\\b"));
        PATTERNS.put(Kind.DAY_MONTH_YEAR, compile("\\b" + DAY + TO_DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR));
        PATTERNS.put(Kind.MONTH_DAY_YEAR, compile("\\b" + MONTH + "\\s+" + DAY + TO_DAY + ",?\\s+" + YEAR));
        PATTERNS.put(Kind.DAY_MONTH, compile("\\b" + DAY + TO_DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b"));
        PATTERNS.put(Kind.MONTH_DAY, compile("\\b" + MONTH + "\\s+" + DAY + TO_DAY + "\\b(?![.,]\\d)"));
        PATTERNS.put(Kind.MONTH_YEAR, compile("\\b(?:(?:early|mid|late)[-\\s]+)?" + MONTH + ",?\\s+" + YEAR));
        PATTERNS.put(Kind.MONTH_RELATIVE_YEAR, compile("\\b" + MONTH + "\\s+(?<rel>last|this|next)\\s+year\\b"));
        PATTERNS.put(Kind.QUALIFIED_MONTH,
                compile("\\b(?<qual>early|mid|late|in|since|until|by|during|last|this|next)[-\\s]+" + MONTH + "\\b"));
        PATTERNS.put(Kind.YEAR, compile("\\b(?:(?:early|mid|late)[-\\s]+)?" + YEAR + "\\b"));
        PATTERNS.put(Kind.WEEKDAY, Pattern.compile("\\b(?:(?<wrel>(?i:last|next|this|on|since|until|by))\\s+)?"
                + "(?<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:['’]s)?\\b"));
        PATTERNS.put(Kind.RELATIVE, compile(
                "\\b(?<rel>(?:last|next)\\s+(?:year|month)|earlier\\s+this\\s+(?:year|month)|yesterday|today(?!['’]))\\b"));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    private static final Pattern DATELINE_PREFIX = Pattern.compile("^\\s*\\p{Lu}[\\p{L}\\p{M} .'’-]{0,40},\\s*$");

    private static final Pattern DATELINE_SUFFIX = Pattern.compile("^\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:-|–|—|--)\\s");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)[\\s-]+$");

    private DateExpressions() {
    }

    /**
     * The dates of a text in order, as spans of characters, overlapping readings resolved
     * in favour of the longest.
     */
    static List<Span<When>> find(String text, LocalDate storyDate) {
        List<Candidate> candidates = matches(text);
        candidates
            .sort(Comparator.comparingInt((Candidate c) -> c.end - c.start).reversed().thenComparingInt(c -> c.start));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (chosen.stream().noneMatch(c -> c.start < candidate.end && candidate.start < c.end)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.start));
        List<Span<When>> mentions = new ArrayList<>();
        for (Candidate candidate : chosen) {
            if (candidate.kind == Kind.YEAR_SPAN || isDateline(text, candidate.start, candidate.end)) {
                continue;
            }
            Span<When> mention = resolve(text, candidate, storyDate);
            if (mention != null && mention.value().reporting() && datesASince(text, candidate.start)) {
                mention = new Span<>(mention.start(), mention.end(),
                        new When(mention.value().date(), mention.value().last(), false));
            }
            if (mention != null) {
                mentions.add(mention);
            }
        }
        return mentions;
    }

    /** "since taking office in": what the date starts, in the clause before it. */
    private static final Pattern SINCE_CLAUSE = Pattern.compile("(?i)\\bsince\\s+\\p{L}+ing\\b[^,.;:()]{0,40}$");

    /**
     * Whether the date dates the start of a period the clause before it opens with
     * "since" and a gerund ("his first visit since taking office in August last year"):
     * not when the story's happening took place.
     */
    private static boolean datesASince(String text, int start) {
        return SINCE_CLAUSE.matcher(text.substring(Math.max(0, start - 80), start)).find();
    }

    record Candidate(Kind kind, int start, int end, MatchResult match) {
    }

    /**
     * Every pattern's matches, as {@link Matcher#find()} gives them one after the other,
     * but tried only where a match can begin: every pattern opens with {@code \\b} and
     * either a digit or a word from a short list ({@link #OPENINGS}: "from", "early",
     * "last", the months, the weekdays), so a match begins where such a word or a digit
     * begins, not preceded by a letter, digit or underscore. The text's words are looked
     * up once for all patterns; a story of 2,000 characters has a few dozen such places
     * instead of 2,000 for each pattern.
     */
    static List<Candidate> matches(String text) {
        int length = text.length();
        int[] starts = new int[16];
        int[] kinds = new int[16];
        int found = 0;
        for (int at = 0; at < length; at++) {
            char c = text.charAt(at);
            if (c >= 128 || !Character.isLetterOrDigit(c) || at > 0 && isAsciiWordChar(text.charAt(at - 1))) {
                continue;
            }
            int mask = Character.isDigit(c) ? DIGIT_OPENS : OPENINGS.getOrDefault(asciiWordAt(text, at), 0);
            if (mask != 0) {
                if (found == starts.length) {
                    starts = Arrays.copyOf(starts, found * 2);
                    kinds = Arrays.copyOf(kinds, found * 2);
                }
                starts[found] = at;
                kinds[found++] = mask;
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Matcher m = PATTERNS.get(kind).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int next = 0;
            for (int i = 0; i < found; i++) {
                int at = starts[i];
                if (at < next || (kinds[i] & 1 << kind.ordinal()) == 0) {
                    continue;
                }
                m.region(at, length);
                if (m.lookingAt()) {
                    candidates.add(new Candidate(kind, m.start(), m.end(), m.toMatchResult()));
                    next = m.end();
                }
            }
        }
        return candidates;
    }

    /**
     * The ASCII letters from {@code at} on, in lower case, or the empty string when they
     * are longer than any opening word (no pattern lets a letter follow its first word).
     */
    private static String asciiWordAt(String text, int at) {
        int end = at;
        while (end < text.length() && end - at <= LONGEST_OPENING && TextFolder.isAsciiLetter(text.charAt(end))) {
            end++;
        }
        return end - at > LONGEST_OPENING ? "" : text.substring(at, end).toLowerCase(Locale.ROOT);
    }

    /**
     * The matches of every pattern by {@link Matcher#find()} over the whole text: what
     * {@link #matches} must give (tests compare them).
     */
    static List<Candidate> matchesEverywhere(String text) {
        List<Candidate> candidates = new ArrayList<>();
        PATTERNS.forEach((kind, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                candidates.add(new Candidate(kind, m.start(), m.end(), m.toMatchResult()));
            }
        });
        return candidates;
    }

    /**
     * A word character of {@code \\b} in ASCII: after one, no pattern can begin (they all
     * begin with {@code \\b} and a word character).
     */
    private static boolean isAsciiWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /**
     * The words a match can begin with, in lower case (the patterns ignore case), each
     * with the bits ({@code 1 << ordinal}) of the kinds that can begin with it; digits
     * open the kinds of {@link #DIGIT_OPENS}.
     */
    private static final Map<String, Integer> OPENINGS = new HashMap<>();

    private static final int DIGIT_OPENS = bits(Kind.YEAR_SPAN, Kind.DAY_MONTH_YEAR, Kind.DAY_MONTH, Kind.YEAR);

    private static final int LONGEST_OPENING;

    static {
        List<String> months = List.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
                "sep", "oct", "nov", "dec");
        opens(months, Kind.MONTH_DAY_YEAR, Kind.MONTH_DAY, Kind.MONTH_YEAR, Kind.MONTH_RELATIVE_YEAR);
        opens(List.of("from", "between"), Kind.YEAR_SPAN);
        opens(List.of("early", "mid", "late"), Kind.MONTH_YEAR, Kind.QUALIFIED_MONTH, Kind.YEAR);
        opens(List.of("in", "during"), Kind.QUALIFIED_MONTH);
        opens(List.of("since", "until", "by", "this"), Kind.QUALIFIED_MONTH, Kind.WEEKDAY);
        opens(List.of("last", "next"), Kind.QUALIFIED_MONTH, Kind.WEEKDAY, Kind.RELATIVE);
        opens(List.of("on"), Kind.WEEKDAY);
        opens(List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), Kind.WEEKDAY);
        opens(List.of("earlier", "yesterday", "today"), Kind.RELATIVE);
        LONGEST_OPENING = OPENINGS.keySet().stream().mapToInt(String::length).max().orElseThrow();
    }

    private static void opens(List<String> words, Kind... kinds) {
        words.forEach(word -> OPENINGS.merge(word, bits(kinds), (a, b) -> a | b));
    }

    private static int bits(Kind... kinds) {
        int bits = 0;
        for (Kind kind : kinds) {
            bits |= 1 << kind.ordinal();
        }
        return bits;
    }

    private static Span<When> resolve(String text, Candidate c, LocalDate storyDate) {
        MatchResult m = c.match();
        Function<String, String> group = name -> m.namedGroups().containsKey(name) ? m.group(name) : null;
        String monthText = group.apply("month");
        if (monthText != null && !Character.isUpperCase(monthText.charAt(0))) {
            return null; // "may", "march": verbs, not months
        }
        Integer month = monthText == null ? null : monthNumber(monthText);
        Integer year = group.apply("year") == null ? null : Integer.valueOf(group.apply("year"));
        Integer day = group.apply("day") == null ? null : Integer.valueOf(group.apply("day"));
        Integer toDay = group.apply("toDay") == null ? null : Integer.valueOf(group.apply("toDay"));
        String rel = group.apply("rel") == null ? null
                : SPACES.matcher(group.apply("rel").toLowerCase(Locale.ROOT)).replaceAll(" ");
        String qual = group.apply("qual") == null ? null : group.apply("qual").toLowerCase(Locale.ROOT);
        try {
            return switch (c.kind()) {
                case DAY_MONTH_YEAR, MONTH_DAY_YEAR -> days(c, LocalDate.of(year, month, day), toDay);
                case DAY_MONTH, MONTH_DAY ->
                    storyDate == null ? null : days(c, recentDay(month, day, storyDate), toDay);
                case MONTH_YEAR -> mention(c, PartialDate.ofMonth(year, month), null, true);
                case MONTH_RELATIVE_YEAR -> storyDate == null ? null
                        : mention(c, PartialDate.ofMonth(storyDate.getYear() + offset(rel), month), null, true);
                case QUALIFIED_MONTH -> storyDate == null ? null : mention(c,
                        monthDate(qualifiedMonth(qual, month, storyDate)), null, !PERIOD_WORDS.contains(qual));
                case YEAR -> mention(c, PartialDate.ofYear(year), null, isReportingYear(text, c.start()));
                case RELATIVE -> storyDate == null ? null : relative(c, rel, storyDate);
                case WEEKDAY -> storyDate == null ? null : weekday(text, c, group, storyDate);
                case YEAR_SPAN -> null;
            };
        }
        catch (DateTimeException impossible) {
            return null; // "31 April"
        }
    }

    private static Span<When> days(Candidate c, LocalDate first, Integer toDay) {
        PartialDate last = null;
        if (toDay != null && toDay > first.getDayOfMonth()) {
            last = PartialDate.of(first.withDayOfMonth(toDay));
        }
        return mention(c, PartialDate.of(first), last, true);
    }

    private static Span<When> mention(Candidate c, PartialDate date, PartialDate last, boolean reporting) {
        return new Span<>(c.start(), c.end(), new When(date, last, reporting));
    }

    private static Span<When> relative(Candidate c, String rel, LocalDate storyDate) {
        return switch (rel) {
            case "last year" -> mention(c, PartialDate.ofYear(storyDate.getYear() - 1), null, true);
            case "next year" -> mention(c, PartialDate.ofYear(storyDate.getYear() + 1), null, true);
            case "earlier this year" -> mention(c, PartialDate.ofYear(storyDate.getYear()), null, true);
            case "last month" -> monthOf(c, YearMonth.from(storyDate).minusMonths(1));
            case "next month" -> monthOf(c, YearMonth.from(storyDate).plusMonths(1));
            case "earlier this month" -> monthOf(c, YearMonth.from(storyDate));
            case "yesterday" -> mention(c, PartialDate.of(storyDate.minusDays(1)), null, true);
            // "at the Ministry of Foreign Affairs in Bangkok today", as Bernama and NNT
            // date the day's news
            case "today" -> mention(c, PartialDate.of(storyDate), null, true);
            default -> null;
        };
    }

    /** Words before a weekday in its sentence that put the day ahead of the story. */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|shall|is to|are to|is set to|are set to|"
            + "is due to|are due to|to be held|is scheduled|are scheduled|is expected to|are expected to|plans? to|"
            + "is going to|are going to|upcoming|coming|forthcoming)\\b");

    /** A verb of reporting in the past: "said", "told", "announced". */
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:said|told|announced|stated|noted|added|"
            + "reported|confirmed|declared|wrote|informed|stressed|emphasi[sz]ed|underlined|pledged)\\b");

    /**
     * Whether the part of a sentence before a weekday speaks of the future, and no verb
     * of reporting in the past follows that: "will visit Hanoi on Friday" is ahead, "will
     * expand ties, the minister said on Wednesday" is the day he said it.
     */
    private static boolean isFutureBefore(String before) {
        Matcher future = FUTURE.matcher(before);
        int lastFuture = -1;
        while (future.find()) {
            lastFuture = future.end();
        }
        return lastFuture >= 0 && !REPORTED.matcher(before).region(lastFuture, before.length()).find();
    }

    /**
     * "on Tuesday", "Tuesday's talks", "last Tuesday", "next Friday": the day of that
     * name around the story's date, which wire copy uses for the days of the week it is
     * published in. The latest such day on or before the story's date, unless "next" or a
     * future tense earlier in the sentence ("will visit Hanoi on Friday") puts it on or
     * after, unless a verb of reporting follows that tense ("will expand ties, the
     * minister said on Wednesday"); "last" means a day before the story's. Not reporting:
     * wire copy uses weekdays loosely (a seed says "Tuesday" of consultations held on
     * Monday 8 December), so a weekday dates the story's main event and can confirm a
     * known event, but makes no new candidate of its own.
     */
    private static Span<When> weekday(String text, Candidate c, Function<String, String> group, LocalDate storyDate) {
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(group.apply("weekday").toUpperCase(Locale.ROOT));
        String rel = group.apply("wrel") == null ? "" : group.apply("wrel").toLowerCase(Locale.ROOT);
        int sentenceStart = Math.max(text.lastIndexOf(". ", c.start()), text.lastIndexOf('\n', c.start())) + 1;
        boolean ahead = rel.equals("next")
                || !rel.equals("last") && isFutureBefore(text.substring(sentenceStart, c.start()));
        LocalDate date;
        if (ahead) {
            date = storyDate.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
            if (rel.equals("next") && date.equals(storyDate)) {
                date = date.plusWeeks(1);
            }
        }
        else {
            date = rel.equals("last") ? storyDate.with(java.time.temporal.TemporalAdjusters.previous(day))
                    : storyDate.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
        }
        return mention(c, PartialDate.of(date), null, false);
    }

    private static Span<When> monthOf(Candidate c, YearMonth month) {
        return mention(c, monthDate(month), null, true);
    }

    private static PartialDate monthDate(YearMonth month) {
        return PartialDate.ofMonth(month.getYear(), month.getMonthValue());
    }

    private static int offset(String rel) {
        return switch (rel) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    /** The most recent such day on or before a week after the story's date. */
    private static LocalDate recentDay(int month, int day, LocalDate storyDate) {
        LocalDate horizon = storyDate.plusDays(DAYS_AHEAD);
        for (int year = horizon.getYear(); year > horizon.getYear() - 8; year--) {
            if (YearMonth.of(year, month).isValidDay(day)) {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (!candidate.isAfter(horizon)) {
                    return candidate;
                }
            }
        }
        throw new DateTimeException("no such day: " + day + "/" + month);
    }

    private static YearMonth qualifiedMonth(String qual, int month, LocalDate storyDate) {
        YearMonth current = YearMonth.from(storyDate);
        return switch (qual) {
            case "last" -> {
                YearMonth candidate = YearMonth.of(current.getYear(), month);
                yield candidate.isBefore(current) ? candidate : candidate.minusYears(1);
            }
            case "next" -> {
                YearMonth candidate = YearMonth.of(current.getYear(), month);
                yield candidate.isAfter(current) ? candidate : candidate.plusYears(1);
            }
            case "this" -> YearMonth.of(current.getYear(), month);
            default -> {
                YearMonth candidate = YearMonth.of(storyDate.plusDays(DAYS_AHEAD).getYear(), month);
                yield candidate.atDay(1).isAfter(storyDate.plusDays(DAYS_AHEAD)) ? candidate.minusYears(1) : candidate;
            }
        };
    }

    /**
     * A bare year reports a happening after "in" or "during" ("founded in 2019");
     * otherwise it labels ("the 1986 visit").
     */
    private static boolean isReportingYear(String text, int start) {
        Matcher previous = PREVIOUS_WORD.matcher(text.substring(Math.max(0, start - 30), start));
        if (!previous.find()) {
            return false;
        }
        String word = previous.group(1).toLowerCase(Locale.ROOT);
        return word.equals("in") || word.equals("during");
    }

    /**
     * "AZERBAIJAN, May 7 - ...", "Vientiane, Dec 10 (KPL) - ...": the story's own date
     * line.
     */
    private static boolean isDateline(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return DATELINE_PREFIX.matcher(text.substring(lineStart, start)).matches()
                && DATELINE_SUFFIX.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
    }

    private static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (key.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }

}
