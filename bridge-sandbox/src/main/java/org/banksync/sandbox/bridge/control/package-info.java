/**
 * The sandbox's own control API under /_sandbox (outside Bridge's paths) and its typed Java client,
 * for tests and the launcher: clock, data mutations, item states, faults, rate limit, webhooks.
 */
package org.banksync.sandbox.bridge.control;
