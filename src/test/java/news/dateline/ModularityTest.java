package news.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules of docs/architecture.md: each depends only on the modules its
 * package-info allows, reaches into no other module's internals, and no cycle runs
 * through them.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(DatelineApplication.class);
    static final Path DOCS = Path.of("docs", "modules");
    static final Path GENERATED = Path.of("target", "modules");

    @Test
    void modulesDependOnlyOnWhatTheyMayAndFormNoCycle() {
        MODULES.verify();
    }

    /**
     * Writes the module diagrams (PlantUML, one for all and one per module, and the
     * module canvases) and brings docs/modules up to date. Spring Modulith writes the
     * lines of a diagram, and the items of a canvas's cell, in no fixed order, so a file
     * in docs is replaced only when its lines differ as a set (a cell's first item
     * carries the table's {@code |}, which is not counted): a build changes docs only
     * when the modules really changed.
     */
    @Test
    void theModuleDiagramsInDocsShowTheModulesAsTheyAre() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
            .writeModulesAsPlantUml()
            .writeIndividualModulesAsPlantUml()
            .writeModuleCanvases();
        Files.createDirectories(DOCS);
        try (Stream<Path> files = Files.list(GENERATED)) {
            files.forEach(generated -> {
                Path documented = DOCS.resolve(generated.getFileName());
                if (!Files.exists(documented) || !sameLines(generated, documented)) {
                    copy(generated, documented);
                }
            });
        }
        try (Stream<Path> files = Files.list(DOCS)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).contains("components.puml")
                .allSatisfy(name -> assertThat(GENERATED.resolve(name)).as("docs/modules/%s is still a module", name)
                    .exists());
        }
    }

    private static boolean sameLines(Path a, Path b) {
        try {
            List<String> left = Files.readAllLines(a).stream().map(ModularityTest::withoutCell).sorted().toList();
            List<String> right = Files.readAllLines(b).stream().map(ModularityTest::withoutCell).sorted().toList();
            return left.equals(right);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A canvas's line without the table's cell mark before it. */
    private static String withoutCell(String line) {
        return line.startsWith("|") ? line.substring(1) : line;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
