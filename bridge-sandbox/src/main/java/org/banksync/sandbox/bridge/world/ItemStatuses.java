package org.banksync.sandbox.bridge.world;

import java.util.Map;

/** Bridge's item status codes: default status_code_info and the description in French and English. */
public final class ItemStatuses {

    /** The texts of one status. */
    public record Texts(String info, String english, String french) {
    }

    private static final Map<Integer, Texts> TEXTS = Map.ofEntries(
            Map.entry(0, new Texts("ok", "Everything is awesome", "Tout fonctionne")),
            Map.entry(-2, new Texts("in_progress", "Refresh in progress", "Synchronisation en cours")),
            Map.entry(-3, new Texts("in_progress", "Credentials updated, refresh in progress",
                    "Identifiants mis à jour, synchronisation en cours")),
            Map.entry(402, new Texts("invalid_creds", "Wrong credentials", "Identifiants incorrects")),
            Map.entry(429, new Texts("tos_to_validate", "Action needed on the bank's website",
                    "Action requise sur le site de la banque")),
            Map.entry(430, new Texts("password_expired", "Password change needed", "Changement de mot de passe requis")),
            Map.entry(1003, new Texts("cnt_crash", "Technical error, try again later",
                    "Erreur technique, réessayez plus tard")),
            Map.entry(1005, new Texts("account_not_supported", "Account not supported", "Compte non pris en charge")),
            Map.entry(1007, new Texts("refresh_disabled", "Refresh temporarily disabled",
                    "Synchronisation temporairement désactivée")),
            Map.entry(1009, new Texts("no_new_transactions", "Balance changed without new transactions",
                    "Solde modifié sans nouvelle transaction")),
            Map.entry(1010, new Texts("otp_required", "Strong authentication needed to refresh",
                    "Authentification forte requise pour synchroniser")),
            Map.entry(1099, new Texts("bank_migration", "The bank is migrating", "La banque est en cours de migration")),
            Map.entry(1100, new Texts("pro_accounts_to_validate", "Pro accounts need validation",
                    "Comptes pro à valider")));

    private ItemStatuses() {
    }

    public static Texts of(int status) {
        return TEXTS.getOrDefault(status, new Texts("unknown", "Unknown status " + status, "Statut inconnu " + status));
    }
}
