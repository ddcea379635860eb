package org.regenpath.product;

import static org.regenpath.product.BedsideFinding.pass;
import static org.regenpath.product.BedsideFinding.stop;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;

/**
 * The bedside verification before an injection (issue #4, item 6), as a pure policy. Reads the wristband (with
 * {@link Wristbands}: one of the acting clinic, with a matching check character) and the product label (a label whose check character does not match is "not a valid label, rescan" before anything is
 * looked up), finds the product, and checks every {@link BedsideRule}: the product belongs to the patient on the
 * wristband, is RELEASED, has not expired, was not given before, the site is in the patient's approved plan, no injection was given
 * there under the plan version in force, the volume is within the planned dose, the patient's consent to that plan still stands, and a second person who is not the operator confirms. Each is a hard stop with a plain message.
 *
 * <p>{@link CellProduct#administer} re-checks the same invariants through the same code, so a passed check is
 * exactly what the product accepts.
 */
public final class BedsideCheck {

    private final IdentifierScheme scheme;

    /** A check reading labels with the clinic's identifier scheme. */
    public BedsideCheck(IdentifierScheme scheme) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
    }

    /**
     * Checks a scan.
     *
     * @param scan what the bedside screen collected
     * @param clinic the clinic where the patient is being treated, whose wristbands alone are read
     * @param order the injection sites of the approved plan of the patient being treated and their consent to it
     * @param products finds a product by identifier (the persistence layer)
     * @param zone the time zone of the product's clinic, in which the findings show times
     */
    public BedsideResult check(BedsideScan scan, ClinicId clinic, TreatmentOrder order,
            Function<ProductIdentifier, Optional<CellProduct>> products, ZoneId zone) {
        List<BedsideFinding> findings = new ArrayList<>();
        PatientId patient = readWristband(scan.wristband(), clinic, findings);
        ProductIdentifier label = readLabel(scan.productLabel(), findings);
        CellProduct product = label == null ? null : find(label, products, findings);
        if (patient != null && product != null) {
            findings.addAll(AdministrationRules.evaluate(product, patient, scan.site(), scan.volumeMl(), order,
                    scan.operator(), scan.verifier(), scan.at(), zone));
        } else {
            findings.add(AdministrationRules.secondPerson(scan.operator(), scan.verifier()));
        }
        return new BedsideResult(patient, label, findings);
    }

    /**
     * What a product label's barcodes carry, exactly as the identifier scheme parses it back: the identifier with
     * its check character, without separators.
     */
    public static String labelScan(ProductIdentifier product) {
        return product.value();
    }

    private static PatientId readWristband(String wristband, ClinicId clinic, List<BedsideFinding> findings) {
        try {
            PatientId patient = Wristbands.read(wristband, clinic);
            findings.add(pass(BedsideRule.WRISTBAND_READ, "Wristband read: " + Wristbands.code(clinic, patient)
                    + ", a patient of this clinic."));
            return patient;
        } catch (InvalidInput e) {
            findings.add(stop(BedsideRule.WRISTBAND_READ, e.fieldErrors().get(Wristbands.FIELD)));
            return null;
        }
    }

    private ProductIdentifier readLabel(String label, List<BedsideFinding> findings) {
        try {
            ProductIdentifier id = scheme.parse(label);
            findings.add(pass(BedsideRule.LABEL_READ, "Label read: product " + id + "."));
            return id;
        } catch (InvalidInput e) {
            findings.add(stop(BedsideRule.LABEL_READ, e.fieldErrors().getOrDefault("label", e.getMessage())));
            return null;
        }
    }

    private static CellProduct find(ProductIdentifier id, Function<ProductIdentifier, Optional<CellProduct>> products,
            List<BedsideFinding> findings) {
        Optional<CellProduct> product = products.apply(id);
        findings.add(product.isPresent()
                ? pass(BedsideRule.PRODUCT_FOUND, "Product " + id + " is on record.")
                : stop(BedsideRule.PRODUCT_FOUND, "no product " + id + " is on record. Do not give anything; ask"
                        + " the lab."));
        return product.orElse(null);
    }
}
