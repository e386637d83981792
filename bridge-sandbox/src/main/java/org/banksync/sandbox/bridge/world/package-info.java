/**
 * The sandbox's in-memory state: users, tokens, connect sessions, items and their accounts, and
 * each account's ledger (generated rows plus the changes tests made). No HTTP here.
 */
package org.banksync.sandbox.bridge.world;
