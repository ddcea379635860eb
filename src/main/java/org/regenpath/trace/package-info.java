/**
 * Trace: two-way tracking of cell products for recalls (issue #4, item 8; 21 CFR 1271.290(b)): from a product to
 * its patient, its administration and its procedure record; from a patient to every product collected for them;
 * and from a kit lot or device to every product it touched and every patient those products belong to.
 *
 * <p>{@link org.regenpath.trace.Traceability} is the module's API. It is read-only and spans the product and
 * procedure modules, which is why it is a module of its own: {@code procedure} already depends on {@code product},
 * and neither should learn the other's recall questions. Clinicians and lab technicians of the clinic trace; every
 * trace is audited, and a lot search audits each patient it reveals. Lab technicians see patients as the label they
 * print names them (name, date of birth, MRN), with no chart link, and no procedure records. Owns no tables, publishes no events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Trace",
        allowedDependencies = {"shared", "audit", "identity", "patient", "product", "procedure"})
package org.regenpath.trace;
