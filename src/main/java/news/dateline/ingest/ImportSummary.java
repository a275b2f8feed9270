package news.dateline.ingest;

import java.util.List;

/** The total line of an import. */
public final class ImportSummary {

    private ImportSummary() {
    }

    public static String of(List<ImportReport> reports) {
        long imported = count(reports, ImportReport.Outcome.IMPORTED);
        long checked = count(reports, ImportReport.Outcome.CHECKED);
        long duplicates = count(reports, ImportReport.Outcome.DUPLICATE);
        long skipped = count(reports, ImportReport.Outcome.REJECTED);
        long warned = reports.stream().filter(r -> !r.warnings().isEmpty()).count();
        return "total: %d files, %d imported, %d checked (dry run), %d duplicates, %d skipped, %d with warnings"
            .formatted(reports.size(), imported, checked, duplicates, skipped, warned);
    }

    private static long count(List<ImportReport> reports, ImportReport.Outcome outcome) {
        return reports.stream().filter(r -> r.outcome() == outcome).count();
    }

}
