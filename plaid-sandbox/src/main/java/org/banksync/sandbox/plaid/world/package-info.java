/**
 * The sandbox's in-memory state: link tokens and hosted sessions, public tokens, Items with their
 * accounts, consent clock and errors, and each Item's append-only change log with the sync engine
 * (cursors, pages, netted and raw modes, mutation during pagination). No HTTP here.
 */
package org.banksync.sandbox.plaid.world;
