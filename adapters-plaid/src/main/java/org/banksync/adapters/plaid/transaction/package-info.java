/**
 * Reading an account's transactions from Plaid for the synchronisation: one complete
 * {@code /transactions/sync} update per page handed to the core, so that its rows and the next cursor
 * commit together; rows translated at the edge, a posted row keeping its pending row's identity.
 */
package org.banksync.adapters.plaid.transaction;
