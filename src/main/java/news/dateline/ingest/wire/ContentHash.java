package news.dateline.ingest.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The fingerprint of a story's own text: lowercase hex SHA-256 over its headline and paragraphs,
 * each folded to NFC, lower case and single spaces. Page chrome never enters it, so the same
 * story read from another page or another day hashes the same.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(String headline, List<String> paragraphs) {
        StringBuilder text = new StringBuilder(normalize(headline));
        for (String paragraph : paragraphs) {
            text.append('\n').append(normalize(paragraph));
        }
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static String normalize(String text) {
        String nfc = Normalizer.normalize(Texts.normalizeSpace(text), Normalizer.Form.NFC);
        return Normalizer.normalize(nfc.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
