package org.regenpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module graph (no cycles, only declared dependencies, only public APIs) and documents it. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RegenpathApplication.class);

    @Test
    void modulesFormAnAcyclicGraphAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void everyFeatureModuleIsDetected() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "identity", "audit", "patient", "system", "demo", "followup");
    }

    @Test
    void writesModuleDiagramsToDocs() throws Exception {
        Path out = Path.of("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(Files.list(out).filter(p -> p.toString().endsWith(".puml")).count()).isGreaterThan(1);
    }
}
