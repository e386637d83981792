/**
 * The sandbox's own control API under /_sandbox (outside Plaid's paths) and its typed Java client, for
 * tests and the launcher: clock, Items without the hosted page, data mutations, postings, item states,
 * sync switches, faults, rate limits and webhooks.
 */
package org.banksync.sandbox.plaid.control;
