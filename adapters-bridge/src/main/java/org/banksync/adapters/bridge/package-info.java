/**
 * Banksync's Bridge v3 adapter: the connector behind the connection port, the connect callback, and
 * everything Bridge-shaped (wire DTOs, REST clients, retries). Nothing of it leaves this package tree.
 */
package org.banksync.adapters.bridge;
