/**
 * Who may do what: HTTP Basic and Bearer tokens for the API, the roles {@code admin} and
 * {@code accountant}, and the check of {@code @RolesAllowed} on every resource method.
 */
package org.banksync.adapters.web.security;
