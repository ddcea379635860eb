package org.regenpath.followup;

import java.util.List;
import java.util.Map;

/**
 * A clinic's instrument set as an admin enters it; every value may be missing or wrong.
 *
 * @param label the name staff see, e.g. "Knee OA, full KOOS"
 * @param templateId the schedule template whose time points the set uses
 * @param instruments each instrument and the time point ids it is asked at, in the order given
 * @param primaryInstrumentId the primary outcome (counted for completion on the dashboard); {@code null} for the
 *     first instrument
 * @param conditions the intake condition ids whose new plans get this set in this clinic
 * @param source on what basis the clinic chose this set (a standard set, a study protocol, a decision)
 */
public record ClinicSetInput(String label, String templateId, Map<String, List<String>> instruments,
        String primaryInstrumentId, List<String> conditions, String source) {}
