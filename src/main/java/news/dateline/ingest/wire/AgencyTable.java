package news.dateline.ingest.wire;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The wire agencies the parser recognises, each with the signs it puts on its copy. Signs
 * only count where agencies sign: a tag in front of the lead, the dateline, an
 * aggregator's credit, or a sign-off at the end. A name inside a sentence ("told the
 * Vietnam News Agency") never does. Add an agency by adding a row.
 */
final class AgencyTable {

    /**
     * @param name the agency as {@link news.dateline.ingest.WireStory#source()} gives it
     * @param home the offset of times the agency writes without a zone, or null when it
     * files from everywhere
     * @param bareLeadTag true when the agency tags its lead with its name alone, without
     * brackets ("KPL Laos and ...")
     * @param signs how the agency signs, exactly (case matters: "AP" but not "ap")
     */
    record Agency(String name, ZoneOffset home, boolean bareLeadTag, List<String> signs) {
    }

    /**
     * A sign found in front of the lead: the agency's name (or an unknown credited name)
     * and the text after it.
     */
    record Tagged(String source, String rest) {
    }

    private static final ZoneOffset LAOS = ZoneOffset.ofHours(7);

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final ZoneOffset AZERBAIJAN = ZoneOffset.ofHours(4);

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    static final List<Agency> AGENCIES = List.of(
            new Agency("KPL", LAOS, true, List.of("KPL", "ຂປລ", "Khaosan Pathet Lao", "Lao News Agency")),
            new Agency("Vietnam News Agency", VIETNAM, false,
                    List.of("VNA", "Vietnam News Agency", "Viet Nam News Agency")),
            new Agency("Trend News Agency", AZERBAIJAN, false, List.of("Trend News Agency", "Trend")),
            new Agency("AZERTAC", AZERBAIJAN, false, List.of("AZERTAC", "Azertac")),
            new Agency("Reuters", null, false, List.of("Reuters")),
            new Agency("Associated Press", null, false, List.of("AP", "Associated Press")),
            new Agency("Agence France-Presse", null, false, List.of("AFP", "Agence France-Presse")),
            new Agency("Xinhua", CHINA, false, List.of("Xinhua")),
            new Agency("TASS", ZoneOffset.ofHours(3), false, List.of("TASS")),
            new Agency("Bernama", ZoneOffset.ofHours(8), false, List.of("Bernama")));

    /** Any agency's sign, longest first so "Trend News Agency" wins over "Trend". */
    static final String SIGN = AGENCIES.stream()
        .flatMap(a -> a.signs().stream())
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));

    /** A sign with partner agencies slashed on: "VNA/VNS", "KPL/VNA". */
    private static final String SIGNED = "(?<sign>" + SIGN + ")(?:/\\p{L}+)*(?![\\p{L}\\p{N}])";

    private static final String BARE_SIGN = AGENCIES.stream()
        .filter(Agency::bareLeadTag)
        .flatMap(a -> a.signs().stream())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?<sign>", ")"));

    private static final String DASH = "(?:--|[—–-])";

    /**
     * Tags in front of the lead: "(KPL)", "(KPL/VNA) -"; "AFP —"; and for agencies that
     * do so, the bare "KPL " or "ຂປລ ".
     */
    private static final List<Pattern> LEAD_TAGS = List.of(
            Pattern.compile("^\\(" + SIGNED + "\\)\\s*(?:" + DASH + "|:)?\\s*"),
            Pattern.compile("^" + SIGNED + "\\s*(?:" + DASH + "|:)\\s*"), Pattern.compile("^" + BARE_SIGN + "\\s+"));

    /**
     * "(MENAFN - Trend News Agency)": an aggregator crediting the agency it carries;
     * MENAFN's bracket is often lost.
     */
    private static final Pattern AGGREGATOR_CREDIT = Pattern
        .compile("^\\(?MENAFN\\s*" + DASH + "\\s*(?<credit>[^()\\n]{1,60}?)\\s*\\)\\s*");

    /** A whole line that signs the story off: "KPL", "— AFP", "(Reuters)". */
    private static final Pattern SIGN_OFF_LINE = Pattern.compile("^(?:" + DASH + "\\s*)?\\(?" + SIGNED + "\\)?$");

    /**
     * A sign-off closing the last paragraph after its full stop: "... he added. —
     * VNA/VNS", "... he said. (AFP)".
     */
    private static final Pattern TRAILING_SIGN_OFF = Pattern
        .compile("(?<=[.!?\"”’)])\\s+(?:" + DASH + "\\s*\\(?|\\()" + SIGNED + "\\)?$");

    private AgencyTable() {
    }

    /** The agency a sign belongs to ("VNA" to "Vietnam News Agency"), or empty. */
    static Optional<Agency> bySign(String sign) {
        String token = sign.strip().replaceFirst("/.*$", "");
        return AGENCIES.stream().filter(a -> a.signs().contains(token)).findFirst();
    }

    private static String nameOf(String sign) {
        return bySign(sign).map(Agency::name).orElse(sign);
    }

    /**
     * The agency with this name, or empty (also for a name the copy credits that the
     * table does not know).
     */
    static Optional<Agency> byName(String name) {
        return AGENCIES.stream().filter(a -> a.name().equals(name)).findFirst();
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
        if (m.find()) {
            String rest = paragraph.substring(0, m.start()).strip();
            return rest.isEmpty() ? Optional.empty() : Optional.of(new Tagged(nameOf(m.group("sign")), rest));
        }
        return Optional.empty();
    }

}
