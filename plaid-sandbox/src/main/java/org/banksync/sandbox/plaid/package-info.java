/**
 * A wire-compatible simulator of the Plaid API (version 2020-09-14) on the JDK's HTTP server: start it
 * with {@link org.banksync.sandbox.plaid.PlaidSandbox#start}, or alone with
 * {@link org.banksync.sandbox.plaid.PlaidSandboxMain}. It shares no code with Banksync.
 */
package org.banksync.sandbox.plaid;
