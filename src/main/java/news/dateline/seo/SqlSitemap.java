package news.dateline.seo;

import java.time.Clock;
import java.util.List;
import news.dateline.shared.SqlTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small sitemap read whole by one statement, which the feature owning its rows writes
 * and keeps: the statement selects {@code path} and {@code modified} (see
 * {@link SitemapEntry#read}) in a stable order. A sitemap given a clock passes the
 * statement one parameter, the time now by that clock (so that a story published in the
 * future stays out, and tests can move the time).
 */
@Transactional(readOnly = true)
public abstract class SqlSitemap implements SitemapSource {

    private final String name;

    private final JdbcClient jdbc;

    private final @Nullable Clock clock;

    private final String sql;

    /** A sitemap whose statement takes no parameter. */
    protected SqlSitemap(String name, JdbcClient jdbc, String sql) {
        this(name, jdbc, null, sql);
    }

    /** A sitemap whose statement takes one parameter: the time now by {@code clock}. */
    protected SqlSitemap(String name, JdbcClient jdbc, @Nullable Clock clock, String sql) {
        this.name = name;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sql = sql;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<SitemapEntry> entries(int part) {
        return jdbc.sql(sql)
            .params(clock == null ? List.of() : List.of(SqlTime.now(clock)))
            .query((rs, n) -> SitemapEntry.read(rs))
            .list();
    }

}
