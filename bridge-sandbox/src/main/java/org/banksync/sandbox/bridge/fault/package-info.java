/** Failure on demand: injected faults (latency, error statuses, broken bodies, dropped connections) and the rate limit. */
package org.banksync.sandbox.bridge.fault;
