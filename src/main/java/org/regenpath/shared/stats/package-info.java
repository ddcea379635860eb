/**
 * Statistics every module may use: pure arithmetic on counts, no beans and no state. Here so that the follow-up
 * dashboard and the outcomes registry state a rate the same way (a proportion with its 95 % Wilson score interval,
 * {@link org.regenpath.shared.stats.WilsonInterval}). A module that uses it names {@code "shared::stats"} in its
 * allowed dependencies.
 */
@org.springframework.modulith.NamedInterface("stats")
package org.regenpath.shared.stats;
