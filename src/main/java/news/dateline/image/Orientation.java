package news.dateline.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A JPEG's EXIF orientation: a phone stores the sensor's pixels as they came and says in
 * the Orientation tag (0x0112) how to turn them. The variants are drawn again without
 * metadata, so the turn is applied to the pixels here, before resizing: a portrait photo
 * stays upright. Only the tag is read, from the first APP1 "Exif" segment before the
 * image data; anything unreadable there counts as no turn (1), never as a refusal, since
 * the pixels themselves were checked and decoded.
 */
final class Orientation {

    /** The stored pixels are upright. */
    static final int UPRIGHT = 1;

    private Orientation() {
    }

    /** The Orientation tag (1 to 8) of a JPEG, or {@link #UPRIGHT} when it has none. */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return UPRIGHT;
            }
            int length = u16(jpeg, at + 2, false);
            if (length < 2) {
                return UPRIGHT;
            }
            int data = at + 4;
            if (marker == 0xE1 && length >= 8 && data + 6 <= jpeg.length && jpeg[data] == 'E' && jpeg[data + 1] == 'x'
                    && jpeg[data + 2] == 'i' && jpeg[data + 3] == 'f' && jpeg[data + 4] == 0 && jpeg[data + 5] == 0) {
                return tiff(jpeg, data + 6, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return UPRIGHT;
    }

    /** The Orientation entry of a TIFF structure's first directory (IFD0). */
    private static int tiff(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return UPRIGHT;
        }
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            little = true;
        }
        else if (b[start] == 'M' && b[start + 1] == 'M') {
            little = false;
        }
        else {
            return UPRIGHT;
        }
        if (u16(b, start + 2, little) != 42) {
            return UPRIGHT;
        }
        long offset = u32(b, start + 4, little);
        if (offset < 8 || start + offset + 2 > end) {
            return UPRIGHT;
        }
        int directory = start + (int) offset;
        int entries = u16(b, directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return UPRIGHT;
            }
            // the tag, of type SHORT (3) with one value, held in the entry itself
            if (u16(b, entry, little) == 0x0112 && u16(b, entry + 2, little) == 3) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    /**
     * The pixels turned (and mirrored, for 2, 4, 5 and 7) as the tag says, so that they
     * are upright: 3 is a half turn, 6 a quarter turn clockwise, 8 anticlockwise.
     */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        // x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean sideways = orientation >= 5;
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(sideways ? h : w, sideways ? w : h,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, turn, null);
        }
        finally {
            g.dispose();
        }
        return target;
    }

    private static int u16(byte[] b, int at, boolean little) {
        if (at + 2 > b.length) {
            return -1;
        }
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? second << 8 | first : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        if (at + 4 > b.length) {
            return -1;
        }
        long high = u16(b, little ? at + 2 : at, little);
        long low = u16(b, little ? at : at + 2, little);
        return high << 16 | low;
    }

}
