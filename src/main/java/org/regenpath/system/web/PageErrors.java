package org.regenpath.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Error pages for people: a plain message and, for unexpected failures, a reference to quote. Forms handle
 * their own field errors; this catches what reaches past them.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler({NoResourceFoundException.class, MethodArgumentTypeMismatchException.class})
    String noPage(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.NOT_FOUND, "Not found", "There is no such page.");
    }

    @ExceptionHandler(AccessDenied.class)
    String denied(AccessDenied e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler({InvalidInput.class, Conflict.class})
    String invalid(RuntimeException e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.BAD_REQUEST, "Not saved", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        String id = Long.toHexString(System.nanoTime());
        log.error("Unexpected failure {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
        return page(model, response, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "Something went wrong on our side and nothing was saved. Quote reference " + id + ".");
    }

    private static String page(
            Model model, HttpServletResponse response, HttpStatus status, String title, String message) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "system/problem";
    }
}
