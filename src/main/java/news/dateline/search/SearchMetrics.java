package news.dateline.search;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The search index as metrics: whether it is ready ({@code dateline_search_index_ready},
 * 1 or 0: 0 while it is built), how many stories it holds
 * ({@code dateline_search_index_stories}), and how many searches PostgreSQL answered
 * instead ({@code dateline_search_by_database_total}: while the index was built, or when
 * it could not be read).
 */
@Component
class SearchMetrics implements MeterBinder {

    private final SearchIndex index;

    private final SearchService search;

    SearchMetrics(SearchIndex index, SearchService search) {
        this.index = index;
        this.search = search;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("dateline.search.index.ready", index, each -> each.ready() ? 1 : 0)
            .description("1 when searches are read from this node's search index")
            .register(registry);
        Gauge.builder("dateline.search.index.stories", index, each -> each.ready() ? each.searchable() : Double.NaN)
            .description("Published stories in this node's search index")
            .register(registry);
        FunctionCounter.builder("dateline.search.by.database", search, SearchService::byDatabase)
            .description("Searches answered by PostgreSQL's full-text search instead of the index")
            .register(registry);
    }

}
