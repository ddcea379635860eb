package org.regenpath.safety;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenpath.planning.RegulatoryPathway;

/**
 * Which expedited reporting clocks an adverse event starts, and when each is due. Pure: no Spring, no database.
 * What each duty asks, its days and its citation are data ({@code clinical/safety/reporting-rules.json}); when each
 * applies is here:
 * <ul>
 *   <li><b>Under an IND</b> (21 CFR 312.32): a suspected adverse reaction, i.e. relatedness {@code POSSIBLE} or
 *       stronger (a "reasonable possibility", 312.32(a)), that is serious and unexpected starts the 15-day IND
 *       safety report (312.32(c)(1)(i)); if it is also fatal or life-threatening it starts the 7-day notification
 *       as well (312.32(c)(2): "also").</li>
 *   <li><b>361 HCT/P</b> (21 CFR 1271.350(a)): an adverse reaction (relatedness {@code POSSIBLE} or stronger,
 *       1271.3(y)) involving a communicable disease that is fatal, life-threatening, results in permanent
 *       impairment or damage, or necessitates medical or surgical intervention including hospitalisation starts
 *       the 15-day Form FDA 3500A report. Expectedness plays no part in this rule. ICH E2A's "persistent or
 *       significant disability" is taken as possibly permanent (the clock starts and the reporter decides); a
 *       congenital anomaly or an important medical event alone starts it only with {@code interventionNeeded}.</li>
 *   <li><b>Otherwise</b> (not an HCT/P, or within the same surgical procedure exception) no mandatory expedited
 *       report applies; the clinic may report voluntarily on Form FDA 3500.</li>
 * </ul>
 *
 * <p><b>When the clinic first knew</b> ({@link ReportingClockFacts#firstKnownAt()}) is the first moment anyone at
 * the clinic received information about the event (a portal report, a phone call, a checklist answer, a clinician
 * seeing it), not when a clinician confirmed or graded it: 312.32(c)(2) and 1271.350(a) count from "initial receipt
 * of the information", and 312.32(c)(1)'s later start (when the sponsor determines the information qualifies) is
 * never earlier, so counting from first knowledge never shows a deadline later than the regulation's. <b>Calendar
 * days in the clinic's zone</b>: the regulations count calendar days, and the clinic's day is the one its staff
 * live in; a UTC date would move day 0 to the next day for an evening report in the Americas. Day 0 is the clinic's
 * date of first knowledge; the report is due by the end of day {@code days} in that zone. See decision 0045.
 */
public final class ReportingClockRules {

    /**
     * How a product pathway maps to a reporting regime, and why.
     *
     * @param pathway the product's regulatory pathway
     * @param regime the regime its adverse events are reported under
     * @param reason why, in words
     * @param citation the section relied on
     * @param url where it can be read
     * @param verified whether the reference marks it as checked
     * @param note what was not confirmed, or {@code null}
     */
    public record PathwayRegime(RegulatoryPathway pathway, ReportingClockFacts.Regime regime, String reason,
            String citation, String url, boolean verified, String note) {}

    /** The criteria that can match 1271.350(a)(2)(i)-(iv) on their own. */
    private static final Set<SeriousnessCriterion> HCTP_REPORTABLE = EnumSet.of(SeriousnessCriterion.DEATH,
            SeriousnessCriterion.LIFE_THREATENING, SeriousnessCriterion.DISABILITY,
            SeriousnessCriterion.HOSPITALISATION);

    private final String version;
    private final Map<ReportingClockRule.Kind, ReportingClockRule> rules;
    private final Map<RegulatoryPathway, PathwayRegime> pathways;

    private ReportingClockRules(ReportingClockRuleFile.Loaded loaded) {
        this.version = loaded.version();
        this.rules = loaded.rules();
        this.pathways = loaded.pathways();
    }

    /** The rules shipped with Regenpath. */
    public static ReportingClockRules standard() {
        InputStream in = ReportingClockRules.class.getResourceAsStream(ReportingClockRuleFile.RESOURCE);
        if (in == null) {
            throw new IllegalStateException(ReportingClockRuleFile.RESOURCE + " is missing");
        }
        return read(in, ReportingClockRuleFile.RESOURCE);
    }

    /** Rules read from another file, e.g. a reviewer's edit under test. */
    public static ReportingClockRules read(InputStream in, String file) {
        return new ReportingClockRules(ReportingClockRuleFile.load(in, file));
    }

    /** The rule file's version. */
    public String version() {
        return version;
    }

    /** The duty of one kind, as the rule file states it. */
    public ReportingClockRule rule(ReportingClockRule.Kind kind) {
        return rules.get(kind);
    }

    /** The regime a product on {@code pathway} is reported under, with the reason. */
    public PathwayRegime regimeOf(RegulatoryPathway pathway) {
        return pathways.get(pathway);
    }

    /** The clocks an event with these facts starts, shortest first; empty when none applies. */
    public List<ReportingClock> clocksFor(ReportingClockFacts facts) {
        List<ReportingClock> clocks = new ArrayList<>();
        for (ReportingClockRule.Kind kind : kindsFor(facts)) {
            clocks.add(ReportingClock.start(rules.get(kind), facts.firstKnownAt(), facts.clinicZone()));
        }
        clocks.sort((a, b) -> Integer.compare(a.rule().days(), b.rule().days()));
        return List.copyOf(clocks);
    }

    /** Which duties apply, without dates. */
    static Set<ReportingClockRule.Kind> kindsFor(ReportingClockFacts facts) {
        Set<ReportingClockRule.Kind> kinds = EnumSet.noneOf(ReportingClockRule.Kind.class);
        boolean reasonablePossibility = facts.strongest().compareTo(Relatedness.POSSIBLE) >= 0;
        if (!reasonablePossibility) {
            return kinds;
        }
        switch (facts.regime()) {
            case IND -> {
                if (facts.serious() && !facts.expected()) {
                    kinds.add(ReportingClockRule.Kind.IND_SAFETY_REPORT);
                    if (facts.fatalOrLifeThreatening()) {
                        kinds.add(ReportingClockRule.Kind.IND_FATAL_OR_LIFE_THREATENING);
                    }
                }
            }
            case HCTP_361 -> {
                boolean reportable = facts.interventionNeeded()
                        || facts.criteria().stream().anyMatch(HCTP_REPORTABLE::contains);
                if (facts.communicableDisease() && reportable) {
                    kinds.add(ReportingClockRule.Kind.HCTP_ADVERSE_REACTION);
                }
            }
            case VOLUNTARY -> {
                // No mandatory expedited report; the clinic may still report on Form FDA 3500.
            }
            default -> throw new IllegalStateException("Unknown regime " + facts.regime());
        }
        return kinds;
    }
}
