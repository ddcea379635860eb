package org.regenpath.product;

import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import org.regenpath.shared.CellSource;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a throw-away label once the application is up, in the background. The first label of a fresh process
 * takes seconds (image encoders, PDFBox's font mapping, openhtmltopdf's default style sheet); later ones take a
 * fraction of a second, and the nurse printing the first wristband of the day should get the fast one.
 */
@Component
class LabelWarmUp {

    private static final Logger log = LoggerFactory.getLogger(LabelWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(LabelWarmUp::render, "label-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    static void render() {
        try {
            LabelPatient nobody = new LabelPatient(ClinicId.of(1), PatientId.of(1), "Warm", "Up", LocalDate.of(2000, 1, 1), "-");
            Instant now = Instant.now();
            LabelPdf.product(new ProductLabel(new RegenpathIdScheme().next(), ProductType.BONE_MARROW_CONCENTRATE,
                    CellSource.AUTOLOGOUS_BONE_MARROW, now, now, nobody, "-",
                    ZoneId.of("America/New_York")));
        } catch (RuntimeException e) {
            log.warn("Label warm-up failed; the first label will be rendered cold", e);
        }
    }
}
