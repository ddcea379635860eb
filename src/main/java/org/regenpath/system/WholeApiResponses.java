package org.regenpath.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the container send each API response whole: status, headers with the Content-Length, and body in one write.
 * Spring MVC flushes the response as soon as it has written a JSON body, before the container knows how long the
 * body is, so the container sent it in chunked transfer encoding and finished it with a second write (the last,
 * empty chunk): one more write on the server, and on the client one more read and chunk parsing, for every API
 * call (the submission benchmark, bench/, issue #5). Here an explicit flush waits for the end of the request, when
 * the container flushes anyway and then knows the length. A body larger than the container's buffer is still sent
 * as it is written, and once a request has gone asynchronous its flushes pass through.
 */
@Component
class WholeApiResponses extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new FlushAtEnd(request, response));
    }

    /** A response whose explicit flushes wait for the end of the request, unless the request went asynchronous. */
    static final class FlushAtEnd extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private ServletOutputStream body;

        FlushAtEnd(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (request.isAsyncStarted()) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (body == null) {
                body = new Body(super.getOutputStream());
            }
            return body;
        }

        /** The container's stream, with flushes left to the container. */
        private final class Body extends ServletOutputStream {

            private final ServletOutputStream out;

            Body(ServletOutputStream out) {
                this.out = out;
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (request.isAsyncStarted()) {
                    out.flush();
                }
            }

            @Override
            public void close() throws IOException {
                out.close();
            }

            @Override
            public boolean isReady() {
                return out.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
            }
        }
    }
}
