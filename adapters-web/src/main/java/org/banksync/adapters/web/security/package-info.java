/**
 * Who may do what: one authentication mechanism dispatching by path (HTTP Basic for the REST API, form
 * sign-in with a session for the pages, open paths for callbacks, webhooks and health), the identity store
 * over the users in PostgreSQL, the roles {@code admin} and {@code accountant}, and the check of
 * {@code @RolesAllowed} on every resource method.
 */
package org.banksync.adapters.web.security;
