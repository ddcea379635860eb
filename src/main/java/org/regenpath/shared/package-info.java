/**
 * Value types every module may use: identifiers, the acting user and roles, and the problem types that
 * errors carry. No Spring beans and no tables live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.regenpath.shared;
