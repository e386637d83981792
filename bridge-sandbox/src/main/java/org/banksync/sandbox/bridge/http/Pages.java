package org.banksync.sandbox.bridge.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Builds Bridge's list envelope {"resources":[...],"pagination":{"next_uri":...}}. */
public final class Pages {

    private Pages() {
    }

    /** One page of an in-memory list sorted by ascending key. */
    public static <T> ObjectNode of(List<T> sorted, ToLongFunction<T> key, Request request, Function<T, JsonNode> view) {
        PageRequest page = PageRequest.from(request);
        List<T> remaining = sorted.stream()
                .filter(item -> page.after().isEmpty() || key.applyAsLong(item) > page.after().getAsLong())
                .limit(page.limit() + 1L)
                .toList();
        boolean more = remaining.size() > page.limit();
        List<T> served = more ? remaining.subList(0, page.limit()) : remaining;
        OptionalLong next = more ? OptionalLong.of(key.applyAsLong(served.get(served.size() - 1))) : OptionalLong.empty();
        return envelope(served.stream().map(view).toList(), next, request, page.limit());
    }

    /** The envelope around resources already cut to a page; next is the last key when more follow. */
    public static ObjectNode envelope(List<? extends JsonNode> resources, OptionalLong next, Request request, int limit) {
        ObjectNode body = Json.object();
        body.putArray("resources").addAll(resources);
        ObjectNode pagination = body.putObject("pagination");
        if (next.isPresent()) {
            pagination.put("next_uri", nextUri(request, next.getAsLong(), limit));
        } else {
            pagination.putNull("next_uri");
        }
        return body;
    }

    /** A host-relative URI with the original filters, then after and limit. */
    static String nextUri(Request request, long lastKey, int limit) {
        StringBuilder uri = new StringBuilder(request.path()).append('?');
        for (Map.Entry<String, List<String>> param : request.params().entrySet()) {
            if (param.getKey().equals("after") || param.getKey().equals("limit")) {
                continue;
            }
            for (String value : param.getValue()) {
                uri.append(encode(param.getKey())).append('=').append(encode(value)).append('&');
            }
        }
        return uri.append("after=").append(PageRequest.encode(lastKey)).append("&limit=").append(limit).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
