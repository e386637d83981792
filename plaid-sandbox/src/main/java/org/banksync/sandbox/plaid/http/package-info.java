/**
 * Small HTTP toolkit over the JDK's server: request parsing, responses, routing, Plaid's error body and
 * the sandbox's JSON settings. Nothing here knows about banks.
 */
package org.banksync.sandbox.plaid.http;
