package org.regenpath.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;

/** Links between the pages of a list that keep every filter and sort the reader chose. */
public final class PageLink {

    private PageLink() {}

    /**
     * {@code path} with the request's parameters ({@code ServletRequest.getParameterMap()}), {@code page} set to
     * the given one and blank parameters dropped; encoded.
     */
    public static String to(String path, Map<String, String[]> parameters, int page) {
        return with(path, parameters, "page", Integer.toString(page));
    }

    /** {@code path} with the request's parameters, {@code name} set to {@code value} (or dropped when null). */
    public static String with(String path, Map<String, String[]> parameters, String name, String value) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        List<String> vars = new ArrayList<>();
        parameters.forEach((key, values) -> {
            if (!key.equals(name) && key.matches("[A-Za-z][A-Za-z0-9]*")) {
                for (String v : values) {
                    if (v != null && !v.isBlank()) {
                        b.queryParam(key, "{v" + vars.size() + "}");
                        vars.add(v);
                    }
                }
            }
        });
        if (value != null) {
            b.queryParam(name, "{v" + vars.size() + "}");
            vars.add(value);
        }
        return b.encode().buildAndExpand(vars.toArray()).toUriString();
    }

    /**
     * An RFC 8288 {@code Link} header value naming the first, previous and next pages of {@code rows}, or an empty
     * string when there is only one page.
     */
    public static String header(String path, Map<String, String[]> parameters, ResultPage<?> rows) {
        List<String> links = new ArrayList<>();
        if (rows.hasPrevious()) {
            links.add("<" + to(path, parameters, 0) + ">; rel=\"first\"");
            links.add("<" + to(path, parameters, rows.page() - 1) + ">; rel=\"prev\"");
        }
        if (rows.hasNext()) {
            links.add("<" + to(path, parameters, rows.page() + 1) + ">; rel=\"next\"");
        }
        return String.join(", ", links);
    }

    /** The paging headers of a JSON list: the total in {@code X-Total-Count} and the {@link #header Link} header. */
    public static HttpHeaders headers(String path, Map<String, String[]> parameters, ResultPage<?> rows) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Total-Count", Long.toString(rows.total()));
        String link = header(path, parameters, rows);
        if (!link.isEmpty()) {
            headers.add(HttpHeaders.LINK, link);
        }
        return headers;
    }
}
