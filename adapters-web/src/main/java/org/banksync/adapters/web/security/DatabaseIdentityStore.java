package org.banksync.adapters.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.banksync.application.user.Role;
import org.banksync.application.user.UserAccount;
import org.banksync.application.user.port.in.AuthenticateUserUseCase;

import java.util.Set;
import java.util.stream.Collectors;

/** Users and their roles from PostgreSQL, through the sign-in use case. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    private AuthenticateUserUseCase authenticate;
    private final VerifiedCredentials verified = new VerifiedCredentials();

    protected DatabaseIdentityStore() {
    }

    @Inject
    public DatabaseIdentityStore(AuthenticateUserUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = given.getCaller();
        char[] password = given.getPassword().getValue();
        Set<String> cached = verified.lookup(username, password);
        if (cached != null) {
            return new CredentialValidationResult(username, cached);
        }
        return authenticate.authenticate(username, password)
                .map(account -> {
                    Set<String> groups = groupsOf(account);
                    verified.remember(username, password, groups);
                    return new CredentialValidationResult(account.username(), groups);
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> groupsOf(UserAccount account) {
        return account.effectiveRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet());
    }
}
