/** Sync runs: the durable record of one import of an account's transactions, its progress and how it ended. */
package org.banksync.domain.sync;
