package org.regenpath.planning;

import java.util.List;
import java.util.Optional;

/**
 * The follow-up schedule templates a plan may name. The follow-up module owns the templates and provides this
 * lookup; planning declares it so that it can refuse a template that does not exist without depending on the
 * follow-up module (which depends on planning).
 */
public interface FollowUpTemplates {

    /** The templates a plan may name, in the order a form offers them. */
    List<FollowUpTemplateChoice> available();

    /** The template with this id, if one exists. */
    default Optional<FollowUpTemplateChoice> find(String id) {
        return available().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * One template a plan may name.
     *
     * @param id the id a plan stores
     * @param label the name shown to people
     */
    record FollowUpTemplateChoice(String id, String label) {}
}
