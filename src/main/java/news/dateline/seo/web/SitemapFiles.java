package news.dateline.seo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import news.dateline.seo.Sitemaps;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The streamed sitemap files as last written, gzipped, in a directory of this process's
 * own: a file whose stamp has not changed is sent from there, never read from the
 * database again. The first request for a stamp streams the rows to the client and, at
 * the same time, into the file kept for the next ones. One file per sitemap, the newest.
 */
@Component
class SitemapFiles implements DisposableBean {

    private final Path directory;

    /** The file kept for each sitemap name: its stamp's tag and where it is. */
    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(String tag, Path path) {
    }

    /** Writes a whole file's XML. */
    @FunctionalInterface
    interface Content {

        void writeTo(Writer out) throws IOException;

    }

    SitemapFiles() throws IOException {
        this.directory = Files.createTempDirectory("dateline-sitemaps-");
    }

    /**
     * Sends the file: the kept copy when it has this stamp (gzipped as it is to a client
     * that accepts gzip), else the content as it is written, kept on the way.
     */
    void send(Sitemaps.StreamedFile file, Content content, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String tag = file.stamp().tag();
        Kept copy = kept.get(file.name());
        if (copy != null && copy.tag().equals(tag) && Files.exists(copy.path())) {
            sendKept(copy.path(), request, response);
            return;
        }
        Path partial = Files.createTempFile(directory, file.name() + "-", ".xml.gz.part");
        boolean done = false;
        try (OutputStream keep = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16);
                Writer out = new OutputStreamWriter(new Both(response.getOutputStream(), keep),
                        StandardCharsets.UTF_8)) {
            content.writeTo(out);
            out.flush();
            done = true;
        }
        finally {
            if (!done) {
                Files.deleteIfExists(partial);
            }
        }
        Path path = directory.resolve(file.name() + "-" + Integer.toHexString(tag.hashCode()) + ".xml.gz");
        Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Kept old = kept.put(file.name(), new Kept(tag, path));
        if (old != null && !old.path().equals(path)) {
            Files.deleteIfExists(old.path());
        }
    }

    private static void sendKept(Path path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setContentLengthLong(Files.size(path));
            Files.copy(path, response.getOutputStream());
        }
        else {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 1 << 16)) {
                in.transferTo(response.getOutputStream());
            }
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        var encodings = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        while (encodings != null && encodings.hasMoreElements()) {
            for (String encoding : encodings.nextElement().split(",")) {
                String[] parts = encoding.trim().split(";");
                if (parts[0].trim().equalsIgnoreCase("gzip")
                        && !(parts.length > 1 && parts[1].replace(" ", "").equalsIgnoreCase("q=0"))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void destroy() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /**
     * Writes to the client and to the kept copy at once; closing closes the copy only.
     */
    private static final class Both extends FilterOutputStream {

        private final OutputStream copy;

        Both(OutputStream client, OutputStream copy) {
            super(client);
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copy.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            copy.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
            copy.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
            copy.close();
        }

    }

}
