package news.dateline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The wire copy the repository holds, for tests that hold a fast path of the parser or
 * the recognizer to its reference over real stories.
 */
public final class WireCopy {

    private WireCopy() {
    }

    /** The text files of the corpus's stories and of the seeds, in order. */
    public static List<Path> corpusAndSeeds() {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("corpus/stories", "seeds")) {
            try (Stream<Path> listed = Files.list(Path.of(dir))) {
                files.addAll(listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

}
