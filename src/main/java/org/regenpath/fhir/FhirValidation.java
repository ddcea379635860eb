package org.regenpath.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * HAPI's instance validator against base FHIR R4 (the chain libraries research tested: the core profiles, in-memory
 * terminology, the common code systems and snapshot generation; caching comes with the chain). Built on first use;
 * after start a background thread builds it and validates one resource of each kind the server returns, because the
 * first validation of a type takes seconds and the start path must not pay for it (decision 0055).
 */
@Component
public class FhirValidation {

    private static final Logger log = LoggerFactory.getLogger(FhirValidation.class);

    private final ObjectProvider<FhirContext> context;
    private final FhirProperties properties;
    private volatile FhirValidator validator;

    FhirValidation(ObjectProvider<FhirContext> context, FhirProperties properties) {
        this.context = context;
        this.properties = properties;
    }

    /** The resource's validation against base R4: errors, warnings and information. */
    public ValidationResult validate(IBaseResource resource) {
        return validator().validateWithResult(resource);
    }

    private FhirValidator validator() {
        FhirValidator v = validator;
        if (v == null) {
            synchronized (this) {
                if (validator == null) {
                    FhirContext ctx = context.getObject();
                    ValidationSupportChain chain = new ValidationSupportChain(
                            new DefaultProfileValidationSupport(ctx),
                            new InMemoryTerminologyServerValidationSupport(ctx),
                            new CommonCodeSystemsTerminologyService(ctx),
                            new SnapshotGeneratingValidationSupport(ctx));
                    validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
                }
                v = validator;
            }
        }
        return v;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUpAfterStart() {
        if (!properties.warmValidator()) {
            return;
        }
        Thread thread = new Thread(this::warmUp, "fhir-validator-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void warmUp() {
        try {
            long start = System.nanoTime();
            validate(new Patient().setActive(true));
            validate(new Observation().setStatus(Observation.ObservationStatus.FINAL));
            log.info("FHIR validator warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("FHIR validator warm-up failed; the first validation will be slow", e);
        }
    }
}
