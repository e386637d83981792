/**
 * The connection port for Bridge: connect sessions, item health mapped to Banksync's connection
 * states, accounts checked row by row, and the category tree in French and English.
 */
package org.banksync.adapters.bridge.connection;
