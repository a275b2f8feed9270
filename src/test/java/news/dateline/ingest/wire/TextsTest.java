package news.dateline.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {

    /** What normalizeSpace did as a regular expression, before it became a loop. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u0085]+");

    private static String asBefore(String text) {
        return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
    }

    @Test
    void everyRunOfSpacesBecomesOneAndTheEndsAreTrimmed() {
        assertThat(Texts.normalizeSpace(null)).isEmpty();
        assertThat(Texts.normalizeSpace("  Vientiane,\u00a0\u00a030 November\t2026 \n"))
            .isEqualTo("Vientiane, 30 November 2026");
        assertThat(Texts.normalizeSpace("KPL\u2003|\u0085Politics")).isEqualTo("KPL | Politics");
        assertThat(Texts.normalizeSpace("already clean")).isEqualTo("already clean");
        // strip() takes the information separators at the ends, the collapse never did
        assertThat(Texts.normalizeSpace("\u001fa\u001fb\u001f")).isEqualTo("a\u001fb");
    }

    @Test
    void theLoopAgreesWithTheRegularExpressionOnAnyText() {
        char[] alphabet = { 'a', 'Z', '7', '.', ' ', ' ', '\t', '\n', '\r', '\f', '\u000b', '\u0085', '\u00a0',
                '\u1680', '\u2000', '\u2007', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\u001c',
                '\u001f', '\ufeff', 'ê', '\ud83d', '\ude00' };
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(Texts.normalizeSpace(text.toString()))
                .as("normalizeSpace of %s", text.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(asBefore(text.toString()));
        }
    }

}
