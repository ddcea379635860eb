package org.regenpath.audit;

import java.util.Map;
import java.util.Set;

/**
 * The words a person reads for each kind of record written to the audit trail ("Consent", not "PlanConsent"). The
 * one mapping used by the audit search, its CSV export and the chart's history; a test fails when the application
 * writes a type that is missing here.
 */
public final class RecordTypes {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("AdverseEvent", "Adverse event"),
            Map.entry("AuditEvent", "Audit trail"),
            Map.entry("BaselineGap", "Reason a baseline was not collected"),
            Map.entry("BedsideCheck", "Bedside check"),
            Map.entry("CandidacyDecision", "Candidacy decision"),
            Map.entry("CandidacyScreening", "Candidacy screening"),
            Map.entry("CellProduct", "Cell product custody"),
            Map.entry("ChartOverview", "Chart overview"),
            Map.entry("ChartSummary", "Printable chart summary"),
            Map.entry("ClinicScreeningPolicy", "Clinic screening policy"),
            Map.entry("ClinicSettings", "Clinic settings"),
            Map.entry("CollectionWorklist", "Lab collection worklist"),
            Map.entry("ConditionCatalog", "Condition catalogue"),
            Map.entry("DirectoryListing", "Directory listing"),
            Map.entry("EventDelivery", "Background step (retry)"),
            Map.entry("FollowupReminder", "Follow-up reminder"),
            Map.entry("Form3500aDraft", "Draft of Form FDA 3500A"),
            Map.entry("FollowupSchedule", "Follow-up schedule"),
            Map.entry("FollowupTrajectory", "Follow-up scores over time"),
            Map.entry("HealthScreen", "Health screen"),
            Map.entry("InstrumentSet", "Questionnaire set"),
            Map.entry("PainCondition", "Pain condition"),
            Map.entry("PainProfile", "Pain profile"),
            Map.entry("Patient", "Patient record"),
            Map.entry("PatientAccount", "Patient portal account"),
            Map.entry("PasswordReset", "Password reset"),
            Map.entry("PlanConsent", "Consent"),
            Map.entry("PortalAccess", "Portal access"),
            Map.entry("PortalInvitation", "Portal invitation"),
            Map.entry("ProblemReport", "Problem report"),
            Map.entry("ProcedureDayList", "Day list of procedures"),
            Map.entry("ProcedureRecord", "Procedure record"),
            Map.entry("ProductLabel", "Product label"),
            Map.entry("ProductSettings", "Product settings"),
            Map.entry("ProgressReport", "Progress report"),
            Map.entry("QuestionnaireResponse", "Questionnaire answers"),
            Map.entry("Reauthentication", "Signature password check"),
            Map.entry("ReportingClock", "Safety reporting deadline"),
            Map.entry("Request", "Page or API request"),
            Map.entry("SafetyFigures", "Clinic safety figures"),
            Map.entry("SecondPerson", "Second-person check"),
            Map.entry("Session", "Sign-in session"),
            Map.entry("SolicitedChecklist", "Checklist after a procedure"),
            Map.entry("Trace", "Recall trace"),
            Map.entry("TreatmentPlan", "Treatment plan"),
            Map.entry("TriageItem", "Safety triage item"),
            Map.entry("UserAccount", "User account"),
            Map.entry("Wristband", "Wristband"));

    private RecordTypes() {}

    /**
     * The readable name of a record type. A type missing from the mapping is shown as separate lower-case words
     * ("SomeNewThing" as "Some new thing") rather than as a class name.
     */
    public static String label(String type) {
        if (type == null || type.isBlank()) {
            return "";
        }
        String known = LABELS.get(type);
        if (known != null) {
            return known;
        }
        String words = type.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The record types that have a readable name. */
    public static Set<String> mapped() {
        return LABELS.keySet();
    }
}
