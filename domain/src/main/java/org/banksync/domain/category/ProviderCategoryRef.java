package org.banksync.domain.category;

import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.Require;

/** A category in a provider's own list (Bridge's category 247, Plaid's FOOD_AND_DRINK). */
public record ProviderCategoryRef(Provider provider, String externalId) {

    public ProviderCategoryRef {
        Require.present(provider, "provider");
        externalId = Require.text(externalId, "externalId", 255);
    }
}
