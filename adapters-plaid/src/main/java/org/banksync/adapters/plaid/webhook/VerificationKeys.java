package org.banksync.adapters.plaid.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.plaid.client.PlaidEndpoints;
import org.banksync.adapters.plaid.client.WebhookKey;
import org.banksync.adapters.plaid.http.Failures;
import org.banksync.adapters.plaid.http.PlaidAnswer;
import org.banksync.adapters.plaid.http.PlaidGateway;

import java.lang.System.Logger.Level;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plaid's webhook signing keys by {@code kid}, fetched from {@code /webhook_verification_key/get} on
 * first sight and kept in memory (Plaid rotates keys under new ids). A key Plaid does not know, that is
 * not a P-256 ES256 key, or that has expired, verifies nothing.
 */
@ApplicationScoped
public class VerificationKeys {

    private static final System.Logger LOG = System.getLogger(VerificationKeys.class.getName());

    private final Map<String, Key> cache = new ConcurrentHashMap<>();
    private PlaidGateway gateway;
    private PlaidEndpoints endpoints;

    protected VerificationKeys() {
    }

    @Inject
    public VerificationKeys(PlaidGateway gateway, PlaidEndpoints endpoints) {
        this.gateway = gateway;
        this.endpoints = endpoints;
    }

    /**
     * The usable key with this id at {@code now}, or empty; Plaid unreachable throws an
     * AggregatorFailure (the webhook is then answered so that Plaid delivers it again).
     */
    Optional<PublicKey> find(String kid, Instant now) {
        Key key = cache.get(kid);
        if (key == null) {
            Optional<Key> fetched = fetch(kid);
            if (fetched.isEmpty()) {
                return Optional.empty();
            }
            key = fetched.get();
            cache.put(kid, key);
        }
        return key.expiredAt() == null || key.expiredAt().isAfter(now) ? Optional.of(key.publicKey()) : Optional.empty();
    }

    private Optional<Key> fetch(String kid) {
        PlaidAnswer answer = gateway.send(endpoints.webhookVerificationKey(kid));
        if (answer.status() == 400) {
            LOG.log(Level.WARNING, "Plaid does not know the webhook key {0}: {1}", kid, answer.describe());
            return Optional.empty();
        }
        if (!answer.isSuccess()) {
            throw Failures.of(answer, "the webhook verification key " + kid);
        }
        WebhookKey key = WebhookKey.parse(answer.body());
        if (!"EC".equals(key.kty()) || !"P-256".equals(key.crv()) || (key.alg() != null && !"ES256".equals(key.alg()))) {
            LOG.log(Level.WARNING, "Plaid's webhook key {0} is not an ES256 P-256 key ({1}, {2}, {3})", kid, key.kty(),
                    key.crv(), key.alg());
            return Optional.empty();
        }
        try {
            Base64.Decoder base64url = Base64.getUrlDecoder();
            return Optional.of(new Key(EcSignatures.p256(base64url.decode(key.x()), base64url.decode(key.y())),
                    key.expiredAt()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Plaid's webhook key {0} is not a point on P-256: {1}", kid, e.getMessage());
            return Optional.empty();
        }
    }

    private record Key(PublicKey publicKey, Instant expiredAt) {
    }
}
