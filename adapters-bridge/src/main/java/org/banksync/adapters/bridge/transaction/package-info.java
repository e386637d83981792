/** Reading an account's transactions from Bridge page by page, for the synchronisation. */
package org.banksync.adapters.bridge.transaction;
