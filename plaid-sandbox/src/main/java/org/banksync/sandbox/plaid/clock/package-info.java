/** The sandbox's own notion of time: the configured clock plus an offset that tests move. */
package org.banksync.sandbox.plaid.clock;
