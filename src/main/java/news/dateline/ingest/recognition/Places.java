package news.dateline.ingest.recognition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names of cities and regions ({@value #RESOURCE}, one a line): a capitalised run that is
 * a place is never taken for a new person ("Receiving him in Hà Nội, the Vice President
 * said").
 */
final class Places {

    static final String RESOURCE = "ingest/places.txt";

    private static final Set<String> FOLDED = load();

    private Places() {
    }

    static boolean isPlace(String name) {
        return FOLDED.contains(TextFolder.fold(name));
    }

    private static Set<String> load() {
        try (InputStream in = Places.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(TextFolder::fold)
                .collect(Collectors.toUnmodifiableSet());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
