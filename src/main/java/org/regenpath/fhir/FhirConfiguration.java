package org.regenpath.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Mounts HAPI's plain {@code RestfulServer} at {@code /fhir/*} (decision 0055). The servlet initialises on its first
 * request, and the FHIR context, providers and validator are built only when first needed, so the application's
 * start does not pay for HAPI's model scanning.
 */
@Configuration
@EnableConfigurationProperties(FhirProperties.class)
class FhirConfiguration {

    @Bean
    ServletRegistrationBean<FhirServer> fhirServlet(FhirServer server) {
        ServletRegistrationBean<FhirServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(-1);
        return registration;
    }

    /** FHIR R4; one context for the server and the validator (building one scans the model, so it is shared). */
    @Bean
    @Lazy
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
