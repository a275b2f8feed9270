package news.dateline.ingest.wire;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a lead, by one grammar:
 * {@code PLACE[, Country | [Country]][, Date] [(AGENCY) | , AGENCY | /AGENCY/] [— – - -- : .]},
 * as in "MOSCOW —", "AZERBAIJAN, May 7 -", "LONDON, Dec 9 (Reuters) -", "HANOI, Vietnam
 * (AP) —", "Vientiane (KPL) -", "VIENTIANE, 30 November 2026 (KPL) –", "HANOI, Dec. 9
 * (Xinhua) --", "Baku, December 9, AZERTAG", "MOSCOW, December 9. /TASS/.", "BAKU,
 * Azerbaijan, Dec. 9.", "Baku, Azerbaijan, December 2.", "Bakı, 9 dekabr, AZƏRTAC",
 * "ASTANA. KAZINFORM –", "Baku. 3 December. REPORT.AZ", "New Delhi [India], December 2
 * (ANI):", "ROME, NOV 18 -", "BAKU, Nov 12 (KUNA) --" (a sign the agency table lacks is
 * taken as written), "KUALA LUMPUR: ...", "Hanói, 3 dic (EFE).-", and KPL's Lao dateline.
 * Only the very start of the lead is read: a place named later in the body is never taken
 * for a dateline.
 */
final class DatelineReader {

    /**
     * @param place where the story was filed from, title-cased when the copy shouts it
     * @param source the agency named in the dateline, or null
     * @param date the date the dateline gives, as written ("Dec. 9", "30 November 2026"),
     * or null
     * @param rest the lead without its dateline
     */
    record Dateline(String place, String source, String date, String rest) {
    }

    /**
     * A month's name or abbreviation, in capitals too ("Dec.", "December", "NOV"), or in
     * Azerbaijani or Lao ("dekabr").
     */
    private static final String MONTH = "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*"
            + "|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\\p{Lu}*|(?iu:" + DateReader.OTHER_MONTH_NAMES
            + ")(?![\\p{L}\\p{M}]))\\.?";

    private static final String NOT_A_DATE_WORD = "(?!" + MONTH + "\\s*\\d)"
            + "(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)";

    /**
     * A place in capitals, each word whole ("BAKU. Dec 2 (Interfax)": not "BAKU. D").
     */
    private static final String CAPS = "\\p{Lu}[\\p{Lu}.'’-]+(?!\\p{Ll})(?: \\p{Lu}[\\p{Lu}.'’-]*(?!\\p{Ll})){0,3}";

    private static final String TITLE = NOT_A_DATE_WORD
            + "\\p{Lu}[\\p{Ll}'’-]+(?: (?:\\p{Lu}[\\p{Ll}'’-]+|de|da|es|am|on)){0,3}";

    private static final String REGION = NOT_A_DATE_WORD + "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}";

    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";

    private static final String DATE = WEEKDAY + "(?:" + MONTH
            + "\\s*\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?" + MONTH
            + ")(?:,?\\s+(?:de\\s+)?\\d{4})?|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{1,2}/\\d{1,2}(?![\\d/])";

    /**
     * A sign in brackets that the agency table does not know, as a dateline puts it
     * before its dash ("BAKU, Nov 12 (KUNA) --"): one word in capitals, a web address
     * ("(UzDaily.com)") or up to three words in title case ("(Daily Mirror)"), not one of
     * the words agencies bracket in a headline ("(LEAD)", "(UPDATE)"); a place in
     * brackets ("(Azerbaijan)") is the dateline's and signs nothing.
     */
    private static final String UNKNOWN_SIGN = "(?!(?i:LEAD|UPDATE|UPDATED|URGENT|FLASH|REFILE|CORRECTED|ADVISORY|PHOTO"
            + "|PHOTOS|VIDEO|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|INTERVIEW|FEATURE|WRAPUP|RECAST)\\))"
            + "(?:\\p{Lu}[\\p{Lu}\\p{N}&]{1,11}|\\p{Lu}[\\p{L}\\p{N}-]{1,20}\\.\\p{Ll}{2,4}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})";

    private static final String TAG = "\\((?<sign>" + AgencyTable.SIGN + ")(?:/\\p{L}+)*\\)|\\.?\\s*/(?<slashed>"
            + AgencyTable.SIGN + ")/\\.?|\\.?\\s*(?<trailing>" + AgencyTable.SIGN + ")/(?=\\s)|\\((?<unknown>"
            + UNKNOWN_SIGN + ")\\)|(?<bare>" + AgencyTable.SIGN
            + ")(?=\\s*(?:--|—|–|-\\s))|(?:\\.\\s+|(?<=\\.\\s{1,3}))(?<dotted>" + AgencyTable.SIGN
            + ")(?![\\p{L}\\p{N}])\\.?(?=\\s*$|\\s+[\\p{Lu}\"“])";

    private static final String CREDIT = ",\\s*(?<credit>" + AgencyTable.SIGN + ")(?![\\p{L}\\p{N}])";

    /**
     * A date of the Hijri calendar, which Gulf agencies put before the Gregorian one:
     * "Riyadh, Jumada II 1, 1446, Dec 2, 2024, SPA --". Skipped: the Gregorian date
     * follows.
     */
    private static final String HIJRI = "(?:Muharram|Safar|Rabi[‘'ʻ]?\\s*(?:al-)?(?:Awwal|Thani|Akhir|II|I)|"
            + "Jumada\\s*(?:al-)?(?:Ula|Awwal|Akhirah|Akhira|Thani|Akhir|II|I)|Rajab|Sha[‘'ʻ]?ban|Ramadan|Shawwal|"
            + "Dhu\\s*al-?\\s*(?:Qa[‘'ʻ]?dah|Qi[‘'ʻ]?dah|Hijjah))\\s+\\d{1,2},\\s*\\d{4}";

    private static final String SEP = "\\s*(?<sep>\\.?(?:--|—|–|-(?=\\s))|:(?=\\s))\\s*";

    private static final Pattern GRAMMAR = Pattern.compile("^(?<place>" + CAPS + "|" + TITLE + ")(?:,\\s*" + HIJRI
            + "(?=,)|,\\s*(?<region>" + REGION + ")|\\s*\\[(?<bracketed>" + REGION + ")\\])?(?:[,.]?\\s*(?<date>" + DATE
            + ")(?:\\.(?=\\s*\\())?)?\\s*(?:" + TAG + "|" + CREDIT + ")?(?:" + SEP
            + "|(?<stop>\\.\\s+(?=[\\p{Lu}\"“]))|(?<eol>\\s*$))?");

    /**
     * A place in capitals, a full stop, and what may be an agency's sign: "ASTANA.
     * KAZINFORM".
     */
    private static final Pattern DOTTED_SIGN = Pattern
        .compile("(?<place>\\p{Lu}[\\p{Lu}'’-]+(?: \\p{Lu}[\\p{Lu}'’-]+)?)" + "\\.\\s+(?<sign>\\p{Lu}.*)");

    /** Turan's "Baku/02.12.24/Turan:": place, date and sign between slashes. */
    private static final Pattern SLASHED = Pattern.compile("^(?<place>\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?)/"
            + "(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{2}|\\d{4})/(?<sign>" + AgencyTable.SIGN + "):\\s*");

    /**
     * KPL's Lao dateline: "ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 3 ທັນວາ 2024 (ຂປລ) –" (the place, "the
     * day" and the date, the sign); Lao has no capitals for the grammar to know a place
     * by.
     */
    private static final Pattern LAO = Pattern
        .compile("^(?<place>\\p{IsLao}+(?: \\p{IsLao}+){0,2})\\s*,\\s*(?:ວັນທີ\\s*)?"
                + "(?<date>\\d{1,2}\\s+(?<month>\\p{IsLao}{3,})(?:\\s+\\d{4})?)\\s*(?:\\((?<sign>" + AgencyTable.SIGN
                + ")\\))?\\s*(?:--|—|–|-)\\s*");

    private DatelineReader() {
    }

    /**
     * The dateline at the start of the lead, or empty when the lead does not open with
     * one.
     */
    static Optional<Dateline> read(String lead) {
        Matcher slashed = SLASHED.matcher(lead);
        Optional<AgencyTable.Agency> slashedAgency = slashed.lookingAt() ? AgencyTable.bySign(slashed.group("sign"))
                : Optional.empty();
        if (slashedAgency.isPresent()) {
            String year = slashed.group("year").length() == 2 ? "20" + slashed.group("year") : slashed.group("year");
            return Optional.of(new Dateline(slashed.group("place"), slashedAgency.get().name(),
                    slashed.group("day") + "." + slashed.group("month") + "." + year, lead.substring(slashed.end())));
        }
        Matcher lao = LAO.matcher(lead);
        if (lao.lookingAt() && DateReader.monthNumber(lao.group("month")) > 0) {
            String source = lao.group("sign") == null ? null
                    : AgencyTable.bySign(lao.group("sign")).map(AgencyTable.Agency::name).orElse(null);
            return Optional.of(new Dateline(lao.group("place"), source, lao.group("date"), lead.substring(lao.end())));
        }
        Matcher m = GRAMMAR.matcher(lead);
        if (!m.lookingAt() || AgencyTable.bySignIgnoringCase(m.group("place")).isPresent()) {
            return Optional.empty();
        }
        String sign = m.group("sign") != null ? m.group("sign")
                : m.group("slashed") != null ? m.group("slashed") : m.group("trailing") != null ? m.group("trailing")
                        : m.group("dotted") != null ? m.group("dotted") : m.group("credit");
        if (sign == null && m.group("bare") != null && m.group("date") != null) {
            // "TOKYO, Dec. 2 Kyodo -": the sign after the date, no brackets
            sign = m.group("bare");
        }
        String region = m.group("region");
        if (sign == null && region != null && AgencyTable.bySign(region).isPresent()) {
            // "Tehran, IRNA -- ": the agency's sign after the place's comma, read by the
            // grammar as the place's region
            sign = region;
            region = null;
        }
        String unknown = m.group("unknown");
        boolean placeInBrackets = unknown != null && KnownPlaces.isKnown(unknown);
        if (unknown != null && m.group("sep") == null && (m.group("stop") == null || m.group("date") == null)) {
            // a sign the table lacks is taken before a dash, or after a date and before a
            // full stop ("Ulaanbaatar, December 2 (MONTSAME). Minister ...")
            return Optional.empty();
        }
        String place = m.group("place");
        Matcher dotted = DOTTED_SIGN.matcher(place);
        if (sign == null && dotted.matches() && AgencyTable.bySign(dotted.group("sign")).isPresent()) {
            // "ASTANA. KAZINFORM –": the agency after the place and a full stop
            place = dotted.group("place");
            sign = dotted.group("sign");
        }
        boolean caps = place.equals(place.toUpperCase(Locale.ROOT));
        boolean date = m.group("date") != null;
        boolean separated = m.group("sep") != null;
        boolean endsAfterCredit = sign != null && (m.group("eol") != null || startsSentence(lead, m.end()));
        boolean accepted;
        if (unknown != null) {
            accepted = true;
        }
        else if (sign != null) {
            accepted = separated || endsAfterCredit || m.group("stop") != null;
        }
        else if (date) {
            // "BAKU, Azerbaijan, Dec. 9." and "Baku, Azerbaijan, December 2.": a place in
            // capitals, or a place and its country, before the date and a full stop
            accepted = separated || m.group("stop") != null && (caps || region != null) || m.group("eol") != null;
        }
        else {
            // "KUALA LUMPUR: ..." of Malaysian and Pakistani papers, and "Dubai: The ..."
            // of Gulf papers (a known place before a sentence); not "BREAKING: ..."
            boolean colon = separated && m.group("sep").equals(":");
            accepted = separated && caps && (!colon || !hasAWordThatIsNoPlace(place))
                    || colon && KnownPlaces.isKnown(place) && m.end() < lead.length()
                            && (Character.isUpperCase(lead.charAt(m.end())) || lead.charAt(m.end()) == '"'
                                    || lead.charAt(m.end()) == '“');
        }
        String rest = lead.substring(m.end());
        if (!accepted || (rest.isBlank() && sign == null && !date)) {
            return Optional.empty();
        }
        String source = placeInBrackets ? null : unknown != null ? unknown
                : sign == null ? null : AgencyTable.bySign(sign).map(AgencyTable.Agency::name).orElse(null);
        if (place.endsWith(".") && place.indexOf('.') == place.length() - 1) {
            // "BAKU. Dec 2 (Interfax) -": the stop is the dateline's, not the place's (as
            // it is in "U.S.")
            place = place.substring(0, place.length() - 1);
        }
        return Optional.of(new Dateline(Texts.titleCaseIfAllCaps(place), source, m.group("date"), rest));
    }

    /** Words pages set in capitals that are no place ("BREAKING:", "EXCLUSIVE"). */
    private static final Set<String> NOT_PLACES = Set.of("BREAKING", "EXCLUSIVE", "UPDATE", "UPDATED", "ANALYSIS",
            "EDITORIAL", "FEATURE", "COMMENTARY", "COMMENT", "EXPLAINER", "OPINION", "WATCH", "READ", "MORE",
            "ADVERTISEMENT", "SPONSORED", "FACT", "CHECK", "URGENT", "FLASH", "LEAD", "PHOTO", "PHOTOS", "VIDEO",
            "LIVE", "NEWS", "REVIEW", "INTERVIEW", "SHARE", "LISTEN", "CORRECTION", "ADVISORY", "TOP", "STORY", "ALERT",
            "NOTE", "NOTICE", "WARNING", "REMINDER", "BRIEF", "BRIEFS", "RECAP", "SPECIAL", "REPORT", "Q&A");

    /**
     * Whether a run of words in capitals holds one that pages set in capitals and no
     * place has: "BREAKING", "EXCLUSIVE", "FACT CHECK".
     */
    static boolean hasAWordThatIsNoPlace(String words) {
        return Arrays.stream(words.toUpperCase(Locale.ROOT).split("[\\s.]+")).anyMatch(NOT_PLACES::contains);
    }

    private static boolean startsSentence(String lead, int at) {
        int i = at;
        while (i < lead.length() && Character.isWhitespace(lead.charAt(i))) {
            i++;
        }
        return i > at && i < lead.length()
                && (Character.isUpperCase(lead.charAt(i)) || lead.charAt(i) == '"' || lead.charAt(i) == '“');
    }

}
