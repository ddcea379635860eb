package org.regenpath.safety;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The blocks of Form FDA 3500A that the draft shows, read from {@code clinical/safety/fda-3500a-fields.json}: each
 * block with the fact Regenpath holds for it, or none. The file is refused when a block names a fact that
 * {@link Form3500aFacts} does not provide, when a block is listed twice, or when a fact Regenpath holds is on no
 * block (it would be silently left off the draft).
 *
 * @param form the form's name
 * @param url where the form is published
 * @param verifiedAgainst which version of the form the blocks were checked against
 * @param sections the sections, in the form's order
 */
record Form3500aFields(String form, String url, String verifiedAgainst, List<Section> sections) {

    static final String RESOURCE = "/clinical/safety/fda-3500a-fields.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** One section of the form. */
    record Section(String section, String title, List<Field> fields) {}

    /**
     * One block.
     *
     * @param block its number, e.g. {@code B5}
     * @param label its label on the form
     * @param fact the key of the fact Regenpath holds for it, or {@code null} when it holds none
     * @param verified whether the number and label were read in the form version named
     * @param note what the reporter should know, or {@code null}
     */
    record Field(String block, String label, String fact, Boolean verified, String note) {}

    private record Data(String about, String version, String form, String url, String verifiedAgainst,
            String licence, List<Section> sections) {}

    /** The shipped list. */
    static Form3500aFields standard() {
        InputStream in = Form3500aFields.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing");
        }
        return read(in, RESOURCE);
    }

    static Form3500aFields read(InputStream in, String file) {
        Data data;
        try (in) {
            data = JSON.readValue(in, Data.class);
        } catch (JacksonException e) {
            throw new IllegalStateException(file + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(file + " cannot be read", e);
        }
        require(file, data != null && data.form() != null && data.url() != null && data.verifiedAgainst() != null
                && data.sections() != null && !data.sections().isEmpty(),
                "needs \"form\", \"url\", \"verifiedAgainst\" and \"sections\"");
        Set<String> blocks = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (Section s : data.sections()) {
            require(file, s.section() != null && s.title() != null && s.fields() != null && !s.fields().isEmpty(),
                    "every section needs a \"section\", a \"title\" and \"fields\"");
            for (Field f : s.fields()) {
                require(file, f.block() != null && f.label() != null && f.verified() != null,
                        "every field of section " + s.section() + " needs a \"block\", a \"label\" and \"verified\"");
                require(file, blocks.add(f.block()), "block " + f.block() + " is listed twice");
                require(file, f.fact() == null || Form3500aFacts.KEYS.contains(f.fact()),
                        "block " + f.block() + " names the unknown fact " + f.fact());
                if (f.fact() != null) {
                    used.add(f.fact());
                }
            }
        }
        Set<String> unused = new HashSet<>(Form3500aFacts.KEYS);
        unused.removeAll(used);
        require(file, unused.isEmpty(), "the facts " + unused + " are on no block");
        return new Form3500aFields(data.form(), data.url(), data.verifiedAgainst(), data.sections());
    }

    private static void require(String file, boolean ok, String problem) {
        if (!ok) {
            throw new IllegalStateException(file + ": " + problem);
        }
    }
}
