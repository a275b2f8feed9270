/**
 * Stage 2 of ingest: the gazetteer and the recognizer of people, countries and dated
 * events.
 */
@NullMarked
package news.dateline.ingest.recognition;

import org.jspecify.annotations.NullMarked;
