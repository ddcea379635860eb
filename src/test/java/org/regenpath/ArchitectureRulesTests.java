package org.regenpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
     * {@code shared} value types, JDK and Spring types. The handlers listed in {@link #NOT_YET_DECOUPLED} predate
     * the rule; the list may only shrink.
     */
    @Test
    void jsonHandlersDoNotAnswerWithModuleRecords() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should(new ArchCondition<JavaMethod>("answer with web, shared, JDK or Spring types only") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (!method.getOwner().isAnnotatedWith(RestController.class)
                                || NOT_YET_DECOUPLED.contains(method.getOwner().getSimpleName() + "." + method.getName())) {
                            return;
                        }
                        method.getReturnType().getAllInvolvedRawTypes().stream()
                                .filter(t -> MODULE_BASE.matcher(t.getPackageName()).matches())
                                .forEach(t -> events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                        + " answers with the module type " + t.getName())));
                    }
                })
                .check(MAIN);
    }

    private static final java.util.regex.Pattern MODULE_BASE =
            java.util.regex.Pattern.compile("org\\.regenpath\\.(?!shared$)[a-z]+");

    private static final java.util.Set<String> NOT_YET_DECOUPLED = java.util.Set.of(
            "AuditApi.search",
            "ClinicSettingsApi.change",
            "ClinicSettingsApi.timeZone",
            "ConsentApi.get",
            "ConsentApi.sign",
            "ConsentApi.withdraw",
            "FollowupApi.draft",
            "FollowupApi.regenerate",
            "FollowupApi.schedules",
            "FollowupApi.submit",
            "FollowupApi.task",
            "FollowupApi.trajectory",
            "FollowupDashboardApi.dashboard",
            "InstrumentSetApi.create",
            "InstrumentSetApi.overview",
            "InstrumentSetApi.retire",
            "InstrumentSetApi.revise",
            "IntakeApi.addCondition",
            "IntakeApi.condition",
            "IntakeApi.conditions",
            "IntakeApi.decide",
            "IntakeApi.decisions",
            "IntakeApi.enteredInError",
            "IntakeApi.healthScreen",
            "IntakeApi.profile",
            "IntakeApi.recordScreeningPolicy",
            "IntakeApi.screening",
            "IntakeApi.screeningPolicy",
            "IntakeApi.updateCondition",
            "IntakeApi.updateHealthScreen",
            "PatientApi.get",
            "PatientApi.register",
            "PatientApi.search",
            "PatientApi.update",
            "PlanningApi.approve",
            "PlanningApi.classify",
            "PlanningApi.create",
            "PlanningApi.edit",
            "PlanningApi.get",
            "PlanningApi.list",
            "PortalInvitationApi.access",
            "PortalInvitationApi.invite",
            "ProblemReportApi.list",
            "ProblemReportApi.report",
            "ProductApi.administer",
            "ProductApi.board",
            "ProductApi.collect",
            "ProductApi.get",
            "ProductApi.record",
            "ProductApi.saveSettings",
            "ProductApi.settings",
            "TraceApi.lots",
            "TraceApi.patient",
            "TraceApi.product");

    @Test
    void unitTestsStartNoSpringContext() {
        noClasses().that().haveSimpleNameEndingWith("Tests")
                .should().beAnnotatedWith(SpringBootTest.class)
                .andShould().beAssignableTo(org.regenpath.support.WebIT.class)
                .check(TESTS);
    }
}
