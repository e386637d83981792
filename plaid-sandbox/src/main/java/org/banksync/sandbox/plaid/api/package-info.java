/**
 * Plaid's HTTP API as the sandbox serves it: credentials and strict bodies, the Link, Item, Auth,
 * Transactions and webhook key endpoints, Plaid's own /sandbox endpoints, and the JSON views.
 */
package org.banksync.sandbox.plaid.api;
