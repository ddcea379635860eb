package org.regenpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Rules Spring Modulith does not check: injection style, where controllers live, fast unit tests. */
class ArchitectureRulesTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.regenpath");
    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("org.regenpath");

    @Test
    void noFieldInjectionInProductionCode() {
        noFields().should().beAnnotatedWith(Autowired.class).check(MAIN);
    }

    @Test
    void controllersLiveInAModulesWebPackageAndAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("org.regenpath.*.web..")
                .andShould().notBePublic()
                .check(MAIN);
    }

    @Test
    void moduleInternalsDoNotReachIntoWebPackages() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("org.regenpath.*.web..")
                .check(MAIN);
    }

    /**
     * JSON handlers answer with their web package's own response types, never a module's records (decision 0038),
     * so a module can change its records without changing what clients read. Allowed: the web package's types,
     * {@code shared} value types, JDK and Spring types. Every handler answers so since the last ones were moved.
     */
    @Test
    void jsonHandlersDoNotAnswerWithModuleRecords() {
        java.util.Set<String> answering = new java.util.TreeSet<>();
        for (JavaClass api : MAIN) {
            if (!api.isAnnotatedWith(RestController.class)) {
                continue;
            }
            for (JavaMethod handler : api.getMethods()) {
                if (!handler.getName().contains("$") && handler.getReturnType().getAllInvolvedRawTypes().stream()
                        .anyMatch(t -> MODULE_BASE.matcher(t.getPackageName()).matches())) {
                    answering.add(api.getSimpleName() + "." + handler.getName());
                }
            }
        }
        assertThat(answering).as("JSON handlers that answer with a module's record: give the web package a response"
                + " type (decision 0038)").isEmpty();
    }

    private static final java.util.regex.Pattern MODULE_BASE =
            java.util.regex.Pattern.compile("org\\.regenpath\\.(?!shared$)[a-z]+");

    @Test
    void unitTestsStartNoSpringContext() {
        noClasses().that().haveSimpleNameEndingWith("Tests")
                .should().beAnnotatedWith(SpringBootTest.class)
                .andShould().beAssignableTo(org.regenpath.support.WebIT.class)
                .check(TESTS);
    }
}
