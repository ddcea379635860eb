package org.regenpath.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the modules' exceptions into FHIR answers: an OperationOutcome with the status the rest of the API gives
 * (403, 404, 400; a parameter HAPI cannot parse, such as a malformed date, is a 400) and the message that names
 * the problem. Anything else is logged and answered as a 500 without
 * its message, which could name a table or a query.
 */
@Interceptor
class FhirErrors {

    private static final Logger log = LoggerFactory.getLogger(FhirErrors.class);

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    BaseServerResponseException translate(Throwable thrown) {
        return of(thrown);
    }

    static BaseServerResponseException of(Throwable thrown) {
        if (thrown instanceof BaseServerResponseException known) {
            return known;
        }
        if (thrown instanceof AccessDenied) {
            return new ForbiddenOperationException(thrown.getMessage());
        }
        if (thrown instanceof NotFound) {
            return new ResourceNotFoundException(thrown.getMessage());
        }
        if (thrown instanceof InvalidInput || thrown instanceof DataFormatException) {
            return new InvalidRequestException(thrown.getMessage());
        }
        log.error("FHIR request failed", thrown);
        return new InternalErrorException("The server could not answer this request; it has been logged.");
    }
}
