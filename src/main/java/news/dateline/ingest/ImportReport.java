package news.dateline.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the import made of one file: the object of the import command's JSON output
 * (README), plus what happened.
 */
@JsonPropertyOrder({ "file", "title", "publishedAt", "source", "dateline", "language", "people", "countries", "events",
        "duplicateOf", "warnings" })
public record ImportReport(String file, String title, String publishedAt, String source, String dateline,
        String language, List<String> people, List<String> countries, List<EventItem> events, String duplicateOf,
        List<String> warnings, @JsonIgnore Outcome outcome, @JsonIgnore String slug) {

    public enum Outcome {

        IMPORTED, CHECKED, DUPLICATE, REJECTED

    }

    @JsonPropertyOrder({ "title", "date", "place" })
    public record EventItem(String title, String date, String place) {
    }

    static ImportReport rejected(String file, String warning) {
        return new ImportReport(file, null, null, null, null, null, List.of(), List.of(), List.of(), null,
                List.of(warning), Outcome.REJECTED, null);
    }

    /** This report with the slug its story was saved under. */
    ImportReport withSlug(String slug) {
        return new ImportReport(file, title, publishedAt, source, dateline, language, people, countries, events,
                duplicateOf, warnings, outcome, slug);
    }

    /** The summary line the import prints for this file. */
    public String summaryLine() {
        return switch (outcome) {
            case IMPORTED -> "imported  %s -> /articles/%s (%d people, %d countries, %d events)%s".formatted(file, slug,
                    people.size(), countries.size(), events.size(), warningSuffix());
            case CHECKED -> "checked   %s: \"%s\" (%d people, %d countries, %d events)%s".formatted(file, title,
                    people.size(), countries.size(), events.size(), warningSuffix());
            case DUPLICATE -> "duplicate %s: same story as %s, nothing saved".formatted(file, duplicateOf);
            case REJECTED -> "skipped   %s: %s".formatted(file, String.join("; ", warnings));
        };
    }

    private String warningSuffix() {
        return warnings.isEmpty() ? "" : " warnings: " + String.join("; ", warnings);
    }
}
