package news.dateline.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What an uploaded file is, told from its bytes. */
class UploadCheckTest {

    final UploadCheck check = new UploadCheck(40_000_000);

    @Test
    void jpegPngAndWebpAreTakenAndDecoded() throws Exception {
        assertThat(check.check(TestImages.jpeg(300, 200), "a.jpg").pixels().getWidth()).isEqualTo(300);
        assertThat(check.check(TestImages.png(120, 80), "a.png").kind()).isEqualTo(UploadCheck.Kind.PNG);
        var webp = check.check(TestImages.webp(700, 400, new Color(40, 120, 200)), "a.webp");
        assertThat(webp.kind()).isEqualTo(UploadCheck.Kind.WEBP);
        assertThat(webp.pixels().getHeight()).isEqualTo(400);
        assertThat(new Color(webp.pixels().getRGB(350, 200))).isEqualTo(new Color(40, 120, 200));
    }

    @Test
    void aNameWithoutExtensionIsJudgedByContentAlone() throws Exception {
        assertThat(check.check(TestImages.png(50, 50), "clipboard").kind()).isEqualTo(UploadCheck.Kind.PNG);
        assertThat(check.check(TestImages.png(50, 50), null).kind()).isEqualTo(UploadCheck.Kind.PNG);
    }

    @Test
    void anImageOfTooManyPixelsIsRefusedFromItsHeaderAlone() {
        assertThatThrownBy(() -> check.check(TestImages.pngHeaderOnly(30_000, 30_000), "bomb.png"))
            .hasMessageContaining("30,000 × 30,000 pixels")
            .hasMessageContaining("the most taken is 40 megapixels");
    }

    @Test
    void bytesHiddenAfterAJpegsEndAreFound() {
        byte[] jpeg = TestImages.jpeg(64, 64);
        byte[] hidden = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        byte[] polyglot = new byte[jpeg.length + hidden.length];
        System.arraycopy(jpeg, 0, polyglot, 0, jpeg.length);
        System.arraycopy(hidden, 0, polyglot, jpeg.length, hidden.length);
        assertThat(UploadCheck.trailing(jpeg, UploadCheck.Kind.JPEG)).isFalse();
        assertThat(UploadCheck.trailing(polyglot, UploadCheck.Kind.JPEG)).isTrue();
    }

}
