/**
 * Bridge v3's HTTP API as the sandbox serves it: header checks, the endpoints under /v3 and the JSON
 * views of users, items, accounts, transactions, categories and providers.
 */
package org.banksync.sandbox.bridge.api;
