package org.regenpath.followup;

import java.util.List;

/**
 * What a clinic's staff see of its instrument sets.
 *
 * @param shipped the shipped default sets, with their sources
 * @param clinicSets the clinic's own sets, each at its newest version with the older ones
 * @param inForce for every condition of the catalog, the set a plan approved today gets, and why
 * @param templates the schedule templates a set may use
 * @param instruments the instruments a set may ask
 * @param conditions the conditions a set may be chosen for
 * @param mayChange whether the reader may create, revise and retire sets
 */
public record InstrumentSetsOverview(List<InstrumentSet> shipped, List<ClinicSet> clinicSets,
        List<ConditionProtocol> inForce, List<ScheduleTemplate> templates, List<InstrumentChoice> instruments,
        List<ConditionChoice> conditions, boolean mayChange) {

    /** A clinic set: its newest version and the ones before it, newest first. */
    public record ClinicSet(ClinicSetVersion current, List<ClinicSetVersion> earlier) {}

    /** The set a condition gets now. */
    public record ConditionProtocol(String conditionId, String conditionName, String setId, String setLabel,
            SetChoice.MatchedBy matchedBy) {}

    /**
     * An instrument as a form offers it.
     *
     * @param notSent why patients are not sent it and what to install (licensed wording missing), or {@code null}
     */
    public record InstrumentChoice(String id, String shortTitle, String title, String notSent) {}

    /** A condition as a form offers it. */
    public record ConditionChoice(String id, String name) {}
}
