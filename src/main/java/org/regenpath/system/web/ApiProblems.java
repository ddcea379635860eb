package org.regenpath.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a JSON API call into an RFC 9457 ProblemDetail with a stable {@code type}; validation
 * problems carry {@code errors}, one message per field. Unexpected failures are logged with an id and answered
 * with that id only, never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields."),
                e.fieldErrors());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail violations(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            errors.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        });
        return withErrors(problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields."), errors);
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(AccessDenied.class)
    ProblemDetail denied(AccessDenied e) {
        return problem(HttpStatus.FORBIDDEN, "access-denied", e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "conflict", e.getMessage());
        return e.field() == null ? p : withErrors(p, Map.of(e.field(), e.getMessage()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(OptimisticLockingFailureException e) {
        return withErrors(problem(HttpStatus.CONFLICT, "conflict",
                        "Someone else changed this record meanwhile; reload it and apply your change again."),
                Map.of("version", "The record was changed by someone else."));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("Integrity violation: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "conflict", "The change clashes with existing data and was not saved.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields."),
                BindingProblems.mismatch(e.getName(), e));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        String id = Long.toHexString(System.nanoTime());
        log.error("Unexpected failure {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side and nothing was saved. Quote reference " + id + ".");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(f.getField(), f.getDefaultMessage());
        }
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(),
                g.getDefaultMessage()));
        return ResponseEntity.badRequest().body(withErrors(
                problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields."), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = JsonErrors.fieldOf(e);
        if (field == null) {
            String at = JsonErrors.location(e);
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-request",
                    at == null ? "The request body is not valid JSON for this call."
                            : "The request body is not valid JSON at " + at + "."));
        }
        boolean unknown = JsonErrors.unknownField(e);
        String message = unknown ? "Unknown field" : JsonErrors.fieldProblem(e);
        String detail = unknown ? "'" + field + "' is not a field of this call."
                : "The value of '" + field + "' was not accepted: " + message;
        return ResponseEntity.badRequest().body(withErrors(
                problem(HttpStatus.BAD_REQUEST, "malformed-request", detail), Map.of(field, message)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest().body(withErrors(
                problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields."),
                BindingProblems.missing(e)));
    }

    static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("/problems/" + type));
        return p;
    }

    static ProblemDetail withErrors(ProblemDetail p, Map<String, String> errors) {
        p.setProperty("errors", new LinkedHashMap<>(errors));
        return p;
    }
}
