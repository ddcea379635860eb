package org.regenpath.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;

/**
 * One row of an {@link AuthorizationMatrix}: an endpoint and who may use it. Write rows as a table, one a line:
 *
 * <pre>
 * row(GET,  "/api/patients/{p}/plans")                .allow(CLINICIAN, COORDINATOR, LAB),
 * row(POST, "/api/patients/{p}/plans").body(PLAN_JSON).allow(CLINICIAN, COORDINATOR),
 * </pre>
 *
 * {@code {name}} in the url or body stands for one of the target's records or values ({@link Target}). Every
 * staff user of the matrix that {@link #allow} does not name is forbidden, and so is a signed-in patient unless the
 * row allows {@link #PATIENT}.
 *
 * @param body JSON for {@code /api/} urls, {@code name=value&...} form fields for pages; null for none
 * @param allowed the users (demo e-mails) the endpoint serves
 * @param otherClinic a user of another clinic with a role that could use it, asked for this clinic's records
 * @param audits the resource type the served request's SUCCESS audit row names, or null for any
 * @param shows what the served answer must contain (a placeholder such as {@code {product}}), or null
 * @param given a state the fixture sets up before the request ({@link Target}s are made per state), or null
 */
public record Endpoint(HttpMethod method, String url, String body, List<String> allowed, String otherClinic,
        Set<Option> options, String audits, String shows, String given) {

    /** What sets an endpoint apart from the rest; each weakens or skips a check for a reason the row states. */
    public enum Option {
        /** The served request records no audit row: it shows no patient data (a catalog, an empty form). */
        UNAUDITED,
        /** The served case needs a state this matrix cannot make; another test serves it. */
        SERVED_ELSEWHERE,
        /** The role is refused before the record is looked up, so the DENIED row cannot name the patient. */
        ROLE_REFUSED_BEFORE_LOOKUP,
        /**
         * Some roles refused here may read the record elsewhere (a coordinator reads the product a clinician injects),
         * so their refusal may tell that it exists: answers alike for a record and none are not asked of them.
         */
        FORBIDDEN_ROLES_MAY_READ
    }

    /**
     * In {@link #allow}: the target's patient, signed in to the portal. Staff are then all forbidden, and another
     * patient stands for another clinic: their answer for this patient's records is the answer for none.
     */
    public static final String PATIENT = "the patient";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** A row for {@code method url}, open to no one until {@link #allow} says otherwise. */
    public static Endpoint row(HttpMethod method, String url) {
        return new Endpoint(method, url, null, List.of(), WebIT.OTHER_CLINICIAN, Set.of(), null, null, null);
    }

    public Endpoint body(String json) {
        return new Endpoint(method, url, json, allowed, otherClinic, options, audits, shows, given);
    }

    public Endpoint allow(String... users) {
        return new Endpoint(method, url, body, List.of(users), otherClinic, options, audits, shows, given);
    }

    /** The user of another clinic who asks for this clinic's records (by default, another clinic's clinician). */
    public Endpoint otherClinic(String user) {
        return new Endpoint(method, url, body, allowed, user, options, audits, shows, given);
    }

    public Endpoint audits(String resourceType) {
        return new Endpoint(method, url, body, allowed, otherClinic, options, resourceType, shows, given);
    }

    public Endpoint shows(String placeholder) {
        return new Endpoint(method, url, body, allowed, otherClinic, options, audits, placeholder, given);
    }

    public Endpoint given(String state) {
        return new Endpoint(method, url, body, allowed, otherClinic, options, audits, shows, state);
    }

    public Endpoint with(Option option) {
        Set<Option> more = new java.util.HashSet<>(options);
        more.add(option);
        return new Endpoint(method, url, body, allowed, otherClinic, Set.copyOf(more), audits, shows, given);
    }

    public boolean has(Option option) {
        return options.contains(option);
    }

    public boolean api() {
        return url.startsWith("/api/");
    }

    /** The placeholders in the url: the records the request names. */
    public List<String> placeholders() {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(url);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}
