package news.dateline.ingest.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the body's blocks into paragraphs and captions, taking off what agencies put
 * around the story text: a tag or an aggregator's credit and a dateline in front of the
 * lead, a sign-off at the end. Reports the agency and the dateline they name.
 */
final class BodyReader {

    /** How many prefixes (credit, tag, dateline) may stand in front of one lead. */
    private static final int MAX_LEAD_PREFIXES = 4;

    /**
     * @param paragraphs the body text, the lead first
     * @param captions photo captions without their photo
     * @param source the agency the copy names where agencies sign, or null
     * @param dateline the place the lead's dateline gives, or null
     * @param datelineDate the date the lead's dateline gives, as written, or null
     */
    record Body(List<String> paragraphs, List<String> captions, String source, String dateline, String datelineDate) {
    }

    private BodyReader() {
    }

    static Body read(List<StoryLayout.Block> blocks) {
        List<StoryLayout.Block> rest = new ArrayList<>(blocks);
        dropClosingMarks(rest);
        String signOff = signOffLines(rest);
        // furniture may stand before the sign-off too: "Vladimir Putin Vietnam", then
        // "TASS"
        dropClosingMarks(rest);
        String before = signOffLines(rest);
        signOff = signOff != null ? signOff : before;
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        String placeLine = dropHeaderLeftovers(rest, captions);
        Lead lead = lead(rest);
        if (lead.dateline() == null && placeLine == null && !rest.isEmpty()) {
            lead = withDatelineOfNext(lead, rest);
        }
        if (!lead.text().isEmpty()) {
            paragraphs.add(lead.text());
        }
        for (StoryLayout.Block block : rest) {
            String text = block.text();
            if (CaptionDetector.isCaption(text, block.lines().size(), block.blanksBefore())) {
                captions.add(text);
            }
            else if (!BYLINE.matcher(text).matches()) {
                paragraphs.add(text);
            }
        }
        if (!paragraphs.isEmpty()) {
            Optional<AgencyTable.Tagged> trailing = AgencyTable.trailingSignOff(paragraphs.getLast());
            if (trailing.isPresent()) {
                paragraphs.set(paragraphs.size() - 1, trailing.get().rest());
                signOff = trailing.get().source();
            }
        }
        return new Body(paragraphs, captions, lead.source() != null ? lead.source() : signOff,
                lead.dateline() != null ? lead.dateline() : placeLine, lead.date());
    }

    /**
     * A byline standing alone below the lead, as pages set it under a standfirst or at
     * the end: "By Hoang Nguyen", "Author: Aygun Mammadli", "Writing by Jeyhun Aliyev",
     * "By Kim Eun-jung ejkim@yna.co.kr (END)": names only, no sentence ("By the end of
     * the year, ..." is text).
     */
    private static final Pattern BYLINE = Pattern.compile("^(?:(?i:by|written by|writing by|reporting by|story by)"
            + "|(?i:author|reporter|writer)\\s*:)\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}"
            + "(?:\\s*(?:,|&|and)\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3})?"
            + "(?:\\s+[\\w.+-]+@[\\w.-]+)?(?:\\s*\\(END\\))?$");

    /** How many blocks ahead of the lead are looked at for header leftovers. */
    private static final int MAX_LEFTOVERS = 5;

    /**
     * Takes off what the page put between its header and the lead: photo captions (kept
     * as captions) and short lines that are not sentences (a section, a reporter's name,
     * "Read more"), when a block further down opens with a dateline or an agency's tag,
     * or reads as a paragraph. Returns the place of a dateline set on a line of its own
     * just above the lead ("ANKARA", then the lead), or null.
     */
    private static String dropHeaderLeftovers(List<StoryLayout.Block> rest, List<String> captions) {
        int lead = -1;
        for (int k = 0; k < Math.min(rest.size(), MAX_LEFTOVERS + 1); k++) {
            String text = rest.get(k).text();
            if (CaptionDetector.isPhotoCaption(text)) {
                continue;
            }
            if (DatelineReader.read(text).isPresent() || AgencyTable.leadTag(text).isPresent()
                    || AgencyTable.signOffLine(text).isPresent() || isSentence(text)) {
                lead = k;
                break;
            }
        }
        if (lead <= 0) {
            return null;
        }
        for (int k = 0; k < lead; k++) {
            String text = rest.get(k).text();
            if (CaptionDetector.isPhotoCaption(text)) {
                captions.add(text);
            }
        }
        StoryLayout.Block above = rest.get(lead - 1);
        String place = above.lines().size() == 1 ? placeLine(above.text()) : null;
        rest.subList(0, lead).clear();
        return place;
    }

    /** A place in capitals alone on a line: "ANKARA", "NEW DELHI", "HO CHI MINH CITY". */
    private static final Pattern PLACE_LINE = Pattern
        .compile("\\p{Lu}[\\p{Lu}\\p{M}'’.-]+(?: \\p{Lu}[\\p{Lu}\\p{M}'’.-]*){0,3}");

    /**
     * The place of a dateline set alone on its line, title-cased; null when the line is
     * not one: a word pages set in capitals ("BREAKING"), a section label, an agency, a
     * name no {@link KnownPlaces known place} has (a paper's, "SGGPO").
     */
    private static String placeLine(String text) {
        if (text.length() > 30 || !PLACE_LINE.matcher(text).matches() || ChromeFilter.isSectionLabel(text)
                || AgencyTable.masthead(text).isPresent() || AgencyTable.bySignIgnoringCase(text).isPresent()
                || DatelineReader.hasAWordThatIsNoPlace(text) || !KnownPlaces.isKnown(text)) {
            return null;
        }
        return Texts.titleCaseIfAllCaps(text);
    }

    private static boolean isSentence(String text) {
        return text.length() >= 40 && text.matches(".*[.!?\"”’)]$");
    }

    /** The lead with its tags and dateline taken off, and what they named. */
    private record Lead(String text, String source, String dateline, String date) {
    }

    /**
     * Takes blocks off the front until one has text left once its prefixes are gone: the
     * lead.
     */
    /**
     * A summary above the dateline, as VOV and VietnamPlus set it ("VOV.VN - Vietnam will
     * buy ...", then "HANOI (VOV) - Minister ..."): the dateline of the paragraph after
     * the first, in capitals, is the story's, and leaves that paragraph.
     */
    private static Lead withDatelineOfNext(Lead lead, List<StoryLayout.Block> rest) {
        StoryLayout.Block next = rest.getFirst();
        String text = next.text();
        Optional<DatelineReader.Dateline> place = DatelineReader.read(text);
        if (place.isEmpty() || place.get().rest().isBlank()
                || !text.startsWith(place.get().place().toUpperCase(Locale.ROOT))) {
            return lead;
        }
        rest.set(0, new StoryLayout.Block(List.of(place.get().rest().strip()), next.blanksBefore()));
        return new Lead(lead.text(), lead.source() != null ? lead.source() : place.get().source(), place.get().place(),
                place.get().date());
    }

    private static Lead lead(List<StoryLayout.Block> rest) {
        String source = null;
        String dateline = null;
        String date = null;
        while (!rest.isEmpty()) {
            String text = rest.removeFirst().text();
            for (int step = 0; step < MAX_LEAD_PREFIXES && !text.isEmpty(); step++) {
                Optional<AgencyTable.Agency> signOnly = AgencyTable.signOffLine(text);
                Optional<AgencyTable.Tagged> tag = AgencyTable.leadTag(text);
                Optional<DatelineReader.Dateline> place = dateline == null ? DatelineReader.read(text)
                        : Optional.empty();
                if (signOnly.isPresent()) {
                    source = source != null ? source : signOnly.get().name();
                    text = "";
                }
                else if (tag.isPresent()) {
                    source = source != null ? source : tag.get().source();
                    text = tag.get().rest().strip();
                }
                else if (place.isPresent()) {
                    source = source != null ? source : place.get().source();
                    dateline = place.get().place();
                    date = place.get().date();
                    text = place.get().rest().strip();
                }
                else {
                    break;
                }
            }
            if (!text.isEmpty()) {
                return new Lead(text, source, dateline, date);
            }
        }
        return new Lead("", source, dateline, date);
    }

    /**
     * A line that closes wire copy after its last sentence: an end mark ("(end)", "ENDS",
     * Xinhua's "Enditem", "-0-", "###"), the desk's initials in lower case ("aa.gb",
     * "ro/jcm", "(nam/tfk)"), the editor's name ("Editor: Rahmad Nasution"); a copyright
     * ("Copyright © ANTARA 2024") is {@link ChromeFilter#isCopyrightLine}'s; the credits
     * of a report ("(Reporting by A; Editing by B)", "More to follow.", "Associated Press
     * writer A contributed to this report.") and how to reach its reporter (Bloomberg's
     * "To contact the reporter on this story:", a line that ends with an address).
     */
    private static final Pattern CLOSING_LINE = Pattern
        .compile("\\(?(?i:ends?|enditem|end of (?:story|text))\\)?\\.?|-+\\s*0\\s*-+"
                + "|-{2,}\\s*(?i:ends?)\\s*-{2,}|#{3}|\\(?\\p{Ll}{1,4}(?:[./]\\p{Ll}{1,4}){1,3}\\)?"
                + "|(?i:editors?|edited by|editing by)\\s*:?\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
                + "|(?i:more\\s+to\\s+(?:follow|come)|\\(more\\)|developing\\s+story|this\\s+(?:is\\s+a\\s+)?"
                + "(?:story|report)\\s+is\\s+(?:developing|being\\s+updated)[^.]*)\\.?"
                + "|\\(?(?i:additional\\s+)?(?i:reporting|writing|editing|compiled|translated|translation|research)\\s+"
                + "(?i:by)\\s.{1,200}|.{0,200}\\b(?i:contributed\\s+(?:to\\s+this\\s+report|reporting|to\\s+this\\s+story))\\.?\\)?"
                + "|(?i:to\\s+contact\\s+the\\s+(?:reporters?|editors?)\\b).{0,160}|.{0,100}[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    /**
     * An end mark closing the last paragraph after its full stop: "... November 22.
     * (end)", VNA's "./.".
     */
    private static final Pattern CLOSING_SUFFIX = Pattern
        .compile("(?<=[.!?\"”’)])\\s+(?:\\((?i:ends?)\\)|(?:ENDS?|Enditem|ENDITEM|-+\\s*0\\s*-+|#{3}))\\s*$"
                + "|(?<=\\.)/\\.$");

    /**
     * Takes off the end marks and initials that close the copy (see
     * {@link #CLOSING_LINE}), whether on lines of their own or after the last sentence.
     */
    private static void dropClosingMarks(List<StoryLayout.Block> blocks) {
        while (!blocks.isEmpty()) {
            StoryLayout.Block last = blocks.getLast();
            List<String> lines = new ArrayList<>(last.lines());
            String line = Texts.normalizeSpace(lines.getLast());
            Matcher suffix = CLOSING_SUFFIX.matcher(line);
            boolean closing = CLOSING_LINE.matcher(line).matches() || ChromeFilter.isCopyrightLine(line)
                    || isFurnitureLine(last, line, blocks.size());
            if (closing) {
                lines.removeLast();
            }
            else if (suffix.find()) {
                lines.set(lines.size() - 1, line.substring(0, suffix.start()));
            }
            else {
                return;
            }
            blocks.removeLast();
            if (!lines.isEmpty()) {
                blocks.add(new StoryLayout.Block(lines, last.blanksBefore()));
            }
            if (!closing) {
                return;
            }
        }
    }

    /**
     * The longest line closing the copy that is read as furniture when it is no sentence.
     */
    private static final int FURNITURE_LINE = 60;

    /** What ends a sentence, or opens a list's item. */
    private static final Pattern READS_AS_TEXT = Pattern.compile(".*[.!?\"”’)…:;]$|^[-–•*] .*");

    /**
     * A short line closing the copy, alone in its block, that ends no sentence, after two
     * paragraphs at least: the reporter's name ("Thu Trang", "Translated by Mai Huong"),
     * the page's topic tags ("Vladimir Putin Vietnam", "ASEAN Malaysia"), a link ("Latest
     * article"), a rule ("---"), an editor ("[Editor: huaxia]"). An agency's sign is left
     * to the sign-off.
     */
    private static boolean isFurnitureLine(StoryLayout.Block last, String line, int blocks) {
        return last.lines().size() == 1 && blocks >= 3 && line.length() <= FURNITURE_LINE
                && !READS_AS_TEXT.matcher(line).matches() && AgencyTable.signOffLine(line).isEmpty()
                && !isClauseWithoutItsStop(line);
    }

    /** Small words of a clause: a line with two of them is text, not a name or a tag. */
    private static final Set<String> CLAUSE_WORDS = Set.of("the", "a", "an", "will", "would", "to", "of", "in", "on",
            "at", "and", "is", "are", "was", "were", "has", "have", "said", "with", "for", "next", "again");

    /**
     * A clause whose full stop was lost ("Both sides will meet again next year"): six
     * words at least, two of them small words of a clause; a reporter's name, a list of
     * tags or "Translated by Mai Huong" has not.
     */
    private static boolean isClauseWithoutItsStop(String line) {
        String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
        return words.length >= 6 && Arrays.stream(words).filter(CLAUSE_WORDS::contains).count() >= 2;
    }

    /**
     * Removes the one-line sign-offs ("KPL") that close the body; the agency they name,
     * or null.
     */
    private static String signOffLines(List<StoryLayout.Block> blocks) {
        String agency = null;
        while (!blocks.isEmpty() && blocks.getLast().lines().size() == 1) {
            Optional<AgencyTable.Agency> signed = AgencyTable.signOffLine(blocks.getLast().text());
            if (signed.isEmpty()) {
                break;
            }
            agency = signed.get().name();
            blocks.removeLast();
        }
        return agency;
    }

}
