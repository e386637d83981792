/**
 * The hosted Link stand-in at hosted_link_url: bank list, login form (Plaid's Sandbox credentials pick
 * the scenario), Exit, then the Link session record, SESSION_FINISHED and the redirect.
 */
package org.banksync.sandbox.plaid.connect;
