package news.dateline.ingest.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import news.dateline.ingest.UnreadableStoryException;

/**
 * Raw bytes to clean text: UTF-8 (or UTF-16 with its BOM), falling back to windows-1252
 * when that is plausible; BOM stripped, line endings made {@code \n}, Unicode NFC.
 * Rejects what is not text.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More control characters than this share of all characters means binary data. */
    private static final double MAX_CONTROL_SHARE = 0.10;

    /** More bytes above 0x7F than this share is not plausible single-byte text. */
    private static final double MAX_HIGH_BYTE_SHARE = 0.30;

    private static final Pattern STRAY_CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private static final Pattern INVISIBLES = Pattern.compile("[\\uFEFF\\u200B\\u2060]");

    private TextDecoder() {
    }

    /**
     * @param warnings receives a note when the bytes were not UTF-8
     * @throws UnreadableStoryException when the bytes are empty, blank or not text
     */
    static String decode(byte[] content, List<String> warnings) {
        if (content == null || content.length == 0) {
            throw new UnreadableStoryException("empty file");
        }
        String text = toText(content, warnings);
        if (Texts.isBlank(text)) {
            throw new UnreadableStoryException("empty file");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableStoryException("binary data: the file contains NUL bytes");
        }
        double controls = controlShare(text);
        if (controls > MAX_CONTROL_SHARE) {
            throw new UnreadableStoryException(String.format(Locale.ROOT,
                    "binary data: %.0f%% of the characters are control characters", controls * 100));
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        if (hasInvisiblesOrStrayControls(text)) {
            text = INVISIBLES.matcher(text).replaceAll("");
            text = STRAY_CONTROLS.matcher(text).replaceAll(" ");
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String toText(byte[] content, List<String> warnings) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return utf8OrWindows1252(slice(content, 3), warnings);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return strictly(slice(content, 2), StandardCharsets.UTF_16BE, "not text: invalid UTF-16");
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return strictly(slice(content, 2), StandardCharsets.UTF_16LE, "not text: invalid UTF-16");
        }
        return utf8OrWindows1252(content, warnings);
    }

    private static String utf8OrWindows1252(byte[] bytes, List<String> warnings) {
        try {
            return decodeStrictly(bytes, StandardCharsets.UTF_8);
        }
        catch (CharacterCodingException notUtf8) {
            if (hasNul(bytes)) {
                throw new UnreadableStoryException("binary data: the file contains NUL bytes");
            }
            if (!plausibleWindows1252(bytes)) {
                throw new UnreadableStoryException("not text: neither valid UTF-8 nor plausible windows-1252");
            }
            warnings.add("not valid UTF-8: read as windows-1252");
            return new String(bytes, WINDOWS_1252);
        }
    }

    /**
     * Single-byte Western text: no byte that windows-1252 leaves undefined, and mostly
     * ASCII.
     */
    private static boolean plausibleWindows1252(byte[] bytes) {
        int high = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
                return false;
            }
            if (v > 0x7F) {
                high++;
            }
        }
        return high <= bytes.length * MAX_HIGH_BYTE_SHARE;
    }

    private static String strictly(byte[] bytes, Charset charset, String failure) {
        try {
            return decodeStrictly(bytes, charset);
        }
        catch (CharacterCodingException e) {
            throw new UnreadableStoryException(failure);
        }
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    }

    /**
     * Whether {@link #INVISIBLES} or {@link #STRAY_CONTROLS} has anything to replace: one
     * pass over the text instead of two searches, most copy having neither.
     */
    private static boolean hasInvisiblesOrStrayControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || c == '\u200B' || c == '\u2060'
                    || c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL) {
                return true;
            }
        }
        return false;
    }

    private static double controlShare(String text) {
        long controls = text.chars()
            .filter(c -> Character.getType(c) == Character.CONTROL && !Texts.isSpace(c))
            .count();
        return (double) controls / text.length();
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] bytes, int from) {
        return Arrays.copyOfRange(bytes, from, bytes.length);
    }

}
