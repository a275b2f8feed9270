package news.dateline.ingest.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import news.dateline.ingest.ImportReport;
import news.dateline.ingest.ImportSummary;
import news.dateline.ingest.StoryImporter;
import news.dateline.shared.BeforeTheServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On every start: the reference data (only what is missing). On the first start against
 * an empty database: the seed stories, through the same import as the command line.
 * <p>
 * It runs while the application context starts, before the web server opens its port (a
 * lifecycle phase below the web server's), so the first page a visitor gets already has
 * the stories, and readiness cannot be UP before they are in.
 */
@Component
class Seeds extends BeforeTheServer {

    private static final Logger log = LoggerFactory.getLogger(Seeds.class);

    private final SeedProperties properties;

    private final ResourcePatternResolver resources;

    private final ReferenceDataLoader referenceData;

    private final StoryImporter importer;

    private final JdbcClient jdbc;

    private final ApplicationArguments args;

    Seeds(SeedProperties properties, ResourcePatternResolver resources, ReferenceDataLoader referenceData,
            StoryImporter importer, JdbcClient jdbc, ApplicationArguments args) {
        this.properties = properties;
        this.resources = resources;
        this.referenceData = referenceData;
        this.importer = importer;
        this.jdbc = jdbc;
        this.args = args;
    }

    @Override
    protected void once() {
        loadReferenceData();
        boolean cli = args.getNonOptionArgs().contains("import") || args.getNonOptionArgs().contains("create-user");
        if (!properties.importOnStart() || cli) {
            return;
        }
        boolean empty = jdbc.sql("select not exists (select 1 from article)").query(Boolean.class).single();
        if (empty) {
            importStories();
        }
    }

    void loadReferenceData() {
        try (InputStream in = resource(ReferenceData.FILE_NAME).getInputStream()) {
            referenceData.load(ReferenceData.read(in));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference data in " + properties.location(), e);
        }
    }

    private void importStories() {
        try {
            Resource[] found = resources.getResources(properties.location() + "*.txt");
            List<StoryImporter.Input> inputs = Arrays.stream(found)
                .sorted(Comparator.comparing(Resource::getFilename))
                .map(Seeds::read)
                .toList();
            List<ImportReport> reports = importer.importAll(inputs, false);
            reports.forEach(report -> log.info("Seeds: {}", report.summaryLine()));
            log.info("Seeds: {}", ImportSummary.of(reports));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list the seed stories in " + properties.location(), e);
        }
    }

    private Resource resource(String name) throws IOException {
        return resources.getResource(properties.location() + name);
    }

    private static StoryImporter.Input read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new StoryImporter.Input(resource.getFilename(), in.readAllBytes());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
