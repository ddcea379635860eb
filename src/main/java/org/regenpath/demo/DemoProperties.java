package org.regenpath.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled true or false to decide; null to load demo data only on the embedded database
 * @param password the demo users' password; blank to generate one at start-up
 * @param history the generated treatment history of each demo clinic ({@link DemoHistory})
 */
@ConfigurationProperties("regenpath.demo")
record DemoProperties(Boolean enabled, String password, @DefaultValue History history) {

    /**
     * @param patients how many generated treated patients each demo clinic gets on the first start; 0 for none
     * @param seed the seed they are generated from: the same seed gives the same patients and answers
     */
    record History(@DefaultValue("300") int patients, @DefaultValue("20261208") long seed) {}
}
