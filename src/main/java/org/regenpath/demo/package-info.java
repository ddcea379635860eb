/**
 * Demo data: two clinics, one user per role in each, and a dozen fictional patients per clinic with pain
 * profiles spanning the conditions Regenpath covers, and, for the first clinic only, demo shelf life and
 * release criteria for bone marrow concentrate (labelled as demo values) so a product can be collected. On by default with the embedded database, off with
 * PostgreSQL unless {@code regenpath.demo.enabled=true}. Goes through the other modules' public APIs only, so
 * demo records are validated and audited like any other. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"shared", "identity", "patient", "intake", "product"})
package org.regenpath.demo;
