/**
 * Procedure: the record of an injection (issue #4, item 7): date and time, operator, image guidance, the sites
 * with laterality and the volume and cells given at each, immediate complications and post-procedure instructions.
 *
 * <p>{@link org.regenpath.procedure.Procedures} is the module's API. A record is written once, by a clinician of
 * the patient's clinic, for a cell product that was administered to that patient (read through the product
 * module's API); clinicians and coordinators read them. Owns the tables {@code procedure_record} and
 * {@code procedure_site}; publishes {@link org.regenpath.procedure.ProcedureCompleted}, on which follow-up
 * schedules will hang. {@link org.regenpath.procedure.ProcedureLookup} lets the trace module find the record of a
 * product for recalls (it authorises and audits on its own).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Procedure",
        allowedDependencies = {"shared", "audit", "identity", "patient", "planning", "product"})
package org.regenpath.procedure;
