package news.dateline.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A phone's JPEG carries its sensor's pixels and an EXIF Orientation tag saying how to
 * turn them: the image is kept, and resized, upright. The JPEGs are made here, with an
 * EXIF segment written byte by byte.
 */
@DatelineTest
class ExifOrientationTest {

    @Autowired
    Images images;

    /**
     * A 120 × 80 JPEG as the sensor saw it: its left half red, its right half blue, and a
     * green band along its top, so that every turn and mirror shows.
     */
    static byte[] sensorPixels(int seed) {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 60, 80);
        g.setColor(Color.BLUE);
        g.fillRect(60, 0, 60, 80);
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, 120, 20);
        // one pixel apart per test, so that each upload has its own hash
        g.setColor(new Color(seed, seed, seed));
        g.fillRect(119, 79, 1, 1);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The JPEG with an APP1 "Exif" segment in place of its JFIF segment: a TIFF header in
     * this byte order and one directory holding the Orientation tag (0x0112, SHORT).
     */
    static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        if (littleEndian) {
            tiff.writeBytes(new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0 });
            tiff.writeBytes(new byte[] { 1, 0 }); // one entry
            tiff.writeBytes(new byte[] { 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0 });
        }
        else {
            tiff.writeBytes(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8 });
            tiff.writeBytes(new byte[] { 0, 1 });
            tiff.writeBytes(new byte[] { 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0 });
        }
        tiff.writeBytes(new byte[] { 0, 0, 0, 0 }); // no next directory
        byte[] exif = tiff.toByteArray();
        int length = 2 + 6 + exif.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(new byte[] { 'E', 'x', 'i', 'f', 0, 0 });
        out.writeBytes(exif);
        // a camera's file has no JFIF segment: the one ImageIO wrote is left out
        int rest = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            rest += 2 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        out.write(jpeg, rest, jpeg.length - rest);
        return out.toByteArray();
    }

    /** The kept image's variant at its own width, decoded. */
    BufferedImage stored(byte[] upload) throws IOException {
        var taken = images.upload("phone.jpg", upload.length, new ByteArrayInputStream(upload));
        assertThat(taken).isInstanceOf(Images.Upload.Taken.class);
        var image = ((Images.Upload.Taken) taken).image();
        var variant = images.variant(image.sha256(), image.width(), image.format()).orElseThrow();
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(variant.bytes()));
        assertThat(pixels.getWidth()).isEqualTo(image.width());
        assertThat(pixels.getHeight()).isEqualTo(image.height());
        return pixels;
    }

    /** The colour at a point given as fractions of the width and height. */
    static String colour(BufferedImage image, double x, double y) {
        Color c = new Color(image.getRGB((int) (x * image.getWidth()), (int) (y * image.getHeight())));
        if (c.getGreen() > 150 && c.getRed() < 100 && c.getBlue() < 100) {
            return "green";
        }
        if (c.getRed() > 150 && c.getGreen() < 100 && c.getBlue() < 100) {
            return "red";
        }
        if (c.getBlue() > 150 && c.getRed() < 100 && c.getGreen() < 100) {
            return "blue";
        }
        return c.toString();
    }

    @Test
    void aPhotoTurnedAQuarterClockwiseIsStoredUpright() throws IOException {
        // 6: the sensor's top is the picture's right side
        BufferedImage upright = stored(withOrientation(sensorPixels(1), 6, false));

        assertThat(upright.getWidth()).isEqualTo(80);
        assertThat(upright.getHeight()).isEqualTo(120);
        assertThat(colour(upright, 0.9, 0.5)).isEqualTo("green");
        assertThat(colour(upright, 0.3, 0.2)).isEqualTo("red");
        assertThat(colour(upright, 0.3, 0.8)).isEqualTo("blue");
    }

    @Test
    void aPhotoTurnedAQuarterAnticlockwiseIsStoredUpright() throws IOException {
        // 8: the sensor's top is the picture's left side
        BufferedImage upright = stored(withOrientation(sensorPixels(2), 8, true));

        assertThat(upright.getWidth()).isEqualTo(80);
        assertThat(upright.getHeight()).isEqualTo(120);
        assertThat(colour(upright, 0.1, 0.5)).isEqualTo("green");
        assertThat(colour(upright, 0.7, 0.2)).isEqualTo("blue");
        assertThat(colour(upright, 0.7, 0.8)).isEqualTo("red");
    }

    @Test
    void aPhotoUpsideDownIsStoredUpright() throws IOException {
        // 3: a half turn
        BufferedImage upright = stored(withOrientation(sensorPixels(3), 3, false));

        assertThat(upright.getWidth()).isEqualTo(120);
        assertThat(upright.getHeight()).isEqualTo(80);
        assertThat(colour(upright, 0.5, 0.9)).isEqualTo("green");
        assertThat(colour(upright, 0.25, 0.4)).isEqualTo("blue");
        assertThat(colour(upright, 0.75, 0.4)).isEqualTo("red");
    }

    @Test
    void aPhotoWithoutTheTagIsStoredAsItCame() throws IOException {
        BufferedImage same = stored(sensorPixels(4));

        assertThat(same.getWidth()).isEqualTo(120);
        assertThat(colour(same, 0.5, 0.1)).isEqualTo("green");
        assertThat(colour(same, 0.25, 0.6)).isEqualTo("red");
        assertThat(colour(same, 0.75, 0.6)).isEqualTo("blue");
    }

}
