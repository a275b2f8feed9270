package news.dateline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The application modules of docs/architecture.md: no cycle, no reach into another module's internals. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(DatelineApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheyMayAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramIntoDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
