package org.regenpath.followup;

import org.regenpath.instrument.InstrumentCatalog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The instrument catalog (with the clinic's licensed wording, when configured) and the default sets. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowupProperties.class)
class FollowupConfiguration {

    @Bean
    InstrumentCatalog instrumentCatalog(FollowupProperties properties) {
        return InstrumentCatalog.load(properties.licensedTextDir());
    }

    @Bean
    FollowupDefaults followupDefaults() {
        return FollowupDefaults.load();
    }
}
