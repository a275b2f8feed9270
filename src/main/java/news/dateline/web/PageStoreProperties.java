package news.dateline.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The story pages kept in the database ({@code dateline.page-store.*},
 * {@link PageStore}).
 *
 * @param enabled off: a story page not in memory is rendered
 * @param maxAge how old a stored page may be served: the bound on what no change names
 * (the "Latest from" list of a story with no related news)
 * @param queue how many rendered pages may wait to be written; more are not stored
 * @param sweepEvery how often pages too old to be served are deleted (zero: never)
 * @param earlierBuilds whether a page an earlier build rendered is served while this
 * build renders it again (off: such pages are rendered before they are served, as after
 * an upgrade that mends what pages say)
 * @param fill the rendering of the pages not stored ({@link PageStoreFiller})
 */
@ConfigurationProperties("dateline.page-store")
public record PageStoreProperties(@DefaultValue("true") boolean enabled, @DefaultValue("24h") Duration maxAge,
        @DefaultValue("500") int queue, @DefaultValue("10m") Duration sweepEvery,
        @DefaultValue("true") boolean earlierBuilds, @DefaultValue Fill fill) {

    /**
     * The filler ({@code dateline.page-store.fill.*}).
     *
     * @param enabled off: a story page is stored only once a reader has asked for it
     * @param batch addresses looked up in the store at a time
     * @param share the part of its time the filler may spend rendering (1: one render, or
     * one group of {@code concurrency} renders, after another; 0.5: it waits as long as
     * each took)
     * @param concurrency how many pages it asks for at once
     * @param every how long a pass over the whole archive waits after the last one (a
     * change to people, events or everything starts one at once; pages due for renewal
     * are looked up every minute apart from the passes)
     * @param ahead a page due to reach {@code max-age} within this is rendered again
     * @param lease how long a node holds the filler's turn without renewing it (renewed
     * with every batch): the time another node waits when the holder dies
     * @param startAfter how long after the start the first pass begins (the JIT, the
     * search index and the caches warm up first)
     * @param readersFirst the longest a render waits for the readers, after a rest in
     * which this node ran more requests than it has processors, until it has not for 10
     * ms (0: it never waits): still a page now and then under a load that never lets up
     */
    public record Fill(@DefaultValue("true") boolean enabled, @DefaultValue("200") int batch,
            @DefaultValue("0.5") double share, @DefaultValue("1h") Duration every, @DefaultValue("2h") Duration ahead,
            @DefaultValue("2m") Duration lease, @DefaultValue("30s") Duration startAfter,
            @DefaultValue("2s") Duration readersFirst, @DefaultValue("2") int concurrency) {
    }

}
