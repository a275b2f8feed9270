package news.dateline.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A reader page as it was sent: its bytes, the same gzipped (when that is smaller), its
 * headers and the tags of what it shows ({@code shared.CacheTags}).
 *
 * @param plain the bytes as rendered; null for a page read from the store
 * ({@link PageStore}) until a reader who does not take gzip asks for it (most take it:
 * the stored bytes are sent as they are)
 * @param gzipped the bytes gzipped, or null when not worth it
 * @param contentType the Content-Type header
 * @param etag the ETag header (weak)
 * @param lastModified the Last-Modified time in milliseconds, or -1
 * @param headers every other header to send again, in order, as name and value
 * @param tags what the page shows
 * @param renderedAt {@link System#nanoTime()} when it was rendered
 * @param fresh false once a change touched it: then it is only served when rendering it
 * again fails
 * @param refreshing set by the one reader that renders a page due for a refresh
 * @param earlierBuild read from the store, where an earlier build of the portal had kept
 * it: served while this build renders it again, and that render stored
 */
record RenderedPage(byte @Nullable [] plain, byte @Nullable [] gzipped, String contentType, String etag,
        long lastModified, List<Header> headers, Set<String> tags, long renderedAt, boolean fresh,
        AtomicBoolean refreshing, boolean earlierBuild) {

    /**
     * A header to send again, with its name and value also as the bytes Tomcat writes
     * (ISO-8859-1, control characters as spaces), made once rather than by Tomcat at each
     * answer ({@link PageCache}'s answer inside Tomcat).
     */
    static final class Header {

        private final String name;

        private final String value;

        private final byte[] nameBytes;

        private final byte[] valueBytes;

        Header(String name, String value) {
            this.name = name;
            this.value = value;
            this.nameBytes = wire(name);
            this.valueBytes = wire(value);
        }

        String name() {
            return name;
        }

        String value() {
            return value;
        }

        byte[] nameBytes() {
            return nameBytes;
        }

        byte[] valueBytes() {
            return valueBytes;
        }

        /** As Tomcat writes a header given as text. */
        static byte[] wire(String text) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] >= 0 && bytes[i] <= 31 && bytes[i] != 9 || bytes[i] == 127) {
                    bytes[i] = ' ';
                }
            }
            return bytes;
        }

    }

    RenderedPage {
        if (plain == null && gzipped == null) {
            throw new IllegalArgumentException("a page needs its bytes, plain or gzipped");
        }
    }

    /** Pages up to this size are unzipped into an array of their length at once. */
    private static final int MAX_EXACT = 64 << 20;

    /** Below this size gzip saves too little to bother. */
    static final int GZIP_FROM = 256;

    static RenderedPage of(byte[] body, String contentType, String etag, long lastModified, List<Header> headers,
            Set<String> tags, long renderedAt) {
        return new RenderedPage(body, compressible(contentType) ? gzip(body) : null, contentType, etag, lastModified,
                List.copyOf(headers), Set.copyOf(tags), renderedAt, true, new AtomicBoolean(), false);
    }

    /**
     * The bytes as rendered (unzipped, each time, when only the gzipped ones are held).
     */
    byte[] body() {
        return plain != null ? plain : gunzip(gzipped);
    }

    /** The same page holding its bytes as rendered too. */
    RenderedPage unzipped() {
        return plain != null ? this : new RenderedPage(gunzip(gzipped), gzipped, contentType, etag, lastModified,
                headers, tags, renderedAt, fresh, refreshing, earlierBuild);
    }

    /**
     * The same bytes, no longer fresh: for a reader only when rendering them again fails.
     */
    RenderedPage stale() {
        return fresh ? new RenderedPage(plain, gzipped, contentType, etag, lastModified, headers, tags, renderedAt,
                false, refreshing, earlierBuild) : this;
    }

    /** Bytes held, roughly, for the cache's bound. */
    int weight() {
        int weight = 256 + (plain == null ? 0 : plain.length) + (gzipped == null ? 0 : gzipped.length);
        for (Header header : headers) {
            weight += 48 + 2 * (header.name().length() + header.value().length());
        }
        return weight;
    }

    static boolean compressible(String contentType) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("text/") || type.contains("xml") || type.contains("json") || type.contains("javascript");
    }

    private static byte @Nullable [] gzip(byte[] body) {
        if (body.length < GZIP_FROM) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        // the default level: a miss (every page of a crawl) pays for it once
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] gzipped = out.toByteArray();
        return gzipped.length < body.length ? gzipped : null;
    }

    /**
     * The bytes a gzip member holds, into an array of their exact length, read from the
     * member's trailer (the length modulo 2^32: a page is far smaller), with its CRC
     * checked as the stream ends; read as a stream when that length is not the member's.
     */
    private static byte[] gunzip(byte @Nullable [] gzipped) {
        if (gzipped == null) {
            throw new IllegalStateException("no bytes");
        }
        int n = gzipped.length;
        if (n >= 18) {
            long size = (gzipped[n - 4] & 0xFFL) | (gzipped[n - 3] & 0xFFL) << 8 | (gzipped[n - 2] & 0xFFL) << 16
                    | (gzipped[n - 1] & 0xFFL) << 24;
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), Math.min(n, 8192))) {
                byte[] body = new byte[(int) Math.min(size, MAX_EXACT)];
                if (in.readNBytes(body, 0, body.length) == size && in.read() < 0) {
                    return body;
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // not one member whose trailer gives its length: read as a stream
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), 8192)) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
