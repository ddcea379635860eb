package org.regenpath.support;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.regenpath.shared.PatientId;

/**
 * The records an {@link AuthorizationMatrix} row is tried on, made fresh by the test's fixture: what each
 * placeholder stands for, what it stands for in the same request for records that do not exist, the patient whose
 * records they are, and a count of the rows a refused request must leave as they were.
 */
public final class Target {

    /** An id no clinic has. */
    public static final long NONE = Integer.MAX_VALUE;

    private final PatientId patient;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> missing = new HashMap<>();
    private final Set<String> ofPatient = new LinkedHashSet<>();
    private LongSupplier written = () -> 0;

    private Target(PatientId patient) {
        this.patient = patient;
    }

    /** Records of this patient; {@code {p}} stands for the patient. */
    public static Target of(PatientId patient) {
        return new Target(patient).patientRecord("p", patient.value(), NONE);
    }

    /** Records that are no patient's (users, clinic settings). */
    public static Target ofNoPatient() {
        return new Target(null);
    }

    /** A record of the patient, and the id that stands for it in the request for no record. */
    public Target patientRecord(String name, Object value, Object none) {
        ofPatient.add(name);
        return record(name, value, none);
    }

    /** A record that is no patient's, and the id that stands for it in the request for no record. */
    public Target record(String name, Object value, Object none) {
        values.put(name, String.valueOf(value));
        missing.put(name, String.valueOf(none));
        return this;
    }

    /** A value that is no record id (a version, a question): the same in the request for no record. */
    public Target value(String name, Object value) {
        values.put(name, String.valueOf(value));
        return this;
    }

    /** Counts the rows the target's requests may write: a refused request must leave the count as it was. */
    public Target written(LongSupplier count) {
        this.written = count;
        return this;
    }

    public PatientId patient() {
        return patient;
    }

    long written() {
        return written.getAsLong();
    }

    /** Whether the row names a record of the patient, so that its audit rows must name the patient. */
    boolean patientData(Endpoint e) {
        return e.placeholders().stream().anyMatch(ofPatient::contains);
    }

    /** Whether the row names any record, so that an answer could tell that it exists. */
    boolean namesARecord(Endpoint e) {
        return e.placeholders().stream().anyMatch(missing::containsKey);
    }

    /** The text with each placeholder filled: with the records, or with the ids no record has. */
    String fill(String text, boolean none, Map<String, String> override) {
        if (text == null) {
            return null;
        }
        String filled = text;
        for (Map.Entry<String, String> v : values.entrySet()) {
            String value = override.getOrDefault(v.getKey(),
                    none ? missing.getOrDefault(v.getKey(), v.getValue()) : v.getValue());
            filled = filled.replace("{" + v.getKey() + "}", value);
        }
        return filled;
    }

    /** Each record id the request asks for, to the one that stands for it in the request for no record. */
    Map<String, String> asked() {
        Map<String, String> asked = new HashMap<>();
        missing.forEach((name, none) -> asked.put(values.get(name), none));
        return asked;
    }
}
