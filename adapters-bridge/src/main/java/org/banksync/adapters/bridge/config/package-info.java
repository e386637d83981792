/** Bridge settings read from MicroProfile Config (environment variables such as BRIDGE_BASE_URL). */
package org.banksync.adapters.bridge.config;
