package org.regenpath.followup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Follow-up configuration.
 *
 * @param licensedTextDir a folder holding the clinic's licensed item wording as {@code <instrument id>.text.json}
 *     (ODI v2.1a, NDI); unset, those instruments show placeholders and still score. Passed to
 *     {@link InstrumentCatalog#load(Path)}.
 */
@ConfigurationProperties("regenpath.followup")
record FollowupProperties(Path licensedTextDir) {}
