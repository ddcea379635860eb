package org.regenpath.system.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request whose {@code Accept} no endpoint at its path can answer (a PDF label asked for as JSON) is refused
 * while the handler is still being chosen, so neither {@link ApiProblems} nor {@link PageErrors} sees it; without
 * this it got the framework's default error body. It gets a ProblemDetail naming the types the endpoint produces.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotAcceptableProblems {

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        List<String> produces = e.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
        ProblemDetail p = ApiProblems.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", produces.isEmpty()
                ? "This endpoint cannot answer in the type asked for in the Accept header."
                : "This endpoint answers " + String.join(" or ", produces)
                        + " only; ask for that type in the Accept header.");
        p.setProperty("produces", produces);
        return p;
    }
}
