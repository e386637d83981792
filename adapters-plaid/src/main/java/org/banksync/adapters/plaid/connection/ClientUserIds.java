package org.banksync.adapters.plaid.connection;

import org.banksync.domain.company.CompanyCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code user.client_user_id} of a company at Plaid: stable, opaque and free of personal data
 * (Plaid asks for no PII), so a hash of the company code rather than the code itself.
 */
final class ClientUserIds {

    private ClientUserIds() {
    }

    static String of(CompanyCode company) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("banksync-company:" + company.value()).getBytes(StandardCharsets.UTF_8));
            return "banksync-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
