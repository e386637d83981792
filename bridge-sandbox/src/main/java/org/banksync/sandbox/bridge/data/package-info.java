/**
 * Reference data written as source (categories, providers, label catalogue) and the deterministic,
 * stateless generation of accounts and transaction rows from a seed.
 */
package org.banksync.sandbox.bridge.data;
