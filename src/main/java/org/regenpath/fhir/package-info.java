/**
 * FHIR R4 API: HAPI FHIR's plain {@code RestfulServer} at {@code /fhir}, a facade over the modules' Lookups with no
 * store of its own (decision 0055). It serves Patient (patient registry), Condition (intake's pain conditions, coded
 * in ICD-10-CM), Observation (follow-up's scored questionnaires and the intake's baseline pain score, LOINC where the
 * instrument file carries it) and Procedure (recorded injections, body site with side), read and search, paged with
 * {@code _offset} and {@code _count}; the CapabilityStatement at {@code /fhir/metadata} lists exactly these.
 *
 * <p>Only clinicians and coordinators, signed in (session with its CSRF token, or HTTP Basic as for {@code /api}),
 * read, and only their own clinic's records: every read goes through a Lookup scoped to the caller's clinic, so
 * another clinic's id reads as missing (404), a search never finds another clinic's records and {@code _include}
 * adds only a patient of the caller's clinic. Every read and search is audited
 * ({@code audit.AuditTrail}), refusals too. Errors are OperationOutcomes with a 4xx status naming the problem.
 * {@link org.regenpath.fhir.FhirValidation} validates resources against base R4, warmed in the background after
 * start.
 *
 * <p>Owns no tables, publishes and listens to no events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "FHIR API",
        allowedDependencies = {"shared", "audit", "identity", "patient", "intake", "instrument", "followup",
                "procedure", "planning"})
package org.regenpath.fhir;
