package org.banksync.sandbox.bridge.data;

import java.util.List;
import java.util.Optional;

/** The banks the sandbox offers: Demo Bank (574, as in Bridge's sandbox) and a few realistic others. */
public final class Providers {

    public static final long DEMO_BANK = 574;

    private static final List<Provider> ALL = List.of(
            new Provider(6, "BNP Paribas", "FR", "BNP Paribas", "30004", "00819"),
            new Provider(7, "Société Générale", "FR", "Société Générale", "30003", "03620"),
            new Provider(8, "LCL", "FR", "Crédit Agricole", "30002", "00550"),
            new Provider(9, "La Banque Postale", "FR", "La Banque Postale", "20041", "00001"),
            new Provider(10, "Caisse d'Epargne Ile-de-France", "FR", "BPCE", "17515", "90000"),
            new Provider(11, "CIC", "FR", "Crédit Mutuel Alliance Fédérale", "30066", "10021"),
            new Provider(12, "Crédit Mutuel", "FR", "Crédit Mutuel Alliance Fédérale", "10278", "06039"),
            new Provider(13, "Crédit Agricole Paris", "FR", "Crédit Agricole", "18206", "00042"),
            new Provider(152, "Boursorama", "FR", "Société Générale", "40618", "80264"),
            new Provider(179, "Qonto", "FR", "Qonto", "16958", "00001"),
            new Provider(DEMO_BANK, "Demo Bank", "FR", "Demo", "14508", "00030"),
            new Provider(4401, "Deutsche Bank", "DE", "Deutsche Bank", "50070", "00100"),
            new Provider(5301, "Banco Santander", "ES", "Santander", "00490", "00010"));

    private Providers() {
    }

    /** All providers sorted by id. */
    public static List<Provider> all() {
        return ALL;
    }

    public static Optional<Provider> byId(long id) {
        return ALL.stream().filter(provider -> provider.id() == id).findFirst();
    }
}
