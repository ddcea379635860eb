/**
 * Value types every module may use: identifiers, the acting user and roles, the problem types that errors carry,
 * and the clinical vocabulary several modules share (cell source, product type, injection site and side, the
 * staff member who signed a step). No Spring beans and no tables live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.regenpath.shared;
