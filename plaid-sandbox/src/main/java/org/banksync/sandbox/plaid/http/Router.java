package org.banksync.sandbox.plaid.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps (method, path template such as /_sandbox/items/{id}) to handlers. */
public final class Router {

    /** Handles one matched request. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request);
    }

    /** A route found for a request: its handler, ready to run with the path variables bound. */
    public record Match(Handler handler, Request request) {
        public Response run() {
            return handler.handle(request);
        }
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

    /** The route for the request's method and path, or empty when there is none. */
    public Optional<Match> find(Request request) {
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(request.path());
            if (matcher.matches() && route.method().equals(request.method())) {
                Map<String, String> variables = new LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    variables.put(route.names().get(i), matcher.group(i + 1));
                }
                return Optional.of(new Match(route.handler(), request.withPathVariables(variables)));
            }
        }
        return Optional.empty();
    }
}
