package news.dateline.ingest.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param importOnStart import the seed stories when the database has no article yet
 * @param location where the seeds are: the copy inside the jar by default
 */
@ConfigurationProperties("dateline.seeds")
record SeedProperties(boolean importOnStart, String location) {

    SeedProperties {
        if (location == null || location.isBlank()) {
            location = "classpath:seeds/";
        }
    }
}
