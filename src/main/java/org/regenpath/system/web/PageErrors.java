package org.regenpath.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Error pages for people: a plain message, the fields that were wrong and, for unexpected failures, a reference
 * to quote. Forms handle their own field errors; this catches what reaches past them, including requests that
 * could not be bound to a handler at all (a required field not sent, {@code version=abc}): those are the
 * sender's mistake, answered 400 with the field named, never 500.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);
    private static final String NOT_SAVED = "Not saved";
    private static final String FIX_FIELDS = "The form was not saved: the fields below are missing or not valid.";

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.NOT_FOUND, "Not found", e.getMessage(), Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String noPage(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.NOT_FOUND, "Not found", "There is no such page.", Map.of());
    }

    /** A path segment of the wrong kind ({@code /patients/abc}) is no page; a form field of the wrong kind is 400. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return noPage(e, model, response);
        }
        return page(model, response, HttpStatus.BAD_REQUEST, NOT_SAVED, FIX_FIELDS,
                BindingProblems.mismatch(e.getName(), e));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.BAD_REQUEST, NOT_SAVED, FIX_FIELDS, BindingProblems.missing(e));
    }

    /** A form whose fields could not be bound ({@code version=abc}) by a handler that takes no BindingResult. */
    @ExceptionHandler(BindException.class)
    String unbound(BindException e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.BAD_REQUEST, NOT_SAVED, FIX_FIELDS,
                BindingProblems.fields(e.getBindingResult()));
    }

    @ExceptionHandler(AccessDenied.class)
    String denied(AccessDenied e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), Map.of());
    }

    @ExceptionHandler(InvalidInput.class)
    String invalid(InvalidInput e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.BAD_REQUEST, NOT_SAVED, FIX_FIELDS, e.fieldErrors());
    }

    /** A clash with the record's state: on a post nothing was saved; on a read (a label) it cannot be done. */
    @ExceptionHandler(Conflict.class)
    String conflict(Conflict e, Model model, HttpServletRequest request, HttpServletResponse response) {
        String title = "GET".equals(request.getMethod()) ? "Not possible" : NOT_SAVED;
        return page(model, response, HttpStatus.BAD_REQUEST, title, e.getMessage(),
                e.field() == null ? Map.of() : Map.of(e.field(), e.getMessage()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String stale(OptimisticLockingFailureException e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.CONFLICT, NOT_SAVED,
                "Someone else changed this record meanwhile; reload it and apply your change again.", Map.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String integrity(DataIntegrityViolationException e, Model model, HttpServletResponse response) {
        log.warn("Integrity violation: {}", e.getMostSpecificCause().getMessage());
        return page(model, response, HttpStatus.CONFLICT, NOT_SAVED,
                "The change clashes with existing data and was not saved.", Map.of());
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        String id = Long.toHexString(System.nanoTime());
        log.error("Unexpected failure {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
        return page(model, response, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "Something went wrong on our side and nothing was saved. Quote reference " + id + ".", Map.of());
    }

    private static String page(Model model, HttpServletResponse response, HttpStatus status, String title,
            String message, Map<String, String> errors) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        model.addAttribute("fieldErrors", errors);
        return "system/problem";
    }
}
