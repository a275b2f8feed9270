package news.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.search.SearchStatistics.Snapshot;
import news.dateline.search.SearchStatistics.Way;
import org.junit.jupiter.api.Test;

/**
 * How a search is routed at a million stories: the cost model alone (the routes give the
 * same stories, which {@link SearchRoutesTest} shows on PostgreSQL).
 */
class SearchStatisticsTest {

    static final Instant START = Instant.parse("2011-01-01T00:00:00Z");

    /** A million stories spread evenly over 15 years, cut into a hundred parts. */
    static final List<Instant> BOUNDS = bounds();

    static final Snapshot MILLION = new Snapshot(Map.of("cooper", 0.5, "govern", 0.3, "india", 0.07, "malaysia", 0.0176,
            "railway", 0.01, "saudi", 0.02, "arabia", 0.02), 0.0005, 1_000_000, BOUNDS);

    static List<Instant> bounds() {
        List<Instant> bounds = new ArrayList<>();
        long span = ChronoUnit.SECONDS.between(START, START.plus(15 * 365, ChronoUnit.DAYS));
        for (int i = 0; i <= 100; i++) {
            bounds.add(START.plusSeconds(span * i / 100));
        }
        return bounds;
    }

    @Test
    void aWordInHalfTheStoriesWalksThemNewestFirst() {
        assertThat(MILLION.route(Set.of("cooper"), 301).way()).isEqualTo(Way.WALK);
        assertThat(MILLION.route(Set.of("india"), 301).way()).isEqualTo(Way.WALK);
    }

    @Test
    void aWordInAFewPercentTakesTheIndexsMatchesOfTheLatestStoriesOnly() {
        var route = MILLION.route(Set.of("malaysia"), 301);

        assertThat(route.way()).isEqualTo(Way.LATEST_WINDOW);
        // 301 matches of a word in 1.76 % are expected in the latest 17,000 stories; the
        // window is cut for twice that, 3.4 % of fifteen years: the latest 6 months
        assertThat(route.since()).isEqualTo(BOUNDS.get(96));
        // and a window four times as wide before it, should the first hold too few
        assertThat(route.wider()).isEqualTo(BOUNDS.get(86));
    }

    @Test
    void aRareWordOrSeveralWordsTakeAllTheIndexsMatches() {
        assertThat(MILLION.route(Set.of("saffron"), 301)).isEqualTo(SearchStatistics.Route.ALL);
        assertThat(MILLION.route(Set.of("saffron", "railway"), 301).way()).isEqualTo(Way.ALL_MATCHES);
    }

    @Test
    void severalWordsAreTakenAsRareAsTheirProductAndAsCommonAsTheRarestAtWorst() {
        // "saudi arabia": 0.02 % of the stories if its words were independent, 2 % as
        // they always come together: a window cut for 2 % (the latest 3 %), a wider one
        // (the latest 12 %) in case they are fewer
        var named = MILLION.route(Set.of("cooper", "saudi", "arabia"), 301);
        assertThat(named.way()).isEqualTo(Way.LATEST_WINDOW);
        assertThat(named.since()).isEqualTo(BOUNDS.get(96));
        assertThat(named.wider()).isEqualTo(BOUNDS.get(87));

        // a word in half the stories with one in 1.76 %: 0.88 % to 1.76 %, within the
        // window's margin
        var mixed = MILLION.route(Set.of("cooper", "malaysia"), 301);
        assertThat(mixed.way()).isEqualTo(Way.LATEST_WINDOW);
        assertThat(mixed.since()).isEqualTo(BOUNDS.get(96));
        assertThat(mixed.wider()).isEqualTo(BOUNDS.get(86));

        // two frequent words: at least 2.1 % walks about 14,000 stories at worst
        assertThat(MILLION.route(Set.of("govern", "india"), 301)).isEqualTo(SearchStatistics.Route.WALK);
    }

    @Test
    void withoutStatisticsOrWordsTheIndexIsAlwaysRight() {
        assertThat(Snapshot.NONE.route(Set.of("cooper"), 301).way()).isEqualTo(Way.ALL_MATCHES);
        assertThat(MILLION.route(Set.of(), 301).way()).isEqualTo(Way.ALL_MATCHES);
    }

    @Test
    void aSmallArchiveNeverCutsAWindowOfMoreThanHalfOfIt() {
        var small = new Snapshot(Map.of("malaysia", 0.0176), 0.0005, 20_000, BOUNDS);

        assertThat(small.route(Set.of("malaysia"), 301).way()).isEqualTo(Way.ALL_MATCHES);
    }

}
