package org.pilotboard.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * RFC 8288 Link headers on every page of a list: first, prev, next and last, each the request's own
 * URL (filters, sort and size kept) with another page number, beside the body's page, size,
 * totalItems and totalPages. prev is left out on the first page, next on the last; an empty list
 * has first and last, both page 0. The links are absolute, like the API's Location headers.
 */
public class PageLinks {

    static final String HEADER = "Link";

    @ServerResponseFilter
    public void addLinks(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof PageResult<?> page) || response.getStatus() != 200) {
            return;
        }
        response.getHeaders().putSingle(HEADER, header(request.getUriInfo().getRequestUri(), page));
    }

    static String header(URI requestUri, PageResult<?> page) {
        int last = Math.max(page.totalPages() - 1, 0);
        List<String> links = new ArrayList<>();
        links.add(link(requestUri, 0, "first"));
        if (page.page() > 0) {
            links.add(link(requestUri, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(requestUri, page.page() + 1, "next"));
        }
        links.add(link(requestUri, last, "last"));
        return String.join(", ", links);
    }

    private static String link(URI requestUri, int page, String rel) {
        URI target =
                UriBuilder.fromUri(requestUri).replaceQueryParam("page", page).build();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
