package org.regenpath.followup.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.regenpath.followup.InstrumentSet;
import org.regenpath.followup.InstrumentSetsOverview;
import org.regenpath.followup.ScheduleTemplate;
import org.regenpath.followup.SetChoice;

/**
 * A clinic's instrument sets as the JSON API sends them (decision 0038): its own types, so the module may change
 * {@link InstrumentSetsOverview} and what it holds without changing what clients read. Field names, order and values
 * are those clients have always read; the schemas keep their published names.
 */
@Schema(name = "InstrumentSetsOverview")
record InstrumentSetsResponse(List<Shipped> shipped, List<ClinicSet> clinicSets, List<ConditionProtocol> inForce,
        List<Template> templates, List<InstrumentChoice> instruments, List<ConditionChoice> conditions,
        boolean mayChange) {

    /** A shipped default set. */
    @Schema(name = "InstrumentSet")
    record Shipped(String id, String label, String source, String scheduleTemplateId,
            List<ClinicSetResponse.Planned> instruments) {

        static Shipped of(InstrumentSet s) {
            return new Shipped(s.id(), s.label(), s.source(), s.scheduleTemplateId(),
                    ClinicSetResponse.Planned.of(s.instruments()));
        }
    }

    /** A clinic set: its newest version and the ones before it, newest first. */
    @Schema(name = "ClinicSet")
    record ClinicSet(ClinicSetResponse current, List<ClinicSetResponse> earlier) {}

    /** The set a condition gets now. */
    @Schema(name = "ConditionProtocol")
    record ConditionProtocol(String conditionId, String conditionName, String setId, String setLabel,
            SetChoice.MatchedBy matchedBy) {}

    /** A schedule template a set may use, with its time points. */
    @Schema(name = "ScheduleTemplate")
    record Template(String id, String label, String source, boolean windowsAreExampleDefaults,
            List<TimePoint> timePoints) {

        static Template of(ScheduleTemplate t) {
            return new Template(t.id(), t.label(), t.source(), t.windowsAreExampleDefaults(), t.timePoints().stream()
                    .map(p -> new TimePoint(p.id(), p.label(), p.baseline(), p.offsetMonths(), p.windowDaysBefore(),
                            p.windowDaysAfter())).toList());
        }
    }

    /** One time point of a template with its window. */
    @Schema(name = "TimePoint")
    record TimePoint(String id, String label, boolean baseline, int offsetMonths, int windowDaysBefore,
            int windowDaysAfter) {}

    /** An instrument as a form offers it. */
    @Schema(name = "InstrumentChoice")
    record InstrumentChoice(String id, String shortTitle, String title, String notSent) {}

    /** A condition as a form offers it. */
    @Schema(name = "ConditionChoice")
    record ConditionChoice(String id, String name) {}

    static InstrumentSetsResponse of(InstrumentSetsOverview o) {
        return new InstrumentSetsResponse(o.shipped().stream().map(Shipped::of).toList(),
                o.clinicSets().stream().map(c -> new ClinicSet(ClinicSetResponse.of(c.current()),
                        c.earlier().stream().map(ClinicSetResponse::of).toList())).toList(),
                o.inForce().stream().map(p -> new ConditionProtocol(p.conditionId(), p.conditionName(), p.setId(),
                        p.setLabel(), p.matchedBy())).toList(),
                o.templates().stream().map(Template::of).toList(),
                o.instruments().stream().map(i -> new InstrumentChoice(i.id(), i.shortTitle(), i.title(),
                        i.notSent())).toList(),
                o.conditions().stream().map(c -> new ConditionChoice(c.id(), c.name())).toList(), o.mayChange());
    }
}
