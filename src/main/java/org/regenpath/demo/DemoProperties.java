package org.regenpath.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled true or false to decide; null to load demo data only on the embedded database
 * @param password the demo users' password; blank to generate one at start-up
 */
@ConfigurationProperties("regenpath.demo")
record DemoProperties(Boolean enabled, String password) {}
