package org.banksync.adapters.plaid.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@link PlaidSettings} once from MicroProfile Config. Every key also comes from the
 * environment variable of the same name in upper case ({@code plaid.base.url} from {@code PLAID_BASE_URL}).
 */
@ApplicationScoped
public class PlaidSettingsProducer {

    static final String DEFAULT_BASE_URL = "https://sandbox.plaid.com";
    static final String DEFAULT_CLIENT_NAME = "Banksync";
    static final String DEFAULT_LANGUAGE = "fr";
    /** Plaid's European countries, France first. */
    static final String DEFAULT_COUNTRIES = "FR,GB,ES,NL,DE,IE,IT,BE,PT,AT,FI,PL,DK,NO,SE,EE,LT,LV";
    static final int DEFAULT_DAYS_REQUESTED = 730;
    /** The countries /link/token/create accepts; anything else would make every connect session fail. */
    static final Set<String> PLAID_COUNTRIES = Set.of("US", "GB", "ES", "NL", "FR", "IE", "CA", "DE", "IT", "PL", "DK",
            "NO", "SE", "EE", "LT", "LV", "PT", "BE", "AT", "FI");
    private static final System.Logger LOG = System.getLogger(PlaidSettingsProducer.class.getName());

    private Config config;

    protected PlaidSettingsProducer() {
    }

    @Inject
    public PlaidSettingsProducer(Config config) {
        this.config = config;
    }

    @Produces
    @Singleton
    public PlaidSettings settings() {
        return new PlaidSettings(
                URI.create(text("plaid.base.url", DEFAULT_BASE_URL)),
                text("plaid.client.id", null),
                text("plaid.secret", null),
                URI.create(text("banksync.public.url", "http://localhost:" + text("banksync.http.port", "8080"))),
                text("plaid.client.name", DEFAULT_CLIENT_NAME),
                text("plaid.language", DEFAULT_LANGUAGE),
                countries(text("plaid.country.codes", DEFAULT_COUNTRIES)),
                config.getOptionalValue("plaid.days.requested", Integer.class).orElse(DEFAULT_DAYS_REQUESTED),
                Duration.ofSeconds(config.getOptionalValue("plaid.connect.timeout.seconds", Integer.class).orElse(5)),
                Duration.ofSeconds(config.getOptionalValue("plaid.read.timeout.seconds", Integer.class).orElse(30)));
    }

    /** The configured list in upper case, without the codes Plaid does not know (each named in the log). */
    static List<String> countries(String configured) {
        List<String> codes = new ArrayList<>();
        for (String part : configured.split("[,\\s]+")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty() || codes.contains(code)) {
                continue;
            }
            if (PLAID_COUNTRIES.contains(code)) {
                codes.add(code);
            } else {
                LOG.log(System.Logger.Level.WARNING, "plaid.country.codes: Plaid does not serve {0}; left out", code);
            }
        }
        return codes;
    }

    private String text(String key, String fallback) {
        return config.getOptionalValue(key, String.class).filter(value -> !value.isBlank()).orElse(fallback);
    }
}
