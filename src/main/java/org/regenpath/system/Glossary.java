package org.regenpath.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain-words explanations of the jargon a patient or a new coordinator meets (HCT/P, 361 and 351, MCID, "n =",
 * 95 % interval, responder, PEG, chain of identity, QC), read from {@code clinical/glossary.json}, each with its
 * public source. Templates show an entry where the word appears through the {@code help/term} fragment, which reads
 * this bean as {@code @glossary}; the whole list is the page {@code /help/glossary}.
 */
@Component("glossary")
public class Glossary {

    /** The data file. */
    public static final String FILE = "clinical/glossary.json";

    private final Map<String, Entry> entries;

    public Glossary() {
        this.entries = load();
    }

    /**
     * One term.
     *
     * @param id the anchor on the glossary page and the key templates use
     * @param term the word as it appears on pages
     * @param plain what it means, in plain words
     * @param source where the meaning comes from (author, title, year, DOI or URL)
     */
    public record Entry(String id, String term, String plain, String source) {}

    /** Every entry, in the file's order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The entry with this id; a template naming an unknown one fails loudly rather than explain nothing. */
    public Entry entry(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No glossary entry \"" + id + "\" in "
                + FILE));
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    private static Map<String, Entry> load() {
        try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + ": not found on the classpath");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Entry> list = new ArrayList<>();
            for (JsonNode e : root.required("entries")) {
                list.add(new Entry(text(e, "id"), text(e, "term"), text(e, "plain"), text(e, "source")));
            }
            Map<String, Entry> out = new LinkedHashMap<>();
            list.forEach(e -> {
                if (out.put(e.id(), e) != null) {
                    throw new IllegalStateException(FILE + ": entry \"" + e.id() + "\" appears twice");
                }
            });
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalStateException(FILE + ": an entry has no \"" + field + "\": " + entry);
        }
        return value.asString();
    }
}
