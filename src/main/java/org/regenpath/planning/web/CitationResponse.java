package org.regenpath.planning.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regenpath.planning.Citation;

/**
 * A source passage as the JSON API sends it (decision 0038), in a classification's reasons and statements and in a
 * consent document's sections; field names and schema name are those clients have always read.
 */
@Schema(name = "Citation")
record CitationResponse(String document, String passage, String url, boolean verified) {

    static CitationResponse of(Citation c) {
        return c == null ? null : new CitationResponse(c.document(), c.passage(), c.url(), c.verified());
    }
}
