package org.regenpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
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

    @Test
    void unitTestsStartNoSpringContext() {
        noClasses().that().haveSimpleNameEndingWith("Tests")
                .should().beAnnotatedWith(SpringBootTest.class)
                .andShould().beAssignableTo(org.regenpath.support.WebIT.class)
                .check(TESTS);
    }
}
