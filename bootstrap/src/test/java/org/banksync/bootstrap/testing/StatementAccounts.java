package org.banksync.bootstrap.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What statement import tests start from: a fresh EUR bank account, and the sample statements under /statements. */
public final class StatementAccounts {

    private StatementAccounts() {
    }

    /**
     * A new EUR bank account of a new bank in a new company (an IBAN is unique per company, so the same IBAN
     * may serve several tests); {@code iban} may be null. Answers its id.
     */
    public static String fresh(Http admin, String name, String iban) {
        String bankId = Http.json(admin.postJson("api/v1/banks", "{\"name\":\"Banque " + UUID.randomUUID().toString().substring(0, 8) + "\"}"))
                .getString("id");
        String company = ("T" + UUID.randomUUID().toString().replace("-", "")).substring(0, 12).toUpperCase(Locale.ROOT);
        assertThat(admin.postJson("api/v1/companies", "{\"code\":\"" + company + "\",\"name\":\"Test " + company + "\"}").statusCode())
                .isEqualTo(201);
        HttpResponse<String> opened = admin.postJson("api/v1/bank-accounts", "{\"bankId\":\"" + bankId + "\",\"name\":\""
                + (name == null ? "Compte " + company : name) + "\",\"currency\":\"EUR\",\"company\":\"" + company + "\""
                + (iban == null ? "" : ",\"iban\":\"" + iban + "\"") + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return Http.json(opened).getString("id");
    }

    /** A sample statement's bytes. */
    public static byte[] sample(String name) {
        try (InputStream in = StatementAccounts.class.getResourceAsStream("/statements/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample statement copied to a file, since a browser uploads from a path. */
    public static Path sampleFile(String name) {
        try {
            Path file = Files.createTempDirectory("banksync-upload").resolve(name);
            Files.write(file, sample(name));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
