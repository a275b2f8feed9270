package news.dateline.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A response rendered into memory for the page cache: headers and status go on to the
 * real response (nothing is committed), the body stays here, and an error or a redirect
 * is only noted, so that the cache can still answer with the last good bytes instead. A
 * body growing past the limit (a sitemap of 50,000 addresses) is streamed to the reader
 * from then on, and not kept.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);

    private final long limit;

    private boolean streaming;

    private long contentLength = -1;

    private @Nullable ServletOutputStream stream;

    private @Nullable PrintWriter writer;

    private int error;

    private @Nullable String errorMessage;

    private boolean redirected;

    private @Nullable Locale locale;

    CapturedResponse(HttpServletResponse response, long limit) {
        super(response);
        this.limit = limit;
    }

    private void write(byte[] bytes, int offset, int length) throws IOException {
        if (!streaming && body.size() + (long) length > limit) {
            streaming = true;
            if (contentLength >= 0) {
                super.setContentLengthLong(contentLength);
            }
            ServletOutputStream out = getResponse().getOutputStream();
            body.writeTo(out);
            body.reset();
        }
        if (streaming) {
            getResponse().getOutputStream().write(bytes, offset, length);
        }
        else {
            body.write(bytes, offset, length);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    CapturedResponse.this.write(new byte[] { (byte) b }, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    CapturedResponse.this.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("rendered pages are written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(
                    new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void sendError(int status) {
        this.error = status;
    }

    @Override
    public void sendError(int status, String message) {
        this.error = status;
        this.errorMessage = message;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        redirected = true;
        super.sendRedirect(location);
    }

    @Override
    public void sendRedirect(String location, int status) throws IOException {
        redirected = true;
        super.sendRedirect(location, status);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
        redirected = true;
        super.sendRedirect(location, clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
        redirected = true;
        super.sendRedirect(location, status, clearBuffer);
    }

    @Override
    public void setLocale(Locale locale) {
        this.locale = locale;
        super.setLocale(locale);
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (streaming) {
            super.setContentLengthLong(length);
        }
        else {
            contentLength = length;
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (streaming) {
            super.flushBuffer();
        }
    }

    @Override
    public void setBufferSize(int size) {
    }

    @Override
    public void resetBuffer() {
        body.reset();
        if (streaming) {
            super.resetBuffer();
        }
    }

    @Override
    public void reset() {
        body.reset();
        super.reset();
    }

    @Override
    public boolean isCommitted() {
        return redirected || super.isCommitted();
    }

    /** Whether the body outgrew the limit and went to the reader as it was written. */
    boolean streamed() throws IOException {
        flushBuffer();
        return streaming;
    }

    /** The bytes written. */
    byte[] body() throws IOException {
        flushBuffer();
        return body.toByteArray();
    }

    /** The status of a {@code sendError}, or 0. */
    int error() {
        return error;
    }

    @Nullable String errorMessage() {
        return errorMessage;
    }

    /** Whether a redirect went out (straight to the real response). */
    boolean redirected() {
        return redirected;
    }

    /** The locale the page was rendered for, if one was set (Content-Language). */
    @Nullable Locale locale() {
        return locale;
    }

    /** The status: an error's when one was sent. */
    int status() {
        return error != 0 ? error : getStatus();
    }

}
