package org.regenpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
                .contains("shared", "identity", "audit", "patient", "intake", "system", "demo", "planning",
                        "product", "procedure", "followup", "instrument");
    }

    @Test
    void writesModuleDiagramsToDocs() throws Exception {
        Path out = Path.of("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (var files = Files.list(out)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(file, sortedRuns(Files.readAllLines(file)));
            }
        }
        try (var files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".puml")).count()).isGreaterThan(1);
        }
    }

    /**
     * Documenter lists components and relations in no fixed order, so the committed diagrams would change on
     * every run; sorting each run of {@code Component(} and {@code Rel(} lines makes the output stable.
     */
    static List<String> sortedRuns(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            String t = line.trim();
            boolean sortable = t.startsWith("Component(") || t.startsWith("Rel(");
            if (sortable && (run.isEmpty() || kind(run.get(0)).equals(kind(t)))) {
                run.add(line);
                continue;
            }
            run.sort(null);
            result.addAll(run);
            run.clear();
            if (sortable) {
                run.add(line);
            } else {
                result.add(line);
            }
        }
        run.sort(null);
        result.addAll(run);
        return result;
    }

    private static String kind(String line) {
        return line.trim().substring(0, line.trim().indexOf('('));
    }
}
