/**
 * Bridge's connect callback ({@code GET /api/bridge/callback}): the browser comes back from Bridge's
 * hosted page, the connection is completed, and the browser is sent on to the bank's page in the UI.
 */
package org.banksync.adapters.bridge.callback;
