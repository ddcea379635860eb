package org.regenpath.followup;

import java.time.LocalDate;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;

/** A row of {@code followup_schedule}. */
record ScheduleRow(long id, ClinicId clinicId, PatientId patientId, long planId, String conditionId,
        String conditionName, String instrumentSetId, String templateId, LocalDate plannedProcedure,
        Long procedureId, LocalDate procedureDate, String note, int version) {}
