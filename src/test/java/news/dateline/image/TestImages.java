package news.dateline.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Images made by the tests themselves, good and hostile: nothing big is committed.
 */
public final class TestImages {

    private TestImages() {
    }

    /** A photo-like JPEG (a gradient with a shape). */
    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG with transparency. */
    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /**
     * A lossless WebP of one colour, written bit by bit (the JDK writes no WebP): the
     * VP8L header, no transform, no colour cache, prefix codes of two symbols for green,
     * red, blue and alpha (the first is the colour), and every pixel as four 0 bits.
     */
    public static byte[] webp(int width, int height, Color colour) {
        Bits bits = new Bits();
        bits.write(0x2f, 8);
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(0, 1); // no alpha
        bits.write(0, 3); // version
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // no meta prefix codes
        for (int symbol : new int[] { colour.getGreen(), colour.getRed(), colour.getBlue(), 255 }) {
            bits.write(1, 1); // simple code
            bits.write(1, 1); // two symbols
            bits.write(1, 1); // the first of 8 bits
            bits.write(symbol, 8);
            bits.write(symbol ^ 1, 8); // never used
        }
        bits.write(1, 1); // the distance code: simple, one symbol of 1 bit
        bits.write(0, 1);
        bits.write(0, 1);
        bits.write(0, 1);
        for (long pixel = 0; pixel < (long) width * height; pixel++) {
            bits.write(0, 4); // green, red, blue and alpha: each the first symbol, one
                              // bit each
        }
        byte[] data = bits.bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int padded = data.length + (data.length & 1);
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        littleEndian(out, 4 + 8 + padded);
        out.writeBytes("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
        littleEndian(out, data.length);
        out.writeBytes(data);
        if ((data.length & 1) == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    /**
     * A PNG whose header says {@code width} × {@code height} with next to no data: a
     * decompression bomb's header, which must be refused before anything is decoded.
     */
    public static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        bigEndian(ihdr, width);
        bigEndian(ihdr, height);
        ihdr.writeBytes(new byte[] { 8, 2, 0, 0, 0 });
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 80, 160), width, height, new Color(230, 200, 120)));
        g.fillRect(0, 0, width, type == BufferedImage.TYPE_INT_ARGB ? height / 2 : height);
        g.setColor(new Color(200, 40, 40));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        bigEndian(out, data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        bigEndian(out, (int) crc.getValue());
    }

    private static void bigEndian(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void littleEndian(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >>> 8);
        out.write(value >>> 16);
        out.write(value >>> 24);
    }

    /** Bits written least significant first, as VP8L reads them. */
    private static final class Bits {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        private int current;

        private int used;

        void write(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= ((value >>> i) & 1) << used;
                used++;
                if (used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(current);
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }

    }

}
