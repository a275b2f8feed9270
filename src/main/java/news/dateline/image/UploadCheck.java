package news.dateline.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Says what an uploaded file really is, from its bytes alone (never its name or the type
 * the browser declared), and decodes it when it is a JPEG, PNG or WebP image that is safe
 * to take. Refused, each with a message an editor understands: anything else (an SVG
 * drawing, which can carry script; a GIF; a web page; a PDF), a file whose name says
 * another format than its content, a file that starts like an image but does not decode
 * (a polyglot or a broken file), an image with data after its end (where a polyglot hides
 * its second file), and an image of more pixels than allowed, found from its header
 * before anything is decoded (a decompression bomb).
 */
final class UploadCheck {

    /** What a file is, by its content. */
    enum Kind {

        JPEG("image/jpeg", "a JPEG image", "jpg"), PNG("image/png", "a PNG image", "png"),
        WEBP("image/webp", "a WebP image", "webp"), SVG(null, "an SVG drawing", "svg"), GIF(null, "a GIF image", "gif"),
        HTML(null, "a web page (HTML)", "html"), PDF(null, "a PDF document", "pdf"),
        UNKNOWN(null, "not an image we can read", "");

        final @Nullable String mediaType;

        final String described;

        final String extension;

        Kind(@Nullable String mediaType, String described, String extension) {
            this.mediaType = mediaType;
            this.described = described;
            this.extension = extension;
        }

        boolean accepted() {
            return mediaType != null;
        }

    }

    /** The file names' extensions that claim a format. */
    private static final Map<String, Kind> EXTENSIONS = Map.ofEntries(Map.entry("jpg", Kind.JPEG),
            Map.entry("jpeg", Kind.JPEG), Map.entry("jpe", Kind.JPEG), Map.entry("jfif", Kind.JPEG),
            Map.entry("png", Kind.PNG), Map.entry("webp", Kind.WEBP), Map.entry("svg", Kind.SVG),
            Map.entry("svgz", Kind.SVG), Map.entry("gif", Kind.GIF), Map.entry("html", Kind.HTML),
            Map.entry("htm", Kind.HTML), Map.entry("pdf", Kind.PDF));

    /** A file refused, with the message for the editor. */
    static final class Refused extends Exception {

        Refused(String message) {
            super(message, null, false, false);
        }

    }

    /** An image taken: what it is and its pixels. */
    record Decoded(Kind kind, BufferedImage pixels) {
    }

    private final long maxPixels;

    UploadCheck(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    Decoded check(byte[] bytes, @Nullable String fileName) throws Refused {
        Kind kind = sniff(bytes);
        if (!kind.accepted()) {
            throw new Refused("This file is " + kind.described + ", not a photo: upload a JPEG, PNG or WebP image."
                    + (kind == Kind.SVG ? " SVG drawings are refused because they can carry script." : ""));
        }
        Kind named = named(fileName);
        if (named != null && named != kind) {
            throw new Refused("This file is named “" + shortName(fileName) + "” but it is " + kind.described
                    + (named.accepted() ? ", not " + named.described : "") + ": rename it to ." + kind.extension
                    + (named.accepted() ? " or save it as " + named.described : "")
                    + ". The name and the content must agree.");
        }
        if (trailing(bytes, kind)) {
            throw new Refused("This file is " + kind.described + " with more data after the image’s end (a file "
                    + "hidden behind the picture, or a damaged one). Export the image again and upload that.");
        }
        BufferedImage pixels = decode(bytes, kind);
        return new Decoded(kind, kind == Kind.JPEG ? Orientation.upright(pixels, Orientation.of(bytes)) : pixels);
    }

    static Kind sniff(byte[] b) {
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return Kind.WEBP;
        }
        if (starts(b, 0, 'G', 'I', 'F', '8')) {
            return Kind.GIF;
        }
        if (starts(b, 0, '%', 'P', 'D', 'F')) {
            return Kind.PDF;
        }
        if (starts(b, 0, 0x1F, 0x8B)) {
            // gzip: an .svgz drawing, or anything else compressed: none is a photo
            return Kind.UNKNOWN;
        }
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).replace("\uFEFF", "")
            .replace("ï»¿", "")
            .stripLeading()
            .toLowerCase(Locale.ROOT);
        if (head.contains("<svg") || head.startsWith("<?xml") && head.contains("svg")) {
            return Kind.SVG;
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<script")) {
            return Kind.HTML;
        }
        return Kind.UNKNOWN;
    }

    private static @Nullable Kind named(@Nullable String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : EXTENSIONS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String shortName(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", "?");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 60 ? "…" + name.substring(name.length() - 59) : name;
    }

    /**
     * Whether bytes follow the end of the image: after a PNG's IEND chunk, beyond a
     * WebP's RIFF length, after a JPEG's end-of-image marker. An unreadable structure
     * counts as trailing data too: the decoder then decides.
     */
    static boolean trailing(byte[] b, Kind kind) {
        return switch (kind) {
            case PNG -> pngEnd(b) < b.length;
            case WEBP -> {
                long riff = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
                long end = 8 + riff + (riff & 1);
                yield end < b.length;
            }
            case JPEG -> jpegEnd(b) < b.length;
            default -> false;
        };
    }

    /** The offset after the IEND chunk, or the length when the chunks do not read. */
    private static long pngEnd(byte[] b) {
        int at = 8;
        while (at + 8 <= b.length) {
            long length = int32(b, at);
            boolean end = starts(b, at + 4, 'I', 'E', 'N', 'D');
            long next = at + 12 + length;
            if (end || next > b.length) {
                return Math.min(next, b.length);
            }
            at = (int) next;
        }
        return b.length;
    }

    /**
     * The offset after the end-of-image marker: segments are skipped by their lengths,
     * and entropy-coded data (after each start of scan) byte by byte up to the next
     * marker. The length when the structure does not read.
     */
    private static long jpegEnd(byte[] b) {
        int at = 2;
        while (at + 1 < b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return b.length;
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0xD9) {
                return at + 2;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                at += 2;
                continue;
            }
            if (at + 3 >= b.length) {
                return b.length;
            }
            int length = (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
            at += 2 + length;
            if (marker == 0xDA) {
                // entropy-coded data: up to a marker that is not a stuffed zero or a
                // restart
                while (at + 1 < b.length) {
                    if ((b[at] & 0xFF) == 0xFF) {
                        int next = b[at + 1] & 0xFF;
                        if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                            break;
                        }
                    }
                    at++;
                }
            }
        }
        return b.length;
    }

    private BufferedImage decode(byte[] bytes, Kind kind) throws Refused {
        String cannot = "This file starts like " + kind.described + " but is not one that can be read (a damaged "
                + "file, or another file made to look like an image). Export the image again and upload that.";
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.mediaType);
            if (in == null || !readers.hasNext()) {
                throw new Refused(cannot);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new Refused(cannot);
                }
                if (width * height > maxPixels) {
                    throw new Refused(String.format(Locale.ENGLISH,
                            "This image is %,d × %,d pixels (%.0f megapixels); the most taken is %.0f megapixels. "
                                    + "Resize it and upload it again.",
                            width, height, width * height / 1e6, maxPixels / 1e6));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                BufferedImage image = reader.read(0, param);
                if (image == null || image.getWidth() != width || image.getHeight() != height) {
                    throw new Refused(cannot);
                }
                return image;
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException e) {
            throw new Refused(cannot);
        }
    }

    private static long int32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }

    private static boolean starts(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

}
