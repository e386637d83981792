package org.banksync.sandbox.bridge.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps (method, path template such as /v3/aggregation/items/{id}) to handlers. */
public final class Router {

    /** Handles one matched request. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request);
    }

    private record Route(String method, Pattern pattern, List<String> names, Handler handler) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)}");

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String template, Handler handler) {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/]+)");
            names.add(matcher.group(1));
            last = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        routes.add(new Route(method, Pattern.compile(regex.toString()), names, handler));
        return this;
    }

    /** The handler's response, a 405 when only the method is wrong, or empty when no path matches. */
    public Optional<Response> route(Request request) {
        boolean pathMatched = false;
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(request.path());
            if (!matcher.matches()) {
                continue;
            }
            pathMatched = true;
            if (route.method().equals(request.method())) {
                Map<String, String> variables = new LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    variables.put(route.names().get(i), matcher.group(i + 1));
                }
                return Optional.of(route.handler().handle(request.withPathVariables(variables)));
            }
        }
        return pathMatched
                ? Optional.of(Response.error(405, "method_not_allowed", null, request.method() + " is not allowed here"))
                : Optional.empty();
    }
}
