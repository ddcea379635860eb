/**
 * Statistics every module may use: pure arithmetic on counts, no beans and no state. Here so that the follow-up
 * dashboard and the outcomes registry state a rate the same way (a proportion with its 95 % Wilson score interval,
 * {@link org.regenpath.shared.stats.WilsonInterval}, or the exact
 * {@link org.regenpath.shared.stats.ClopperPearsonInterval} on request), and the registry's trajectories and times
 * to response use one definition each ({@link org.regenpath.shared.stats.Quantiles},
 * {@link org.regenpath.shared.stats.KaplanMeier}). Tested at 1e-10 against values computed by
 * {@code src/test/resources/stats/reference.py} (Python's standard library). A module that uses it names {@code "shared::stats"} in its
 * allowed dependencies.
 */
@org.springframework.modulith.NamedInterface("stats")
package org.regenpath.shared.stats;
