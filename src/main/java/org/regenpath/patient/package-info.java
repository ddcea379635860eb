/**
 * Patient registry: demographics, the clinic's medical record number (MRN) and clinic membership. Every other
 * module refers to a patient by {@link org.regenpath.shared.PatientId} and asks
 * {@link org.regenpath.patient.PatientRegistry} whether the acting user may touch that patient.
 *
 * <p>Owns the table {@code patient}. Clinicians and coordinators of the patient's own clinic may read and write;
 * no other role and no other clinic may, and every refusal is recorded in the audit trail. A patient signed in to
 * the portal may use only their own record, and only where a module allows the role {@code PATIENT}.
 * {@link org.regenpath.patient.PortalInvitations} invites a patient to the portal from the chart (the account
 * itself lives in identity). The patient list shows where each patient stands through the port
 * {@link org.regenpath.patient.PatientProgressSource}, which intake, planning, procedure and follow-up implement
 * (decision 0028); filtered or sorted by stage, condition or next due day it reads every patient's progress in one
 * query per source and pages in memory (decision 0032); the audit trail names patients through its port {@code AuditPatients}, implemented here.
 * {@link org.regenpath.patient.ChartOverview} says where the patient stands on the chart's Overview tab and the
 * printable summary, from the {@link org.regenpath.patient.ChartFacts} port that intake, planning, procedure and
 * follow-up implement (decision 0027), so this module depends on none of them. Other modules read patients through
 * {@link org.regenpath.patient.PatientLookup}: by ids, paged and changed since a cursor (decision 0038).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Patient registry",
        allowedDependencies = {"shared", "audit", "identity"})
package org.regenpath.patient;
