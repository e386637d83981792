/**
 * What the adapter remembers between calls and across restarts, through the core's
 * ProviderStateStore: access tokens (secret), link tokens of open connect flows, each account's
 * committed cursor, its Item and signature, and the identity aliases of posted transactions.
 */
package org.banksync.adapters.plaid.state;
