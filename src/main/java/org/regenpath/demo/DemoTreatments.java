package org.regenpath.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.regenpath.identity.DemoAccounts;
import org.regenpath.intake.Outcome;
import org.regenpath.planning.Manipulation;
import org.regenpath.planning.PlanInput;
import org.regenpath.shared.Actor;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes the demo patients of {@link DemoStories} down the treatment path ({@link TreatmentPaths}), as the demo staff
 * of their clinic would: the clinician records the candidacy decision, writes the plan, has the patient sign the
 * consent (their typed registered name) and countersigns it with the demo password, and approves; the coordinator
 * enters the baseline answers; {@link DemoInjection} does the rest, and {@link DemoChecklists} enters a checklist
 * answered by phone. The same public services, checks and audit
 * trail as for any other user apply.
 */
@Component
class DemoTreatments {

    private static final Logger log = LoggerFactory.getLogger(DemoTreatments.class);

    private final DemoAccounts accounts;
    private final TreatmentPaths paths;
    private final DemoInjection injection;
    private final DemoChecklists checklists;

    DemoTreatments(DemoAccounts accounts, TreatmentPaths paths, DemoInjection injection,
            DemoChecklists checklists) {
        this.checklists = checklists;
        this.accounts = accounts;
        this.paths = paths;
        this.injection = injection;
    }

    /**
     * Runs the clinic's stories for its freshly registered demo patients (in {@link DemoPatients#PATIENTS} order);
     * nothing when there are none, so a restart adds nothing.
     */
    void seed(int clinic, String domain, String password, List<PatientId> registered) {
        List<DemoStories.Story> stories = DemoStories.of(clinic);
        if (registered.isEmpty() || stories.isEmpty()) {
            return;
        }
        Actor clinician = accounts.actor(Role.CLINICIAN, domain);
        TreatmentPaths.Staff staff = new TreatmentPaths.Staff(Actor.system(clinician.clinicId()), clinician,
                accounts.actor(Role.COORDINATOR, domain), accounts.actor(Role.LAB_TECHNICIAN, domain), password);
        for (DemoStories.Story story : stories) {
            long started = System.nanoTime();
            int index = indexOf(clinic, story.family());
            DemoPatients.Demo demo = DemoPatients.PATIENTS.get(clinic).get(index);
            PatientPath path = paths.path(staff).patient(registered.get(index), demo.given() + " " + demo.family());
            approvedPlan(path, story);
            path.baselineAnswered(story.baseline());
            if (story.stage() == DemoStories.Stage.TREATED) {
                injection.treat(path, story);
            }
            if (story.solicited() != null) {
                checklists.answer(path, story.solicited(), staff);
            }
            log.info("Demo patient {} ({}): {} in {} ms", story.family(), story.condition(), story.stage(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    private void approvedPlan(PatientPath path, DemoStories.Story story) {
        Outcome evaluated = path.evaluated().evaluation();
        if (evaluated != Outcome.ELIGIBLE && evaluated != Outcome.TRIAL_ONLY) {
            throw new IllegalStateException("Demo patient " + story.family() + " screens " + evaluated
                    + "; a demo story needs an ELIGIBLE or TRIAL ONLY patient");
        }
        // A condition with very low evidence screens TRIAL ONLY; the demo shows the recorded override and its reason.
        path.decided(Outcome.ELIGIBLE, "Demo: no trial recruiting nearby; the patient chose treatment outside a"
                + " trial after the very low evidence was explained",
                "Conservative care tried; discussed regenerative options")
                .targeting(story.condition())
                .plan(plan(story, path.today()))
                .consented()
                .approved();
    }

    private static PlanInput plan(DemoStories.Story story, LocalDate today) {
        LocalDate day = today.plusDays(story.daysToProcedure());
        DemoStories.Site site = story.site();
        return new PlanInput(null,
                List.of(new PlanInput.SiteInput(site.region(), site.laterality(), site.volumeMl(), null)),
                // Same-day autologous marrow, concentrated by centrifugation only: the same surgical procedure
                // exception (21 CFR 1271.15(b)). The use is left to the rules, which record FDA's position that
                // marrow into a tendon or disc is non-homologous, so 1271.3(d)(4) does not apply.
                new PlanInput.PathwayInput(CellSource.AUTOLOGOUS_BONE_MARROW, ProductType.BONE_MARROW_CONCENTRATE,
                        Manipulation.MINIMAL, null, true, true, null, true, null, null, null),
                DemoStories.PROCESSING, DemoStories.CENTRIFUGE, story.guidance(), story.rehabilitation(),
                story.template(), day, day, new PlanInput.CostInput(story.cost(), "USD",
                        "Demo figure: harvest, processing and one injection"));
    }

    static int indexOf(int clinic, String family) {
        List<DemoPatients.Demo> demos = DemoPatients.PATIENTS.get(clinic);
        for (int i = 0; i < demos.size(); i++) {
            if (demos.get(i).family().equals(family)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No demo patient " + family + " in clinic " + clinic);
    }
}
