package org.banksync.adapters.plaid.client;

import org.banksync.adapters.plaid.config.PlaidSettings;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.util.concurrent.TimeUnit;

/** Builds the REST client on the configured host, with Plaid's headers and the connect and read timeouts. */
final class RestClients implements AutoCloseable {

    /** Answers are read by the caller, whatever their status: no exception mapper turns a 400 into an exception. */
    private static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    private final PlaidSettings settings;
    private volatile PlaidApi api;

    RestClients(PlaidSettings settings) {
        this.settings = settings;
    }

    /** Built on first use, so that an unconfigured adapter never builds a client. */
    PlaidApi api() {
        PlaidApi built = api;
        if (built == null) {
            synchronized (this) {
                if (api == null) {
                    api = RestClientBuilder.newBuilder()
                            .baseUri(settings.baseUrl())
                            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .property(DISABLE_DEFAULT_MAPPER, Boolean.TRUE)
                            .register(new PlaidHeaders(settings))
                            .build(PlaidApi.class);
                }
                built = api;
            }
        }
        return built;
    }

    @Override
    public void close() {
        if (api instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing a client at shutdown: nothing useful to do with a failure
            }
        }
    }
}
