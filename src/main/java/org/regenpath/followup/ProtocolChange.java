package org.regenpath.followup;

/**
 * What changing a schedule's protocol did.
 *
 * @param schedule the schedule as it is now
 * @param added questionnaires added
 * @param redated unanswered questionnaires that took new dates
 * @param noLongerAsked unanswered questionnaires the new protocol does not ask, cancelled (kept as history)
 * @param keptAnswered questionnaires the new protocol does not ask but that have answers, so they stay
 * @param answered questionnaires on the schedule with answers (submitted or a saved draft), all kept
 */
public record ProtocolChange(ScheduleView schedule, int added, int redated, int noLongerAsked, int keptAnswered,
        int answered) {

    /** E.g. "3 added, 2 no longer asked, 1 redated; nothing answered was lost (4 answered questionnaires kept)." */
    public String explanation() {
        StringBuilder s = new StringBuilder();
        s.append(added).append(" added, ").append(noLongerAsked).append(" no longer asked, ").append(redated)
                .append(" redated; nothing answered was lost (").append(answered).append(" answered questionnaire")
                .append(answered == 1 ? "" : "s").append(" kept");
        if (keptAnswered > 0) {
            s.append(", ").append(keptAnswered).append(" of them no longer in the protocol but kept because they "
                    + "have answers");
        }
        return s.append(").").toString();
    }
}
