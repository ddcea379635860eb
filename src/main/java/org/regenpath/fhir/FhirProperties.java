package org.regenpath.fhir;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The FHIR facade's settings.
 *
 * @param defaultCount how many resources a search page holds when the client sends no {@code _count}
 * @param warmValidator whether to build and exercise the instance validator in the background after start (its
 *     first validation otherwise takes seconds)
 */
@ConfigurationProperties("regenpath.fhir")
record FhirProperties(@DefaultValue("20") int defaultCount, @DefaultValue("true") boolean warmValidator) {}
