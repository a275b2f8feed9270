package news.dateline.ingest.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The wire agencies the parser recognises, read from the data file {@value #RESOURCE}:
 * names, signs, credit names, web domains, home time zones and the order of their numeric
 * dates. The one source of truth for agencies: the reference data loader puts the same
 * rows into the {@code agency} table. Add an agency by adding an entry to the file.
 *
 * <p>
 * Signs only count where agencies sign: a tag in front of the lead, the dateline, an
 * aggregator's credit, a credit verb ("Trend reports"), a sign-off at the end, or a
 * masthead line of its own. A name inside a sentence ("told the Vietnam News Agency")
 * never does.
 */
public final class AgencyTable {

    /** Where the table is, on the class path. */
    public static final String RESOURCE = "ingest/agencies.yml";

    /**
     * One agency.
     *
     * @param name the agency as {@link news.dateline.ingest.WireStory#source()} and the
     * {@code agency} table give it
     * @param fullName a longer display name, or null
     * @param website its home page, or null
     * @param domains the web domains of its pages ("kpl.gov.la")
     * @param zone the IANA zone of times it writes without an offset, or null when it
     * files from everywhere
     * @param signs how it signs, exactly (case matters: "AP" but not "ap")
     * @param credits names that count only before a credit verb ("Report informs")
     * @param bareLeadTag true when it tags its lead with its name alone ("KPL Laos and
     * ...")
     * @param numericDates "month-first" when its numeric dates put the month first
     * @param pageMarks regular expressions (multi-line) for what its page template leaves
     * in pasted copy, read only when the copy credits no one
     */
    public record Agency(String name, String fullName, String website, List<String> domains, String zone,
            List<String> signs, List<String> credits, Boolean bareLeadTag, String numericDates,
            List<String> pageMarks) {

        public Agency {
            pageMarks = pageMarks == null ? List.of() : List.copyOf(pageMarks);
            domains = domains == null ? List.of() : List.copyOf(domains);
            signs = signs == null ? List.of() : List.copyOf(signs);
            credits = credits == null ? List.of() : List.copyOf(credits);
            bareLeadTag = Boolean.TRUE.equals(bareLeadTag);
        }

        /** The home zone, or null. */
        public ZoneId homeZone() {
            return zone == null ? null : ZoneId.of(zone);
        }

        /**
         * The offset of the agency's home on a date (daylight saving included), or null.
         */
        public ZoneOffset offsetOn(LocalDate date) {
            ZoneId home = homeZone();
            return home == null ? null : home.getRules().getOffset(date.atTime(12, 0));
        }

        boolean monthFirst() {
            return "month-first".equalsIgnoreCase(numericDates);
        }

        boolean dayFirst() {
            return "day-first".equalsIgnoreCase(numericDates);
        }
    }

    /** The file's shape. */
    record Table(List<Agency> agencies) {
    }

    /**
     * A sign found in front of the lead: the agency's name (or an unknown credited name)
     * and the text after it.
     */
    record Tagged(String source, String rest) {
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    static final List<Agency> AGENCIES = load();

    /** Any agency's sign, longest first so "Trend News Agency" wins over "Trend". */
    static final String SIGN = alternatives(AGENCIES.stream().flatMap(a -> a.signs().stream()));

    /** A sign with partner agencies slashed on: "VNA/VNS", "KPL/VNA". */
    private static final String SIGNED = "(?<sign>" + SIGN + ")(?:/\\p{L}+)*(?![\\p{L}\\p{N}])";

    /**
     * Others a paper credits beside itself: "DAILY SABAH WITH AA", "Hürriyet Daily News
     * with agencies".
     */
    private static final String WITH_OTHERS = "(?:,?\\s+(?i:with|and)\\s+(?:(?i:news\\s+|wire\\s+)?(?i:agencies)|(?:"
            + SIGN + ")(?![\\p{L}\\p{N}])))?";

    private static final String BARE_SIGN = "(?<sign>"
            + alternatives(AGENCIES.stream().filter(a -> a.bareLeadTag()).flatMap(a -> a.signs().stream())) + ")";

    private static final String CREDIT_NAME = alternatives(
            AGENCIES.stream().flatMap(a -> Stream.concat(a.signs().stream(), a.credits().stream())));

    private static final String DASH = "(?:--|[—–-])";

    /**
     * Tags in front of the lead: "(KPL)", "(KPL/VNA) -"; "AFP —"; and for agencies that
     * do so, the bare "KPL " or "ຂປລ " ("ຂປລ. " in Lao copy).
     */
    private static final List<Pattern> LEAD_TAGS = List.of(
            Pattern.compile("^\\(" + SIGNED + "\\)\\s*(?:" + DASH + "|:)?\\s*"),
            Pattern.compile("^" + SIGNED + "\\s*(?:" + DASH + "|:)\\s*"),
            Pattern.compile("^" + BARE_SIGN + "\\.?\\s+"));

    /**
     * "(MENAFN - Trend News Agency)": an aggregator crediting the agency it carries;
     * MENAFN's bracket is often lost.
     */
    private static final Pattern AGGREGATOR_CREDIT = Pattern
        .compile("^\\(?MENAFN\\s*" + DASH + "\\s*(?<credit>[^()\\n]{1,60}?)\\s*\\)\\s*");

    /**
     * A whole line that signs the story off: "KPL", "— AFP", "==Kyodo", "(Reuters)",
     * "Source: VNA", "By Somchai Phimmasone / KPL", "Source: Al Jazeera and news
     * agencies".
     */
    private static final Pattern SIGN_OFF_LINE = Pattern.compile("^(?:(?:" + DASH
            + "|==)\\s*|\\(?(?i:source|sources|credit|via)\\s*:\\s*|(?i:by)\\s+[^/|]{2,60}?\\s*[/|]\\s*)?\\(?" + SIGNED
            + "(?:,?\\s+(?i:and|with)\\s+(?i:news\\s+|wire\\s+)?(?i:agencies))?\\)?\\.?$");

    /**
     * A sign-off closing the last paragraph after its full stop: "... he added. —
     * VNA/VNS", "... he said. (AFP)".
     */
    private static final Pattern TRAILING_SIGN_OFF = Pattern
        .compile("(?<=[.!?\"”’)])\\s+(?:" + DASH + "\\s*\\(?|\\()" + SIGNED + "\\)?$");

    /**
     * A capitalised sign closing the last paragraph after its full stop with only a
     * space: "... developing in every field. VNS" (abbreviations only, so that no word is
     * taken), with the desk's initials PTI puts after its sign ("... in a statement. PTI
     * ABC DEF").
     */
    private static final Pattern BARE_TRAILING_SIGN_OFF = Pattern.compile("(?<=[.!?\"”’)])\\s+(?<sign>"
            + alternatives(AGENCIES.stream().flatMap(a -> a.signs().stream()).filter(s -> s.matches("[A-Z]{2,6}")))
            + ")(?:\\s+[A-Z]{2,4}){0,3}$");

    /**
     * The agency crediting itself in a sentence, in the present tense: "Trend reports",
     * "Report informs", "News.az reports"; "reported Xinhua" or "according to Xinhua"
     * quotes another agency and does not count.
     */
    private static final Pattern CREDIT_VERB = Pattern.compile("(?<![\\p{L}\\p{N}.])(?<sign>" + CREDIT_NAME
            + ")(?:'s\\s+correspondent)?\\s+(?:reports|informs|has learned|learns)\\b");

    /** The verbs of {@link #CREDIT_VERB}: a text without one credits no agency. */
    private static final List<String> CREDIT_VERBS = List.of("reports", "informs", "has learned", "learns");

    /** A web address or a bare domain of one of the agencies. */
    private static final Pattern DOMAIN = Pattern
        .compile("(?i)(?<![\\p{L}\\p{N}.@-])(?:https?://)?(?:[a-z0-9-]+\\.)*" + "(?<domain>"
                + AGENCIES.stream()
                    .flatMap(a -> a.domains().stream())
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}-])");

    /**
     * A masthead or footer line naming the agency: its sign alone, with a section or
     * copyright around it ("Laotian Times | Politics", "© 2025 Vientiane Times", "Xinhua
     * | Updated: ...", "ALL RIGHTS RESERVED © Copyright ANSA").
     */
    private static final Pattern MASTHEAD = Pattern.compile(
            "^(?:(?i:all\\s+rights\\s+reserved)[.,]?\\s*)?(?:(?:©|\\(c\\)|(?i:copyright))\\s*)*(?:\\d{4}\\s*)?(?:the\\s+)?"
                    + SIGNED + WITH_OTHERS
                    + "\\.?(?:\\s*(?:[|»›>·•]|\\s-\\s).{0,80}|[.,]?\\s*(?i:all\\s+rights\\s+reserved)\\.?)?$");

    /**
     * A sign, a comma and what may be a date line: "Vientiane Times, December 3, 2026".
     */
    private static final Pattern MASTHEAD_WITH_DATE = Pattern
        .compile("^(?:the\\s+)?" + SIGNED + "\\s*,\\s*(?<date>[^,].{3,60})$");

    /**
     * A line that is a web address, or names a source by its address: "https://...",
     * "www.kpl.gov.la", "Source: en.vietnamplus.vn", "Link: ...".
     */
    private static final Pattern ADDRESS_LINE = Pattern.compile(
            "(?i)^\\(?(?:(?:source|sources|link|url|read more|nguồn)\\s*:\\s*)?\\S*(?:https?://|www\\.|\\.[a-z]{2,3}(?:/|$))\\S*\\)?$");

    /**
     * A sentence after a sign and a dash: the lead that the sign tags, not a masthead.
     */
    private static final Pattern LEAD_AFTER_SIGN = Pattern
        .compile("\\s+[-–—]\\s+(?=\\p{Lu})(?:\\S+\\s+){5,}\\S*[.!?\"”]$");

    /** How many non-blank lines at the top of the copy are searched for page marks. */
    private static final int PAGE_MARK_LINES = 15;

    private AgencyTable() {
    }

    private static List<Agency> load() {
        try (InputStream in = AgencyTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the agency table " + RESOURCE + " is not on the class path");
            }
            List<Agency> agencies = YAML.readValue(in, Table.class).agencies();
            agencies.forEach(Agency::homeZone);
            return List.copyOf(agencies);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the agency table " + RESOURCE, e);
        }
    }

    private static String alternatives(Stream<String> names) {
        return names.distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Every agency of the table, in its order. */
    public static List<Agency> all() {
        return AGENCIES;
    }

    /** The agency a sign belongs to ("VNA" to "Vietnam News Agency"), or empty. */
    static Optional<Agency> bySign(String sign) {
        String token = sign.strip();
        Optional<Agency> whole = AGENCIES.stream().filter(a -> a.signs().contains(token)).findFirst();
        if (whole.isPresent() || !token.contains("/")) {
            return whole;
        }
        String first = token.replaceFirst("/.*$", "");
        return AGENCIES.stream().filter(a -> a.signs().contains(first)).findFirst();
    }

    /** The agency a sign belongs to, whatever the case and accents ("KYODO NEWS"). */
    static Optional<Agency> bySignIgnoringCase(String sign) {
        return bySign(sign).or(() -> Optional.ofNullable(BY_FOLDED_SIGN.get(foldCase(sign))));
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern NOT_SIGN_CHARACTERS = Pattern.compile("[^\\p{L}\\p{N}.+]+");

    /**
     * Each agency's signs and name folded by {@link #foldCase}, to the first agency of
     * the table with it: folded once, not for every line the parser asks about.
     */
    private static final Map<String, Agency> BY_FOLDED_SIGN = foldedSigns();

    private static Map<String, Agency> foldedSigns() {
        Map<String, Agency> folded = new HashMap<>();
        for (Agency agency : AGENCIES) {
            agency.signs().forEach(sign -> folded.putIfAbsent(foldCase(sign), agency));
            folded.putIfAbsent(foldCase(agency.name()), agency);
        }
        return Map.copyOf(folded);
    }

    private static String foldCase(String text) {
        String decomposed = java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'),
                java.text.Normalizer.Form.NFD);
        String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_SIGN_CHARACTERS.matcher(lower).replaceAll(" ").strip();
    }

    /** The agency a credit name belongs to ("Report" to "Report.az"), or empty. */
    static Optional<Agency> byCredit(String credit) {
        return bySign(credit).or(() -> AGENCIES.stream().filter(a -> a.credits().contains(credit)).findFirst());
    }

    private static String nameOf(String sign) {
        return bySign(sign).map(Agency::name).orElse(sign);
    }

    /**
     * The agency with this name, or empty (also for a name the copy credits that the
     * table does not know).
     */
    public static Optional<Agency> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return AGENCIES.stream()
            .filter(a -> a.name().equals(name))
            .findFirst()
            .or(() -> AGENCIES.stream().filter(a -> a.name().equalsIgnoreCase(name.strip())).findFirst())
            .or(() -> bySign(name));
    }

    /** An agency tag or an aggregator's credit in front of the lead. */
    static Optional<Tagged> leadTag(String lead) {
        Matcher credit = AGGREGATOR_CREDIT.matcher(lead);
        if (credit.lookingAt()) {
            String credited = Texts.normalizeSpace(credit.group("credit"));
            String source = bySign(credited).map(Agency::name).orElse(credited);
            return Optional.of(new Tagged(source, lead.substring(credit.end())));
        }
        for (Pattern pattern : LEAD_TAGS) {
            Matcher tag = pattern.matcher(lead);
            if (tag.lookingAt()) {
                return Optional.of(new Tagged(nameOf(tag.group("sign")), lead.substring(tag.end())));
            }
        }
        return Optional.empty();
    }

    /** The agency signing off with this whole line, or empty. */
    static Optional<Agency> signOffLine(String line) {
        Matcher m = SIGN_OFF_LINE.matcher(Texts.normalizeSpace(line));
        return m.matches() ? bySign(m.group("sign")) : Optional.empty();
    }

    /** A sign-off at the end of a paragraph: the agency and the paragraph without it. */
    static Optional<Tagged> trailingSignOff(String paragraph) {
        int from = Math.max(0, paragraph.length() - 80);
        Matcher m = TRAILING_SIGN_OFF.matcher(paragraph).region(from, paragraph.length()).useTransparentBounds(true);
        if (!m.find()) {
            m = BARE_TRAILING_SIGN_OFF.matcher(paragraph).region(from, paragraph.length()).useTransparentBounds(true);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        String rest = paragraph.substring(0, m.start()).strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(new Tagged(nameOf(m.group("sign")), rest));
    }

    /**
     * The agency whose page the copy is, told by the marks its page template leaves
     * ({@code pageMarks} of the table: a date-line label, a menu, a weather banner) in
     * the first lines of the raw copy; for copy that names no source anywhere else.
     */
    static Optional<Agency> byPageMarks(String text) {
        String head = text.lines()
            .map(Texts::normalizeSpace)
            .filter(line -> !line.isEmpty())
            .limit(PAGE_MARK_LINES)
            .collect(Collectors.joining("\n"));
        return AGENCIES.stream()
            .filter(a -> PAGE_MARKS.get(a).stream().anyMatch(mark -> mark.matcher(head).find()))
            .findFirst();
    }

    /** Each agency's page marks, compiled once. */
    private static final Map<Agency, List<Pattern>> PAGE_MARKS = pageMarks();

    private static Map<Agency, List<Pattern>> pageMarks() {
        Map<Agency, List<Pattern>> marks = new java.util.IdentityHashMap<>();
        AGENCIES.forEach(agency -> marks.put(agency,
                agency.pageMarks().stream().map(mark -> Pattern.compile(mark, Pattern.MULTILINE)).toList()));
        return marks;
    }

    /** The first agency crediting itself with a present-tense verb in the text. */
    static Optional<Agency> creditInText(String text) {
        if (CREDIT_VERBS.stream().noneMatch(text::contains)) {
            return Optional.empty(); // the pattern tries every sign at every character
        }
        Matcher m = CREDIT_VERB.matcher(text);
        while (m.find()) {
            Optional<Agency> agency = byCredit(m.group("sign"));
            if (agency.isPresent()) {
                return agency;
            }
        }
        return Optional.empty();
    }

    /**
     * The agency a masthead, footer or address line names, or empty: its sign alone or
     * with a section, date or copyright around it, a web address of its pages, or a
     * "Source:" line naming its domain.
     */
    static Optional<Agency> masthead(String line) {
        String text = Texts.normalizeSpace(line);
        if (text.isEmpty() || text.length() > 160) {
            return Optional.empty();
        }
        Optional<Agency> fullName = AGENCIES.stream()
            .filter(agency -> agency.fullName() != null && agency.fullName().equalsIgnoreCase(text))
            .findFirst();
        if (fullName.isPresent()) {
            // "Belarusian Telegraph Agency" alone on its line, over "BelTA"
            return fullName;
        }
        Matcher m = MASTHEAD.matcher(text);
        if (m.matches()) {
            if (LEAD_AFTER_SIGN.matcher(text.substring(m.end("sign"))).matches()) {
                // "The Hanoi Times - Hanoi and Vientiane signed ... on December 2.": the
                // lead, tagged
                return Optional.empty();
            }
            return bySign(m.group("sign"));
        }
        Matcher dated = MASTHEAD_WITH_DATE.matcher(text);
        if (dated.matches() && DateReader.isDateLine(dated.group("date"))) {
            // "Vientiane Times, December 3, 2026": the paper's name and the day, as a
            // paper's copy opens
            return bySign(dated.group("sign"));
        }
        if (ADDRESS_LINE.matcher(text).matches()) {
            return byDomainIn(text);
        }
        String[] segments = line.strip().split("\\s*[|»›·•]\\s*|\\s{2,}|\\s+[–—-]\\s+");
        if (segments.length == 0 || segments[0].isBlank()) {
            return Optional.empty();
        }
        String first = segments[0];
        if (first.startsWith("(") && segments.length > 1) {
            // "(ANSA) - ROME, NOV 18 - ...": a sign in brackets tags a lead
            return Optional.empty();
        }
        String opening = Texts.normalizeSpace(first);
        if (segments.length > 1 && text.startsWith(opening)
                && LEAD_AFTER_SIGN.matcher(text.substring(opening.length())).matches()) {
            // "VOV.VN - National Assembly Chairman ... received ...": the lead, tagged
            return Optional.empty();
        }
        String name = first.replaceFirst("(?i)\\s+(?:english|online|edition|global|international|\\.vn|\\.az)$", "");
        if (name.length() <= 40 && name.codePoints().noneMatch(Character::isLowerCase)
                || name.length() <= 40 && foldCase(first).equals(foldCase(text))) {
            return bySignIgnoringCase(name).or(() -> bySignIgnoringCase(first));
        }
        return Optional.empty();
    }

    /** The agency whose web domain a line's address or "Source:" names, or empty. */
    static Optional<Agency> byDomainIn(String text) {
        Matcher d = DOMAIN.matcher(text);
        while (d.find()) {
            String domain = d.group("domain").toLowerCase(Locale.ROOT);
            Optional<Agency> agency = AGENCIES.stream().filter(a -> a.domains().contains(domain)).findFirst();
            if (agency.isPresent()) {
                return agency;
            }
        }
        return Optional.empty();
    }

    /** The agencies whose names and domains appear in order; for tests and tooling. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        AGENCIES.forEach(a -> names.add(a.name()));
        return names;
    }

}
