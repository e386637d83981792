package org.banksync.adapters.bridge.client;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.banksync.adapters.bridge.config.BridgeSettings;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Builds the REST clients on the configured host, with the application headers and the connect and
 * read timeouts, and follows {@code next_uri}.
 *
 * <p>{@code next_uri} is host-relative and already carries its query (cursor, limit, the original
 * filters). A REST-client method cannot take it: path parameters are templates, so its {@code ?} and
 * {@code &} would be encoded into the path. A plain JAX-RS {@link Client}, built with the same headers
 * and timeouts, sends the resolved URI as it is.</p>
 */
final class RestClients implements AutoCloseable {

    /** Answers are read by the caller, whatever their status: no exception mapper turns a 404 into an exception. */
    private static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    private final URI base;
    private final UsersApi users;
    private final AggregationApi aggregation;
    private final ReferenceApi reference;
    private final Client follower;

    RestClients(BridgeSettings settings) {
        this.base = settings.baseUrl();
        AppHeaders headers = new AppHeaders(settings);
        this.users = builder(settings, headers).build(UsersApi.class);
        this.aggregation = builder(settings, headers).build(AggregationApi.class);
        this.reference = builder(settings, headers).build(ReferenceApi.class);
        this.follower = ClientBuilder.newBuilder()
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(headers)
                .build();
    }

    UsersApi users() {
        return users;
    }

    AggregationApi aggregation() {
        return aggregation;
    }

    ReferenceApi reference() {
        return reference;
    }

    /** GETs a {@code next_uri} as Bridge wrote it. */
    Response follow(URI resolved, String bearer) {
        return follower.target(resolved).request(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, bearer).get();
    }

    /**
     * The absolute address of a {@code next_uri}: relative ones against the configured host; absolute
     * ones only on that host, so that a user's token is never sent anywhere else.
     */
    URI resolve(String nextUri) {
        URI uri;
        try {
            uri = URI.create(nextUri);
        } catch (IllegalArgumentException e) {
            throw WireJson.unreadable("a page", "next_uri '" + nextUri + "' is not a URI");
        }
        if (!uri.isAbsolute()) {
            return base.resolve(uri);
        }
        boolean sameHost = uri.getScheme().equalsIgnoreCase(base.getScheme())
                && Objects.equals(uri.getHost(), base.getHost()) && port(uri) == port(base);
        if (!sameHost) {
            throw WireJson.unreadable("a page", "next_uri points to another host (" + uri.getHost() + ")");
        }
        return uri;
    }

    @Override
    public void close() {
        follower.close();
        for (Object proxy : new Object[] {users, aggregation, reference}) {
            if (proxy instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // closing a client at shutdown: nothing useful to do with a failure
                }
            }
        }
    }

    private static RestClientBuilder builder(BridgeSettings settings, AppHeaders headers) {
        return RestClientBuilder.newBuilder()
                .baseUri(settings.baseUrl())
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property(DISABLE_DEFAULT_MAPPER, Boolean.TRUE)
                .register(headers);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
