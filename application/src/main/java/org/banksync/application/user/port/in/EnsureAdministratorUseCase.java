package org.banksync.application.user.port.in;

import java.util.Optional;

/** Makes sure the first administrator exists, with the configured password or a generated one. */
public interface EnsureAdministratorUseCase {

    AdministratorSetup ensureAdministrator(Optional<String> configuredPassword);

    /** What the first start did about the administrator. */
    sealed interface AdministratorSetup {
        /** The administrator existed already; nothing changed. */
        record AlreadyPresent() implements AdministratorSetup {
        }

        /** Created with the operator's configured password. */
        record CreatedWithConfiguredPassword() implements AdministratorSetup {
        }

        /** Created with a random password, to be shown to the operator once. */
        record CreatedWithGeneratedPassword(String password) implements AdministratorSetup {
            @Override
            public String toString() {
                return "CreatedWithGeneratedPassword[****]";
            }
        }
    }
}
