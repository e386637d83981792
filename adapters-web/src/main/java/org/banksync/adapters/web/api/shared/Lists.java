package org.banksync.adapters.web.api.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.banksync.application.shared.Page;

import java.net.URI;
import java.util.function.Function;

/** Answers a page as the list envelope, with {@code Link: <...>; rel="next"} when there is more. */
public final class Lists {

    private Lists() {
    }

    public static <T, V> Response page(Page<T> page, Function<T, V> view, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(new ListEnvelope<>(page.items().stream().map(view).toList(),
                page.nextCursor()));
        if (page.hasNext()) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
