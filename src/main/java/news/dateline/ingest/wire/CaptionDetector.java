package news.dateline.ingest.wire;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a photo caption left without its photo from a paragraph. A caption is one short
 * line with no sentence-ending punctuation that reads like a name or title ("Azerbaijan’s
 * Deputy Minister of Foreign Affairs, Mr. Elnur Mammadov"), set apart by a double blank
 * line where the photo was; or any line that says it is a photo credit.
 */
final class CaptionDetector {

    private static final int MAX_LENGTH = 160;

    private static final int MAX_WORDS = 20;

    /**
     * Share of capitalised words (small words aside) that makes a line read like a name
     * or title.
     */
    private static final double NAME_LIKE = 0.7;

    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "a", "an",
            "with", "de", "da", "van", "von", "bin");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"”’)]*$");

    private static final Pattern PHOTO_CUE = Pattern
        .compile("(?i)^\\(?(?:photo|file photo|picture|image)\\s*(?::|by\\b|credit\\b).*");

    /**
     * A caption naming its photo's credit: "... (Photo: VNA)", "... Photo: VNA", "©
     * Azərbaycan XİN"; or a line without a sentence's full stop ending in a source
     * credit, as VietnamPlus captions do ("President X (R) and Ambassador Y (Source:
     * VNA)").
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i).*(?:\\(\\s*(?:photo|file photo|photo credit)\\s*(?::|courtesy\\s+of\\b)[^()]{1,60}\\)|\\b(?:photo|file photo)\\s*:\\s*[^.]{1,60})\\.?$|^©.{1,60}$"
                    + "|^[^.!?]{10,200}[\\p{L}\\p{N})]\\s+\\(\\s*source\\s*:[^()]{1,60}\\)$"
                    + "|.*\\(\\s*(?:[\\p{L}.&/-]+\\s+){1,4}(?:photo|photos|file photo)\\s*\\)\\.?(?:\\s*\\([\\p{L} .&-]{2,30}\\))?$");

    /**
     * A sentence ending in the agency's credit and its photographer's name, as Xinhua
     * captions do: "... in Phnom Penh, Dec. 2, 2026. (Xinhua/Phearum)".
     */
    private static final Pattern AGENCY_PHOTOGRAPHER = Pattern
        .compile("^.{20,280}[.!?]\\s*\\(\\s*\\p{Lu}[\\p{L}.&-]{1,29}\\s*/\\s*\\p{Lu}[\\p{L}\\p{M} .'-]{1,40}\\)$");

    /**
     * A sentence with its photo's credit after a bar, as The Japan Times writes captions:
     * "... in Tokyo on Tuesday. | JIJI", "... on Monday. | KYODO".
     */
    private static final Pattern CREDIT_AFTER_BAR = Pattern
        .compile("^.{20,280}[.!?]\\s+\\|\\s+\\p{Lu}[\\p{L}\\p{M} .'&/-]{1,40}$");

    /**
     * Other ways pages credit a photo: "... Photo by VnExpress/Duc Dong", "(Photo by Mai
     * Nguyen)", "[File: Minh Hoang/Reuters]", "This photo provided by ... shows ...".
     */
    private static final Pattern OTHER_CREDIT = Pattern
        .compile("(?i)(?:.*\\(\\s*photos?\\s+by\\s+[^()]{2,60}\\)|(?:.*[.!?]\\s+)?photos?\\s+by\\s+[^.()]{2,60}"
                + "|.*\\[\\s*(?:file(?:\\s+photo)?|photo)\\s*:[^\\[\\]]{2,80}\\])\\.?$"
                + "|(?i)^(?:this|the)\\s+(?:file\\s+)?photo\\s+(?:provided|taken|released|supplied)\\s+by\\b.*");

    private CaptionDetector() {
    }

    /** A line that says it is a photo's caption or credit. */
    static boolean isPhotoCaption(String line) {
        String text = Texts.normalizeSpace(line);
        if (text.length() <= 300 && text.endsWith(")") && text.indexOf('/') >= 0
                && AGENCY_PHOTOGRAPHER.matcher(text).matches()) {
            return true;
        }
        if (text.length() <= 330 && text.contains(" | ") && CREDIT_AFTER_BAR.matcher(text).matches()) {
            return true;
        }
        String folded = text.toLowerCase(Locale.ROOT);
        if (text.length() <= 300 && (folded.contains("photo") || folded.contains("file:"))
                && OTHER_CREDIT.matcher(text).matches()) {
            return true;
        }
        return text.length() <= 300 && mayBePhotoCaption(text)
                && (PHOTO_CUE.matcher(text).matches() || PHOTO_CREDIT.matcher(text).matches());
    }

    /** The words {@link #PHOTO_CUE} and {@link #PHOTO_CREDIT} cannot match without. */
    private static final Set<String> PHOTO_WORDS = Set.of("photo", "picture", "image", "source");

    /**
     * Whether the line holds a word or a sign the two patterns need: most lines do not,
     * and the patterns try every position of a line that does not.
     */
    private static boolean mayBePhotoCaption(String text) {
        if (text.startsWith("©")) {
            return true;
        }
        String folded = text.toLowerCase(Locale.ROOT);
        return PHOTO_WORDS.stream().anyMatch(folded::contains);
    }

    /**
     * @param block one block of body text (its lines joined)
     * @param lines how many lines the block had
     * @param blanksBefore how many blank lines came before it
     */
    static boolean isCaption(String block, int lines, int blanksBefore) {
        String text = Texts.normalizeSpace(block);
        if (lines == 1 && isPhotoCaption(text)) {
            return true;
        }
        if (lines != 1 || text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        if (PHOTO_CUE.matcher(text).matches()) {
            return true;
        }
        return blanksBefore >= 2 && !endsSentence(text) && isNameLike(text);
    }

    private static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).find();
    }

    private static boolean isNameLike(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length > MAX_WORDS) {
            return false;
        }
        int counted = 0;
        int capitalised = 0;
        for (String word : words) {
            String letters = word.replaceAll("^[^\\p{L}]+", "");
            if (letters.isEmpty() || SMALL_WORDS.contains(letters.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(letters.codePointAt(0))) {
                capitalised++;
            }
        }
        return counted > 0 && capitalised >= NAME_LIKE * counted;
    }

}
