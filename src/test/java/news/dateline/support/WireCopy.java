package news.dateline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
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

    /**
     * Asserts that a fast path gives for every story of the corpus and the seeds what its
     * reference gives, and returns the reference's results.
     */
    public static <T> List<T> alikeForEveryStory(Function<String, T> fast, Function<String, T> reference)
            throws IOException {
        List<Path> files = corpusAndSeeds();
        assertThat(files).hasSizeGreaterThan(50);
        List<T> results = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file);
            T expected = reference.apply(text);
            assertThat(fast.apply(text)).as(file.toString()).isEqualTo(expected);
            results.add(expected);
        }
        return results;
    }

    /** One to {@code most} pieces drawn at random and written one after the other. */
    public static String mixOf(String[] pieces, int most, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(most); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

}
