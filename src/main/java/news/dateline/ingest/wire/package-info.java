/**
 * Stage 1 of ingest: raw wire copy to a clean {@code WireStory} (text, headline, time,
 * agency, dateline).
 */
@NullMarked
package news.dateline.ingest.wire;

import org.jspecify.annotations.NullMarked;
