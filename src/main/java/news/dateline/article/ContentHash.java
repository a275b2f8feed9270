package news.dateline.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import news.dateline.shared.Markdown;

/**
 * The one definition of "the same story", written to {@code article.content_hash} by
 * imports and by newsroom saves alike, and looked up by both to refuse a duplicate.
 *
 * <p>
 * The hash is lowercase hex SHA-256 over the headline and the text of each paragraph of
 * the Markdown body as a reader sees it, each folded to NFC, lower case and single
 * spaces. Why this text:
 * <ul>
 * <li>It is computed from what is stored (headline and Markdown body), never from a wire
 * file's raw paragraphs, so an import and an unchanged newsroom save of that story give
 * the same hash by construction: re-importing the wire file is still a duplicate after an
 * editor saved it.</li>
 * <li>It is the text readers see, not the Markdown: the escapes an import adds, line
 * wrapping, emphasis marks, a link's address or the browser's line endings do not make
 * another story.</li>
 * <li>The headline belongs to it because two short stories with the same body under
 * different headlines (briefs, corrections) are different stories in the newsroom; a
 * story whose headline an editor rewrites is then a new text, and its wire file imports
 * again.</li>
 * </ul>
 * Changing this definition changes the hash of stored rows: a migration must then
 * recompute them (as {@link ContentHashMigration} does for version 9).
 */
public final class ContentHash {

    private ContentHash() {
    }

    /**
     * The hash of a story with this headline and Markdown body (null or blank body: no
     * paragraph).
     */
    public static String of(String headline, String markdownBody) {
        StringBuilder text = new StringBuilder(normalize(headline));
        for (String paragraph : paragraphs(markdownBody)) {
            text.append('\n').append(paragraph);
        }
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The visible text of each block of the Markdown, normalized, blank ones left out.
     */
    static List<String> paragraphs(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : Markdown.visibleBlocks(markdown)) {
            String paragraph = normalize(block);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    static String normalize(String text) {
        String spaced = text == null ? "" : singleSpaced(text).strip();
        String nfc = Normalizer.normalize(spaced, Normalizer.Form.NFC);
        return Normalizer.normalize(nfc.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /**
     * Every run of whitespace as one space: the ASCII whitespace of {@code \\s}, the
     * Unicode spaces and separators (no-break, thin, line and paragraph separators) and
     * NEL. A loop, not a pattern: the hash is taken of every story an import reads.
     */
    static String singleSpaced(String text) {
        StringBuilder spaced = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpace(c) || c == ' ' && (i + 1 == length || !isSpace(text.charAt(i + 1)))) {
                if (spaced != null) {
                    spaced.append(c);
                }
                continue;
            }
            if (spaced == null) {
                spaced = new StringBuilder(length).append(text, 0, i);
            }
            spaced.append(' ');
            while (i + 1 < length && isSpace(text.charAt(i + 1))) {
                i++;
            }
        }
        return spaced == null ? text : spaced.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u0085' || c >= 128 && switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

}
