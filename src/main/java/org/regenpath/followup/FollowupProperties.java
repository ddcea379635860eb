package org.regenpath.followup;

import java.nio.file.Path;
import org.regenpath.instrument.InstrumentCatalog;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Follow-up configuration.
 *
 * @param licensedTextDir a folder holding the clinic's licensed item wording as {@code <instrument id>.text.json}
 *     (ODI v2.1a, NDI); unset, those instruments show placeholders and still score. Passed to
 *     {@link InstrumentCatalog#load(Path)}.
 * @param reminderDaysBeforeClose how many days before a time point's window closes the patient is reminded; a
 *     default for clinics to set, not a clinical threshold
 * @param reminderCron when the reminder job runs (Spring cron; {@code -} turns it off)
 */
@ConfigurationProperties("regenpath.followup")
record FollowupProperties(Path licensedTextDir, @DefaultValue("7") int reminderDaysBeforeClose,
        @DefaultValue("0 0 * * * *") String reminderCron) {}
