package org.regenpath.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The FHIR R4 server: HAPI's plain {@code RestfulServer} with one resource provider per resource type, each a facade
 * over a module's Lookup (decision 0055). No paging provider: HAPI would keep search results in a cache shared by
 * every caller (the cross-tenant leak of HAPI issue 7888); pages are re-read with {@code _offset} and {@code _count}
 * in the caller's clinic instead. The CapabilityStatement at {@code /fhir/metadata} is generated from the providers,
 * so it lists exactly the interactions and search parameters they serve.
 */
@Component
class FhirServer extends RestfulServer {

    private static final long serialVersionUID = 1L;

    private final transient ObjectProvider<FhirContext> context;
    private final transient ObjectProvider<IResourceProvider> providers;
    private final transient FhirProperties properties;

    FhirServer(ObjectProvider<FhirContext> context, ObjectProvider<IResourceProvider> providers,
            FhirProperties properties) {
        this.context = context;
        this.providers = providers;
        this.properties = properties;
    }

    @Override
    protected void initialize() {
        setFhirContext(context.getObject());
        List<IResourceProvider> all = providers.orderedStream().toList();
        setResourceProviders(all);
        setServerName("Regenpath FHIR R4 API");
        setImplementationDescription("Regenpath: patients, pain conditions, outcome scores and procedures of the"
                + " signed-in user's clinic");
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setDefaultPageSize(properties.defaultCount());
        registerInterceptor(new FhirErrors());
    }
}
