package org.regenpath.followup;

import java.time.LocalDate;
import java.util.List;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/**
 * A port the safety module implements: the solicited checklists after a procedure (day 2, 7 and 30) that are due and
 * not answered, so that the portal's home page and the follow-up dashboard list them beside the questionnaires
 * without this module depending on safety. Like a lookup it neither authorises nor audits: the caller has done
 * both. Injected as a list, so follow-up works without it.
 */
public interface DueChecklists {

    /** The patient's unanswered checklists due on or before {@code today}, oldest due first. */
    List<DueChecklist> ofPatient(ClinicId clinic, PatientId patient, LocalDate today);

    /** The clinic's unanswered checklists due on or before {@code today}, oldest due first. */
    List<DueChecklist> ofClinic(ClinicId clinic, LocalDate today);
}
