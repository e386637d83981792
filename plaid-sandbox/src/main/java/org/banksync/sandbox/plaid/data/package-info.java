/**
 * Reference data written as source (institutions, merchant catalogues, personal finance categories),
 * account numbers with real check digits, and the deterministic generation of an Item's accounts and
 * history from a seed.
 */
package org.banksync.sandbox.plaid.data;
