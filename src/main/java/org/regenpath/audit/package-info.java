/**
 * Audit trail: an append-only record of every read and write of patient data, every refused attempt and every
 * sign-in, with who, role, clinic, which patient, what record and action, when and from which address.
 *
 * <p>Owns the table {@code audit_event}. The database refuses UPDATE and DELETE on it (a trigger on both H2
 * and PostgreSQL), per 21 CFR 11.10(e) ("record changes shall not obscure previously recorded information")
 * and HIPAA 45 CFR 164.312(b). Clinic admins search it through {@link org.regenpath.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = {"shared"})
package org.regenpath.audit;
