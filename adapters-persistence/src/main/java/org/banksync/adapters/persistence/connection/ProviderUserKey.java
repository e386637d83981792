package org.banksync.adapters.persistence.connection;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@link ProviderUserEntity}: provider and company. */
public class ProviderUserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    String provider;
    String companyCode;

    public ProviderUserKey() {
    }

    ProviderUserKey(String provider, String companyCode) {
        this.provider = provider;
        this.companyCode = companyCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProviderUserKey key && Objects.equals(provider, key.provider)
                && Objects.equals(companyCode, key.companyCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, companyCode);
    }
}
