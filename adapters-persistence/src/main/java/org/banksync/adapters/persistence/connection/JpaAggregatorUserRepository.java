package org.banksync.adapters.persistence.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.banksync.adapters.persistence.shared.SecretCipher;
import org.banksync.application.connection.port.out.AggregatorUserRepository;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;

import java.time.Clock;
import java.util.Optional;

/**
 * Each company's aggregator user in {@code provider_user}, its access token encrypted at rest. The token is bound
 * to its row (provider and company), so a token copied into another company's row does not open there.
 */
@ApplicationScoped
public class JpaAggregatorUserRepository implements AggregatorUserRepository {

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    private Clock clock;
    private SecretCipher cipher;

    protected JpaAggregatorUserRepository() {
    }

    @Inject
    public JpaAggregatorUserRepository(Clock clock, SecretCipher cipher) {
        this.clock = clock;
        this.cipher = cipher;
    }

    /** For tests outside the container. */
    public JpaAggregatorUserRepository(EntityManager entityManager, Clock clock, SecretCipher cipher) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.cipher = cipher;
    }

    @Override
    public Optional<AggregatorUser> find(Provider provider, CompanyCode company) {
        return Optional.ofNullable(entityManager.find(ProviderUserEntity.class,
                new ProviderUserKey(provider.wireName(), company.value()))).map(this::toDomain);
    }

    @Override
    public void save(AggregatorUser user) {
        ProviderUserEntity row = entityManager.find(ProviderUserEntity.class,
                new ProviderUserKey(user.provider().wireName(), user.company().value()));
        boolean fresh = row == null;
        if (fresh) {
            row = new ProviderUserEntity();
            row.provider = user.provider().wireName();
            row.companyCode = user.company().value();
            row.createdAt = clock.instant();
        }
        row.externalUserId = user.externalUserId();
        row.userRef = user.userRef();
        row.accessTokenEnc = user.accessToken() == null ? null
                : cipher.encrypt(user.accessToken(), associatedData(user.provider(), user.company()));
        row.tokenExpiresAt = user.tokenExpiresAt();
        if (fresh) {
            entityManager.persist(row);
        }
    }

    private AggregatorUser toDomain(ProviderUserEntity row) {
        Provider provider = Provider.fromWireName(row.provider);
        CompanyCode company = CompanyCode.of(row.companyCode);
        String token = row.accessTokenEnc == null ? null
                : cipher.decrypt(row.accessTokenEnc, associatedData(provider, company));
        return new AggregatorUser(provider, company, row.externalUserId, row.userRef, token, row.tokenExpiresAt);
    }

    /** The associated data that binds a sealed token to its row. */
    static String associatedData(Provider provider, CompanyCode company) {
        return "provider_user:" + provider.wireName() + ":" + company.value();
    }
}
