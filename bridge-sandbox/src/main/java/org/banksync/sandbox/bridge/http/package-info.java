/**
 * Small HTTP toolkit over the JDK's server: request parsing, responses, routing, Bridge's error
 * envelope and its cursor pagination. Nothing here knows about banks.
 */
package org.banksync.sandbox.bridge.http;
