package news.dateline.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import news.dateline.shared.CacheTags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Rendered reader pages for anonymous readers, kept as bytes (and gzipped bytes) with
 * their headers and answered before the security filters and MVC run.
 *
 * <ul>
 * <li>Only GET and HEAD of reader addresses (pages, feeds, sitemaps, style sheets and
 * images), from requests carrying no cookie and no credentials: an editor (who has a
 * session cookie) always gets a live page and never fills the cache. A response is kept
 * only when it is a 200 that sets no cookie, opens no session and is not private.</li>
 * <li>What a page shows are the tags its reader queries said while it was rendered
 * ({@link CacheTags}); a committed change touching one of them empties the page.</li>
 * <li>Concurrent misses on one page render it once; the others wait and get its bytes. A
 * page older than the refresh time is rendered again by the next reader while the others
 * keep getting the previous bytes; so is a story page the store held from an earlier
 * build of the portal, at its next reader.</li>
 * <li>An emptied page's last bytes are kept, and served when rendering it again fails
 * with a server error (the database gone) while they are younger than
 * {@code stale-if-error}.</li>
 * <li>A matching {@code If-None-Match} (or {@code If-Modified-Since}) answers 304; a
 * reader accepting gzip gets the gzipped bytes.</li>
 * <li>A body larger than a sixteenth of the cache (a sitemap file of 50,000 addresses) is
 * streamed to its reader as it is written, and not kept.</li>
 * </ul>
 */
public final class PageCache {

    /**
     * The files of the jar and the pictures drawn from it, which no change touches: a
     * directory ends with "/", a file does not.
     */
    static final List<String> ASSETS = List.of("/css/", "/favicon.svg", "/logo.png", "/flags/", "/maps/");

    /** Addresses whose answers may be kept: reader pages, feeds, sitemaps and assets. */
    private static final List<String> READER_PREFIXES = Stream
        .concat(Stream.of("/articles/", "/countries", "/relations", "/people", "/events", "/sources", "/about",
                "/feed.xml", "/sitemap.xml", "/sitemaps/", "/news-sitemap.xml", "/robots.txt"), ASSETS.stream())
        .toList();

    /** What no change touches: the files of the jar. */
    static final String ASSET = "asset";

    /**
     * Headers never kept with a page: the server writes them, or they are the page's own
     * fields.
     */
    private static final Set<String> NOT_KEPT = Set.of("content-length", "content-type", "content-encoding",
            "transfer-encoding", "date", "connection", "keep-alive", "set-cookie", "etag", "last-modified", "vary",
            "content-language");

    private static final Set<String> CONDITIONALS = Set.of("if-none-match", "if-modified-since", "if-match",
            "if-unmodified-since", "if-range");

    private final PageCacheProperties properties;

    private final Cache<String, RenderedPage> pages;

    /** Story pages kept in the database, beneath these; null: none. */
    private final @Nullable PageStore store;

    /**
     * A request attribute: the database's time when a story page was looked for in the
     * store and not found there, so that its render is stored as of that time.
     */
    private static final String STORE_MISSED_AT = PageCache.class.getName() + ".storeMissedAt";

    /** Misses being rendered, by key: other readers of the same page wait for them. */
    private final ConcurrentMap<String, CompletableFuture<@Nullable RenderedPage>> rendering = new ConcurrentHashMap<>();

    /** Every render going on: a change during one makes its result stale on arrival. */
    private final Set<Render> renders = ConcurrentHashMap.newKeySet();

    /** A larger body is streamed to its reader and not kept. */
    private final long largestPage;

    PageCache(PageCacheProperties properties) {
        this(properties, null);
    }

    PageCache(PageCacheProperties properties, @Nullable PageStore store) {
        this.properties = properties;
        this.store = store;
        this.largestPage = Math.max(64 * 1024, properties.maximumSize().toBytes() / 16);
        this.pages = Caffeine.newBuilder()
            .maximumWeight(properties.maximumSize().toBytes())
            .weigher((String key, RenderedPage page) -> page.weight() + 2 * key.length())
            .expireAfterAccess(properties.expireAfter())
            .recordStats()
            .build();
    }

    /** The kept pages, for their hit and miss counts ({@link CacheMetrics}). */
    Cache<String, RenderedPage> kept() {
        return pages;
    }

    /**
     * The answer to most anonymous readers, before the servlet's filters are even put
     * together ({@link PageCacheValve}): a fresh page kept for this address and not yet
     * due for its refresh is sent, and true returned. Otherwise nothing is done (nor
     * counted) and {@link #filter} has the request.
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!cacheable(request)) {
            return false;
        }
        if (forced(request)) {
            return false;
        }
        String key = key(request);
        RenderedPage page = properties.enabled() ? pages.asMap().get(key) : null;
        if (page != null && page.fresh()) {
            if (!"HEAD".equals(request.getMethod()) && due(page)) {
                return false;
            }
            pages.getIfPresent(key); // a hit, for the hit rate
            serve(forReader(key, page, request), request, response);
            return true;
        }
        RenderedPage stored = fromStore(key, request, false);
        if (stored == null) {
            return false;
        }
        serve(stored, request, response);
        return true;
    }

    /**
     * A story page not in memory, from the database's store when it is there and may be
     * served (then kept in memory too); null otherwise, the time of the lookup noted on
     * the request for the render that follows.
     * @param forced the filler's request: only the time is looked up
     */
    private @Nullable RenderedPage fromStore(String key, HttpServletRequest request, boolean forced) {
        if (store == null || !store.holds(key) || request.getAttribute(STORE_MISSED_AT) != null) {
            return null;
        }
        // the filler's request renders whatever the store holds: it needs only the
        // database's time, not the stored bytes, and is no reader's hit or miss
        PageStore.Found found = forced ? store.now() : store.find(key, System.nanoTime());
        RenderedPage page = found.page();
        if (page == null) {
            if (found.at() != null) {
                request.setAttribute(STORE_MISSED_AT, found.at());
            }
            return null;
        }
        if (properties.enabled()) {
            pages.asMap().merge(key, page, (old, stored) -> old.fresh() ? old : stored);
        }
        return page;
    }

    /**
     * Sent by the page store's filler ({@code X-Dateline-Render} with this process's
     * secret): the page is rendered, kept and stored again even when memory or the store
     * holds it (a stored page due for renewal). Anyone else's header is ignored.
     */
    static final String RENDER_HEADER = "X-Dateline-Render";

    private final String renderSecret = UUID.randomUUID().toString();

    /**
     * Requests this node's server is running now, counted by {@link PageCacheValve}: the
     * page store's filler waits while they outnumber the processors.
     */
    private final AtomicInteger running = new AtomicInteger();

    AtomicInteger running() {
        return running;
    }

    /** The secret the filler sends to have a page rendered again. */
    String renderSecret() {
        return renderSecret;
    }

    private boolean forced(HttpServletRequest request) {
        String sent = request.getHeader(RENDER_HEADER);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                renderSecret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A page kept in memory as the store gave it, gzipped only, asked by a reader who
     * does not take gzip: unzipped, and kept so, once.
     */
    private RenderedPage forReader(String key, RenderedPage page, HttpServletRequest request) {
        if (page.plain() != null || acceptsGzip(request)) {
            return page;
        }
        RenderedPage unzipped = page.unzipped();
        pages.asMap().replace(key, page, unzipped);
        return unzipped;
    }

    /**
     * Older than the refresh time, or rendered by an earlier build: the next reader
     * renders it again.
     */
    private boolean due(RenderedPage page) {
        return page.earlierBuild() || System.nanoTime() - page.renderedAt() > properties.refreshAfter().toNanos();
    }

    /** The filter's work: answer from the cache, or render, keep and answer. */
    void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(request) || !properties.enabled() && (store == null || !store.holds(key(request)))) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        boolean head = "HEAD".equals(request.getMethod());
        boolean forced = forced(request);
        RenderedPage page = properties.enabled() && !forced ? pages.getIfPresent(key) : null;
        if (page == null || !page.fresh()) {
            RenderedPage stored = fromStore(key, request, forced);
            if (stored != null) {
                serve(stored, request, response);
                return;
            }
        }
        if (page != null && page.fresh()) {
            if (head || !due(page) || !page.refreshing().compareAndSet(false, true)) {
                serve(forReader(key, page, request), request, response);
                return;
            }
            // this reader renders it again; the others keep getting these bytes meanwhile
            try {
                if (page.earlierBuild() && store != null) {
                    // the store's page of an earlier build: this render replaces it
                    Timestamp from = store.now().at();
                    if (from != null) {
                        request.setAttribute(STORE_MISSED_AT, from);
                    }
                }
                render(key, request, response, chain, page);
            }
            finally {
                page.refreshing().set(false);
            }
            return;
        }
        if (head) {
            chain.doFilter(request, response);
            return;
        }
        CompletableFuture<@Nullable RenderedPage> mine = new CompletableFuture<>();
        CompletableFuture<@Nullable RenderedPage> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            RenderedPage shared = running.exceptionally(e -> null).join();
            if (shared != null) {
                serve(shared, request, response);
            }
            else {
                chain.doFilter(request, response);
            }
            return;
        }
        RenderedPage rendered = null;
        try {
            rendered = render(key, request, response, chain, page);
        }
        finally {
            rendering.remove(key, mine);
            mine.complete(rendered);
        }
    }

    /**
     * Renders the page through the rest of the chain into memory, keeps it when it may be
     * kept and answers. A failure answers with the last good bytes when there are some.
     * @return the page kept, or null
     */
    private @Nullable RenderedPage render(String key, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain, @Nullable RenderedPage previous) throws IOException, ServletException {
        Render render = new Render();
        renders.add(render);
        CapturedResponse captured = new CapturedResponse(response, largestPage);
        Set<String> tags = new HashSet<>();
        try {
            CacheTags.collect(tags, () -> {
                chain.doFilter(new Unconditional(request), captured);
                return null;
            });
        }
        catch (IOException | ServletException | RuntimeException e) {
            if (serveStale(previous, request, response)) {
                return null;
            }
            throw e;
        }
        catch (Exception e) {
            throw new ServletException(e);
        }
        finally {
            renders.remove(render);
        }
        if (captured.redirected() || captured.streamed()) {
            return null;
        }
        int status = captured.status();
        if (status >= 500 && serveStale(previous, request, response)) {
            return null;
        }
        if (captured.error() != 0) {
            String message = captured.errorMessage();
            if (message == null) {
                response.sendError(captured.error());
            }
            else {
                response.sendError(captured.error(), message);
            }
            return null;
        }
        byte[] body = captured.body();
        if (status != HttpServletResponse.SC_OK || !keepable(request, response) || body.length == 0) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return null;
        }
        if (tags.isEmpty()) {
            tags.add(isAsset(request.getRequestURI()) ? ASSET : CacheTags.EVERYTHING);
        }
        RenderedPage page = capture(response, captured, body, tags);
        if (render.touched) {
            // a change committed while it rendered: it may show what was there before
            if (properties.enabled()) {
                pages.asMap().merge(key, page.stale(), (old, stale) -> old.fresh() ? old : stale);
            }
        }
        else {
            if (properties.enabled()) {
                pages.put(key, page);
            }
            if (store != null && request.getAttribute(STORE_MISSED_AT) instanceof Timestamp from) {
                store.keep(key, page, from);
            }
        }
        serve(page, request, response);
        return page;
    }

    private boolean serveStale(@Nullable RenderedPage previous, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (previous == null || properties.staleIfError().isZero() || response.isCommitted()
                || System.nanoTime() - previous.renderedAt() > properties.staleIfError().toNanos()) {
            return false;
        }
        response.reset();
        serve(previous, request, response);
        return true;
    }

    private static RenderedPage capture(HttpServletResponse response, CapturedResponse captured, byte[] body,
            Set<String> tags) {
        List<RenderedPage.Header> headers = new ArrayList<>();
        for (String name : new java.util.LinkedHashSet<>(response.getHeaderNames())) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new RenderedPage.Header(name, value));
                }
            }
        }
        for (String vary : response.getHeaders(HttpHeaders.VARY)) {
            headers.add(new RenderedPage.Header(HttpHeaders.VARY, vary));
        }
        Locale locale = captured.locale();
        if (locale != null) {
            headers.add(new RenderedPage.Header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()));
        }
        String etag = response.getHeader(HttpHeaders.ETAG);
        if (etag == null) {
            etag = weakEtag(body);
        }
        String contentType = response.getContentType();
        return RenderedPage.of(body, contentType == null ? "application/octet-stream" : contentType, etag,
                httpDate(response.getHeader(HttpHeaders.LAST_MODIFIED)), headers, tags, System.nanoTime());
    }

    /**
     * Sends a kept page: 304 when the reader has it, gzipped when the reader takes it.
     */
    private static void serve(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (response instanceof org.apache.catalina.connector.Response tomcat
                && tomcat.getCoyoteResponse().getMimeHeaders().size() == 0) {
            serveInTomcat(page, request, tomcat);
            return;
        }
        String previousName = null;
        for (RenderedPage.Header header : page.headers()) {
            if (header.name().equals(previousName)) {
                response.addHeader(header.name(), header.value());
            }
            else {
                response.setHeader(header.name(), header.value());
            }
            previousName = header.name();
        }
        response.setHeader(HttpHeaders.ETAG, page.etag());
        if (page.lastModified() >= 0) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
        }
        byte[] gzipped = page.gzipped();
        if (gzipped != null) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        boolean gzip = gzipped != null && acceptsGzip(request);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        send(gzip ? gzipped : page.body(), request, response);
    }

    /** The bytes chosen, with their length; only the length to a HEAD. */
    private static void send(byte[] bytes, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private static final byte[] VARY = RenderedPage.Header.wire(HttpHeaders.VARY);

    private static final byte[] ACCEPT_ENCODING = RenderedPage.Header.wire(HttpHeaders.ACCEPT_ENCODING);

    private static final byte[] ETAG = RenderedPage.Header.wire(HttpHeaders.ETAG);

    private static final byte[] LAST_MODIFIED = RenderedPage.Header.wire(HttpHeaders.LAST_MODIFIED);

    private static final byte[] CONTENT_TYPE = RenderedPage.Header.wire(HttpHeaders.CONTENT_TYPE);

    private static final byte[] CONTENT_ENCODING = RenderedPage.Header.wire(HttpHeaders.CONTENT_ENCODING);

    private static final byte[] DATE = RenderedPage.Header.wire(HttpHeaders.DATE);

    private static final byte[] GZIP = RenderedPage.Header.wire("gzip");

    /** Tomcat's text of the current second and its bytes. */
    private record Now(String text, byte[] bytes) {
    }

    private static volatile Now lastNow = new Now("", new byte[0]);

    /** The last Last-Modified time sent and its bytes: most pages carry the same one. */
    private record Modified(long millis, byte[] bytes) {
    }

    private static volatile Modified lastModifiedSent = new Modified(-1, new byte[0]);

    /** The content types of kept pages (a handful), as bytes. */
    private static final ConcurrentMap<String, byte[]> contentTypes = new ConcurrentHashMap<>();

    /**
     * {@link #serve} answering a hit inside Tomcat (the valve): the same status, headers
     * and bytes, but every header given to Tomcat as the bytes it writes (made once, with
     * the page or for the second), not as text it encodes and checks at each answer; and
     * the content type as a header rather than the response's, so that Tomcat does not
     * look into compressing a page that is already gzipped or sent as the reader asked
     * (parsing the page's {@code Vary}). Tomcat's preparing of the answer went from a
     * fifth of a hit's samples to a fifteenth (JFR, docs/performance.md).
     */
    private static void serveInTomcat(RenderedPage page, HttpServletRequest request,
            org.apache.catalina.connector.Response response) throws IOException {
        org.apache.tomcat.util.http.MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        for (RenderedPage.Header header : page.headers()) {
            add(headers, header.nameBytes(), header.valueBytes());
        }
        add(headers, ETAG, RenderedPage.Header.wire(page.etag()));
        if (page.lastModified() >= 0) {
            Modified modified = lastModifiedSent;
            if (modified.millis() != page.lastModified()) {
                modified = new Modified(page.lastModified(), RenderedPage.Header
                    .wire(org.apache.tomcat.util.http.FastHttpDateFormat.formatDate(page.lastModified())));
                lastModifiedSent = modified;
            }
            add(headers, LAST_MODIFIED, modified.bytes());
        }
        byte[] gzipped = page.gzipped();
        if (gzipped != null) {
            add(headers, VARY, ACCEPT_ENCODING);
        }
        // the same text all through a second
        String text = org.apache.tomcat.util.http.FastHttpDateFormat.getCurrentDate();
        Now now = lastNow;
        if (!now.text().equals(text)) {
            now = new Now(text, RenderedPage.Header.wire(text));
            lastNow = now;
        }
        add(headers, DATE, now.bytes());
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        byte[] type = contentTypes.get(page.contentType());
        if (type == null) {
            type = RenderedPage.Header.wire(page.contentType());
            if (contentTypes.size() < 64) {
                contentTypes.put(page.contentType(), type);
            }
        }
        add(headers, CONTENT_TYPE, type);
        boolean gzip = gzipped != null && acceptsGzip(request);
        if (gzip) {
            add(headers, CONTENT_ENCODING, GZIP);
        }
        byte[] bytes = gzip ? gzipped : page.body();
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            // into the connection's socket buffer at once, not through the response's own
            // 8 KB buffer first
            response.getCoyoteResponse().doWrite(java.nio.ByteBuffer.wrap(bytes));
        }
    }

    private static void add(org.apache.tomcat.util.http.MimeHeaders headers, byte[] name, byte[] value) {
        headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
    }

    private static boolean notModified(RenderedPage page, HttpServletRequest request) {
        Enumeration<String> noneMatch = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
        if (noneMatch.hasMoreElements()) {
            String etag = opaque(page.etag());
            while (noneMatch.hasMoreElements()) {
                for (String candidate : noneMatch.nextElement().split(",")) {
                    String tag = candidate.trim();
                    if (tag.equals("*") || opaque(tag).equals(etag)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (page.lastModified() < 0) {
            return false;
        }
        long since = httpDate(request.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
        return since >= 0 && page.lastModified() / 1000 <= since / 1000;
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    static boolean acceptsGzip(HttpServletRequest request) {
        Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        while (values.hasMoreElements()) {
            for (String coding : values.nextElement().split(",")) {
                String[] parts = coding.trim().split(";");
                String name = parts[0].trim();
                if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                    boolean refused = parts.length > 1 && parts[1].trim().replace(" ", "").matches("q=0(\\.0*)?");
                    return !refused;
                }
            }
        }
        return false;
    }

    /**
     * The last date read, since most pages carry the same one (the site's last change).
     */
    private static volatile ParsedDate lastDate = new ParsedDate("", -1);

    private record ParsedDate(String text, long millis) {
    }

    private static long httpDate(@Nullable String value) {
        if (value == null) {
            return -1;
        }
        ParsedDate last = lastDate;
        if (last.text().equals(value)) {
            return last.millis();
        }
        long millis;
        try {
            millis = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        }
        catch (DateTimeParseException e) {
            millis = -1;
        }
        lastDate = new ParsedDate(value, millis);
        return millis;
    }

    private static String weakEtag(byte[] body) {
        try {
            return "W/\"0" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)) + "\"";
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An anonymous reader's GET or HEAD of a reader address: no cookie (an editor's
     * session cookie, or any other), no session, no credentials, no range.
     */
    static boolean cacheable(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if (request.getHeader(HttpHeaders.COOKIE) != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader(HttpHeaders.RANGE) != null || request.getSession(false) != null
                || request.getUserPrincipal() != null) {
            return false;
        }
        String uri = request.getRequestURI();
        if (uri.equals("/")) {
            return true;
        }
        for (String prefix : READER_PREFIXES) {
            if (uri.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A response that may be kept for others: no cookie, no session, not private. */
    private static boolean keepable(HttpServletRequest request, HttpServletResponse response) {
        if (!"GET".equals(request.getMethod()) || request.getSession(false) != null
                || !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                || response.getHeader(HttpHeaders.CONTENT_ENCODING) != null) {
            return false;
        }
        for (String cacheControl : response.getHeaders(HttpHeaders.CACHE_CONTROL)) {
            String value = cacheControl.toLowerCase(Locale.ROOT);
            if (value.contains("private") || value.contains("no-store") || value.contains("no-cache")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsset(String uri) {
        for (String asset : ASSETS) {
            if (asset.endsWith("/") ? uri.startsWith(asset) : uri.equals(asset)) {
                return true;
            }
        }
        return false;
    }

    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String uri = request.getRequestURI();
        String key = query == null ? uri : uri + "?" + query;
        return request.isSecure() ? "https:" + key : key;
    }

    /**
     * Makes the pages showing any of {@code tags} stale (kept only for stale-if-error),
     * and the pages being rendered too (they may have read what changed).
     */
    void evictTagged(Set<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        renders.forEach(render -> render.touched = true);
        boolean all = tags.contains(CacheTags.EVERYTHING);
        pages.asMap()
            .replaceAll((key, page) -> page.fresh()
                    && (all || page.tags().contains(CacheTags.EVERYTHING) || !Collections.disjoint(page.tags(), tags))
                            ? page.stale() : page);
    }

    /** Empties the cache, last good bytes included. */
    void clear() {
        renders.forEach(render -> render.touched = true);
        pages.invalidateAll();
    }

    /** The fresh page kept under {@code key}, for tests. */
    @Nullable RenderedPage fresh(String key) {
        RenderedPage page = pages.getIfPresent(key);
        return page != null && page.fresh() ? page : null;
    }

    /** A render going on. */
    private static final class Render {

        volatile boolean touched;

    }

    /**
     * The request without its conditional headers: a miss renders the whole page, which
     * the cache then answers conditionally.
     */
    private static final class Unconditional extends HttpServletRequestWrapper {

        Unconditional(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return CONDITIONALS.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return CONDITIONALS.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return CONDITIONALS.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Collection<String> names = new ArrayList<>();
            for (String name : Collections.list(super.getHeaderNames())) {
                if (!CONDITIONALS.contains(name.toLowerCase(Locale.ROOT))) {
                    names.add(name);
                }
            }
            return Collections.enumeration(names);
        }

    }

}
