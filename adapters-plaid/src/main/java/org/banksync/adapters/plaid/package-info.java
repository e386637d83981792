/**
 * Banksync's Plaid adapter: the connector behind the connection port (Hosted Link, accounts, item
 * health, the PFCv2 categories), the transaction feed over {@code /transactions/sync}, the connect
 * callback and the verified webhook receiver. Nothing Plaid-shaped leaves this package tree.
 */
package org.banksync.adapters.plaid;
