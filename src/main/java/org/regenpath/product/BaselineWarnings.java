package org.regenpath.product;

import java.util.Map;
import java.util.Optional;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The bedside's warning that the baseline questionnaires are not completed (decision 0029): an injection without a
 * baseline means the treatment's outcome can never be measured for this patient. It is a warning, not a stop of
 * the bedside check: the clinician either has the baseline recorded first or records why not, and the bedside
 * screen asks for that reason before it checks. Reads and writes through the {@link BaselineStatus} port.
 */
@Service
public class BaselineWarnings {

    private final ObjectProvider<BaselineStatus> status;

    BaselineWarnings(ObjectProvider<BaselineStatus> status) {
        this.status = status;
    }

    /** The open baseline of the product's patient and plan, if any. The caller has authorised the read. */
    public Optional<BaselineGap> gap(ProductView product) {
        BaselineStatus port = status.getIfAvailable();
        return port == null ? Optional.empty() : port.gap(product.patientId(), product.planId());
    }

    public Map<String, String> reasons() {
        BaselineStatus port = status.getIfAvailable();
        return port == null ? Map.of() : port.reasons();
    }

    /** Records why the product's patient has no baseline; see {@link BaselineStatus#explain}. */
    public void explain(Actor actor, ProductView product, String reason, String note) {
        BaselineStatus port = status.getIfAvailable();
        if (port != null) {
            port.explain(actor, product.patientId(), product.planId(), reason, note);
        }
    }

    /** Whether the bedside must ask why before it checks: the baseline is open and nobody said why. */
    public static boolean needsReason(Optional<BaselineGap> gap) {
        return gap.isPresent() && !gap.get().explained();
    }

    /**
     * Whether the bedside asks why the baseline is open: only when nobody recorded it and the product could be given
     * (a withdrawn consent stops the injection anyway, and the bedside says so first).
     */
    public static boolean asksWhy(ProductView product, Optional<BaselineGap> gap) {
        return product.consentWithdrawn() == null && needsReason(gap);
    }

    /**
     * Whether the actor, about to check and inject the product, must first say why its patient's baseline is open:
     * the same question for the bedside screen and the JSON API. Only a clinician, who may inject, is asked.
     */
    public boolean mustExplain(Actor actor, ProductView product) {
        return actor.hasRole(Role.CLINICIAN) && !product.state().isFinal() && asksWhy(product, gap(product));
    }
}
