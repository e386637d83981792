/**
 * Plaid's connect callback ({@code GET /api/plaid/callback}): the browser comes back from Hosted Link,
 * the adapter learns from Plaid how the Link session ended (exchanging the public token of a new Item),
 * the core completes the connection, and the browser is sent on to the bank's page in the UI.
 */
package org.banksync.adapters.plaid.callback;
