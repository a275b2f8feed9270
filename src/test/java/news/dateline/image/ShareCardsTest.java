package news.dateline.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Share cards draw each country's flag before its name. */
class ShareCardsTest {

    /** The Lao flag's red and blue (flag-icons' la.svg). */
    private static final int LAO_RED = 0xce1126;

    private static final int LAO_BLUE = 0x002868;

    @Test
    void aCardShowsTheFlagOfEachCountryItNames() {
        var withFlags = new ShareCards.Card("Dateline", "Laos and Azerbaijan hold consultations", "10 December 2025",
                "KPL", List.of(new ShareCards.Place("Laos", "/flags/la.svg"),
                        new ShareCards.Place("Azerbaijan", "/flags/az.svg")));
        BufferedImage card = ShareCards.draw(withFlags);

        // the first flag, left on the bottom line: red above and below a blue band
        int left = 72;
        int top = ShareCards.HEIGHT - 38 - ShareCards.FLAG_HEIGHT + 4;
        assertThat(near(card.getRGB(left + 20, top + 3), LAO_RED)).isTrue();
        assertThat(near(card.getRGB(left + 3, top + ShareCards.FLAG_HEIGHT / 2), LAO_BLUE)).isTrue();
        assertThat(near(card.getRGB(left + 20, top + ShareCards.FLAG_HEIGHT - 4), LAO_RED)).isTrue();

        // without flags, nothing red there
        var without = new ShareCards.Card("Dateline", "Laos and Azerbaijan hold consultations", "10 December 2025",
                "KPL", List.of(new ShareCards.Place("Laos", null), new ShareCards.Place("Azerbaijan", null)));
        assertThat(near(ShareCards.draw(without).getRGB(left + 20, top + 3), LAO_RED)).isFalse();
        assertThat(withFlags.fingerprint()).isNotEqualTo(without.fingerprint());
    }

    @Test
    void onlyTheSitesOwnFlagsAreRead() {
        assertThat(ShareCards.flag("/flags/la.svg")).isPresent();
        assertThat(ShareCards.flag("/flags/qq.svg")).isEmpty();
        assertThat(ShareCards.flag("/flags/../application.yml")).isEmpty();
        assertThat(ShareCards.flag("https://example.org/flag.svg")).isEmpty();
    }

    private static boolean near(int rgb, int expected) {
        int dr = Math.abs(((rgb >> 16) & 0xff) - ((expected >> 16) & 0xff));
        int dg = Math.abs(((rgb >> 8) & 0xff) - ((expected >> 8) & 0xff));
        int db = Math.abs((rgb & 0xff) - (expected & 0xff));
        return dr + dg + db < 40;
    }

}
