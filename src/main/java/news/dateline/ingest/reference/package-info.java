/**
 * Stage 3 of ingest: the curated reference data ({@code seeds/reference.yml}), its loader
 * and the seed stories.
 */
@NullMarked
package news.dateline.ingest.reference;

import org.jspecify.annotations.NullMarked;
