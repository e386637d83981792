/**
 * A wire-compatible simulator of Bridge API v3 (Bridge-Version 2025-01-15) on the JDK's HTTP server:
 * start it with {@link org.banksync.sandbox.bridge.BridgeSandbox#start}, or alone with
 * {@link org.banksync.sandbox.bridge.BridgeSandboxMain}. It shares no code with Banksync.
 */
package org.banksync.sandbox.bridge;
