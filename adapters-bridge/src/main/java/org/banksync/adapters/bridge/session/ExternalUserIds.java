package org.banksync.adapters.bridge.session;

import org.banksync.domain.company.CompanyCode;

import java.util.Locale;

/** The {@code external_user_id} of a company's Bridge user: {@code banksync-<code>}, in Bridge's alphabet. */
final class ExternalUserIds {

    private static final int MAX_LENGTH = 128;

    private ExternalUserIds() {
    }

    static String of(CompanyCode company) {
        String id = "banksync-" + company.value().toLowerCase(Locale.ROOT).replaceAll("[^a-zA-Z0-9_-]", "-");
        return id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id;
    }
}
