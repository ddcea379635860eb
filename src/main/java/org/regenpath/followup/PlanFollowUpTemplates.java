package org.regenpath.followup;

import java.util.List;
import org.regenpath.planning.FollowUpTemplates;
import org.springframework.stereotype.Component;

/** Offers the shipped schedule templates to the plan editor, which refuses any other template id. */
@Component
class PlanFollowUpTemplates implements FollowUpTemplates {

    private final FollowupDefaults defaults;

    PlanFollowUpTemplates(FollowupDefaults defaults) {
        this.defaults = defaults;
    }

    @Override
    public List<FollowUpTemplateChoice> available() {
        return defaults.scheduleTemplates().stream().map(t -> new FollowUpTemplateChoice(t.id(), t.label()))
                .toList();
    }
}
