package news.dateline.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The style sheets of earlier builds, for the pages they rendered: a story page stored by
 * an earlier build ({@link PageStore}) is served after an upgrade until it is rendered
 * again, and a node not yet upgraded can render a page a proxy keeps; each links its
 * build's style sheet by a name carrying the content's hash ({@code site-<md5>.css}),
 * which a jar whose style sheet changed no longer holds.
 * <ul>
 * <li>At its start each node writes its own fingerprinted style sheets into
 * {@code style_sheet} (one statement; a name already there is left as it is), and again
 * every minute while the database does not take them.</li>
 * <li>A fingerprinted name its jar does not hold is looked up there (one primary-key
 * read) and served with the same year-long, immutable {@code Cache-Control} as the jar's
 * own; the page cache keeps it after the first reader. A name found nowhere is a 404 that
 * no one caches.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class EarlierStyleSheets {

    private static final Logger log = LoggerFactory.getLogger(EarlierStyleSheets.class);

    /** After Spring Security's filters (whose headers it sends), before MVC. */
    static final int ORDER = 0;

    private final JdbcTemplate jdbc;

    private final ObjectProvider<ResourceUrlProvider> urls;

    /** The fingerprinted names this jar serves itself, known once the server is up. */
    private volatile Set<String> own = Set.of();

    /**
     * Whether they are in the database: false until written (the database away at the
     * start).
     */
    private volatile boolean written;

    EarlierStyleSheets(JdbcTemplate jdbc, ObjectProvider<ResourceUrlProvider> urls) {
        this.jdbc = jdbc;
        this.urls = urls;
    }

    /** This build's style sheets, written for the builds that come after it. */
    @EventListener(ApplicationReadyEvent.class)
    void keepOwn() {
        write(true);
    }

    /**
     * Again every minute until they are written, when the database was away at the start
     * (scheduled with the scheduled publishing, {@code dateline.scheduler.enabled}).
     */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void keepOwnIfNotYet() {
        if (!written) {
            write(false);
        }
    }

    /** Whether this build's style sheets are in the database. */
    boolean written() {
        return written;
    }

    private void write(boolean first) {
        List<StyleSheet> sheets;
        try {
            sheets = own();
        }
        catch (IOException e) {
            log.warn("This build's style sheets could not be read: a later build cannot serve them ({})", e.toString());
            return;
        }
        Set<String> paths = new HashSet<>();
        sheets.forEach(sheet -> paths.add(sheet.path()));
        own = Set.copyOf(paths);
        try {
            jdbc.batchUpdate("insert into style_sheet (path, body) values (?, ?) on conflict (path) do nothing", sheets,
                    sheets.size(), (statement, sheet) -> {
                        statement.setString(1, sheet.path());
                        statement.setBytes(2, sheet.body());
                    });
            written = true;
        }
        catch (DataAccessException e) {
            written = false;
            if (first) {
                log.warn(
                        "This build's style sheets could not be written to the database ({}); tried again every "
                                + "minute: until then a later build cannot serve them to the pages this one stores",
                        DatabaseFailures.unreachable(e) ? "it is not reachable" : e.toString());
            }
        }
    }

    private record StyleSheet(String path, byte[] body) {
    }

    /** The jar's style sheets under their fingerprinted names. */
    private List<StyleSheet> own() throws IOException {
        ResourceUrlProvider provider = urls.getIfAvailable();
        if (provider == null) {
            return List.of();
        }
        List<StyleSheet> sheets = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:static/css/*.css")) {
            String name = resource.getFilename();
            String path = name == null ? null : provider.getForLookupPath("/css/" + name);
            if (path != null && HttpCaching.FINGERPRINTED_ASSET.matcher(path).matches()) {
                try (InputStream in = resource.getInputStream()) {
                    sheets.add(new StyleSheet(path, in.readAllBytes()));
                }
            }
        }
        return sheets;
    }

    /**
     * An earlier build's style sheet, when the request asks for one; a failure to reach
     * the database goes on to {@link DatabaseUnavailable}'s filter (503).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> earlierStyleSheetsFilter() {
        return Filters.register("earlierStyleSheets", ORDER, (request, response, chain) -> {
            String uri = request.getRequestURI();
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            // every request the page cache did not answer passes here: most leave at the
            // first test
            byte[] body = read && uri.startsWith("/css/") && HttpCaching.FINGERPRINTED_ASSET.matcher(uri).matches()
                    && !own.contains(uri) ? stored(uri) : null;
            if (body == null) {
                chain.doFilter(request, response);
                return;
            }
            response.setContentType("text/css;charset=UTF-8");
            response.setContentLength(body.length);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(body);
            }
        });
    }

    private byte @Nullable [] stored(String path) {
        return jdbc.query("select body from style_sheet where path = ?", row -> row.next() ? row.getBytes(1) : null,
                path);
    }

}
