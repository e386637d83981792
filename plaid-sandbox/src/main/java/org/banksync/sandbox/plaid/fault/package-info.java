/** Failure on demand: injected Plaid errors (institution down, 500, 503, 429), latency, and Plaid's rate limits. */
package org.banksync.sandbox.plaid.fault;
