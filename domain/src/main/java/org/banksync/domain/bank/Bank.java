package org.banksync.domain.bank;

import java.net.URI;
import java.util.Objects;
import org.banksync.domain.shared.Bic;
import org.banksync.domain.shared.Require;
import org.banksync.domain.shared.WebAddress;

/** A banking institution (name, BIC, website, logo), shared by all companies. */
public final class Bank {

    public static final int NAME_MAX_LENGTH = 200;

    private final BankId id;
    private String name;
    private Bic bic;
    private URI website;
    private URI logoUrl;

    private Bank(BankId id, String name, Bic bic, URI website, URI logoUrl) {
        this.id = Require.present(id, "id");
        update(name, bic, website, logoUrl);
    }

    /** A new bank; only the name is required. */
    public static Bank register(String name, Bic bic, URI website, URI logoUrl) {
        return new Bank(BankId.newId(), name, bic, website, logoUrl);
    }

    /** A stored bank, for persistence mappers only. */
    public static Bank reconstitute(BankId id, String name, Bic bic, URI website, URI logoUrl) {
        return new Bank(id, name, bic, website, logoUrl);
    }

    public void update(String newName, Bic newBic, URI newWebsite, URI newLogoUrl) {
        this.name = Require.text(newName, "name", NAME_MAX_LENGTH);
        this.bic = newBic;
        this.website = WebAddress.check(newWebsite, "website");
        this.logoUrl = WebAddress.check(newLogoUrl, "logoUrl");
    }

    public BankId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Bic bic() {
        return bic;
    }

    public URI website() {
        return website;
    }

    public URI logoUrl() {
        return logoUrl;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bank bank && id.equals(bank.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "Bank[" + id + ", " + name + "]";
    }
}
