package org.banksync.adapters.bridge.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.time.Duration;

/**
 * Reads {@link BridgeSettings} once from MicroProfile Config. Every key also comes from the
 * environment variable of the same name in upper case ({@code bridge.base.url} from {@code BRIDGE_BASE_URL}).
 */
@ApplicationScoped
public class BridgeSettingsProducer {

    static final String DEFAULT_BASE_URL = "https://api.bridgeapi.io";
    /** Bridge mails terms-of-service notices here; operators should set a mailbox someone reads. */
    static final String DEFAULT_USER_EMAIL = "finance@banksync.local";

    private Config config;

    protected BridgeSettingsProducer() {
    }

    @Inject
    public BridgeSettingsProducer(Config config) {
        this.config = config;
    }

    @Produces
    @Singleton
    public BridgeSettings settings() {
        return new BridgeSettings(
                URI.create(text("bridge.base.url", DEFAULT_BASE_URL)),
                text("bridge.client.id", null),
                text("bridge.client.secret", null),
                text("bridge.webhook.secret", null),
                text("bridge.webhook.secret.previous", null),
                URI.create(text("banksync.public.url", "http://localhost:" + text("banksync.http.port", "8080"))),
                text("bridge.user.email", DEFAULT_USER_EMAIL),
                Duration.ofSeconds(config.getOptionalValue("bridge.connect.timeout.seconds", Integer.class).orElse(5)),
                Duration.ofSeconds(config.getOptionalValue("bridge.read.timeout.seconds", Integer.class).orElse(30)));
    }

    /** Bridge's published limits unless bridge.rate.user-per-minute, .token-per-minute or .app-per-5-minutes say otherwise. */
    @Produces
    @Singleton
    public RateLimits rateLimits() {
        RateLimits published = RateLimits.BRIDGE_PUBLISHED;
        return new RateLimits(
                config.getOptionalValue("bridge.rate.user-per-minute", Integer.class).orElse(published.perUserPerMinute()),
                config.getOptionalValue("bridge.rate.token-per-minute", Integer.class).orElse(published.tokensPerUserPerMinute()),
                config.getOptionalValue("bridge.rate.app-per-5-minutes", Integer.class).orElse(published.perApplicationPer5Minutes()));
    }

    private String text(String key, String fallback) {
        return config.getOptionalValue(key, String.class).filter(value -> !value.isBlank()).orElse(fallback);
    }
}
