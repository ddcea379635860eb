package org.regenpath.demo;

import java.math.BigDecimal;
import java.util.List;
import org.regenpath.procedure.ProcedureInput;
import org.regenpath.procedure.Procedures;
import org.regenpath.product.AdministrationInput;
import org.regenpath.product.AdministrationOutcome;
import org.regenpath.product.Bedside;
import org.regenpath.product.ChainOfCustody;
import org.regenpath.product.CollectInput;
import org.regenpath.product.CustodyAction;
import org.regenpath.product.CustodyInput;
import org.regenpath.product.Measurements;
import org.regenpath.product.ProductView;
import org.regenpath.product.Wristbands;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Component;

/**
 * A demo patient's treatment day, from harvest to procedure record: the lab technician collects the marrow
 * aspirate, processes it and records QC; the clinician, who did neither, releases it; at the bedside the clinician
 * scans the wristband and the label and the lab technician confirms as second person with their password; the
 * clinician records the procedure, which dates the follow-ups. Each step is recorded when the demo loads, by the
 * product and procedure modules' own rules (release criteria, second person, bedside check).
 */
@Component
class DemoInjection {

    private static final String ROOM = "Procedure room 1";
    private static final String BENCH = "Lab bench A";

    private final ChainOfCustody custody;
    private final Bedside bedside;
    private final Procedures procedures;

    DemoInjection(ChainOfCustody custody, Bedside bedside, Procedures procedures) {
        this.custody = custody;
        this.bedside = bedside;
        this.procedures = procedures;
    }

    /** Collects, processes, tests, releases and injects the product of the approved plan, then records the procedure. */
    void treat(DemoTreatments.Staff staff, PatientId patient, long plan, DemoStories.Story story) {
        Actor lab = staff.lab();
        DemoStories.Site site = story.site();
        ProductView product = custody.collect(lab, patient, new CollectInput(plan, ROOM, DemoStories.HARVEST_NEEDLE,
                null, new Measurements(new BigDecimal("60"), null, null, null, null),
                "Posterior iliac crest aspirate"));
        String id = product.productId();
        product = custody.record(lab, id, new CustodyInput(CustodyAction.PROCESS, product.version(), BENCH,
                DemoStories.CENTRIFUGE, DemoStories.KIT_LOT, null, null));
        product = custody.record(lab, id, new CustodyInput(CustodyAction.QC, product.version(), BENCH, null, null,
                new Measurements(new BigDecimal("3.5"), 1_200_000_000L, new BigDecimal("92"), null, null), null));
        product = custody.record(staff.clinician(), id, new CustodyInput(CustodyAction.RELEASE, product.version(),
                BENCH, null, null, null, null));
        AdministrationOutcome given = bedside.administer(staff.clinician(), id, new AdministrationInput(
                product.version(), Wristbands.code(staff.clinician().clinicId(), patient), id, site.region(), site.laterality(),
                lab.username(), staff.password(), ROOM, site.volumeMl(), null));
        if (!given.administered()) {
            throw new IllegalStateException("The bedside check stopped the demo injection of " + id + ": "
                    + given.findings());
        }
        procedures.record(staff.clinician(), patient, new ProcedureInput(id, null, story.guidance(),
                List.of(new ProcedureInput.SiteInput(site.region(), site.laterality(), site.volumeMl(), null)),
                "None", story.rehabilitation()));
    }
}
