/**
 * The connection port for Plaid: Hosted Link sessions (new Items and update mode), item health mapped
 * to Banksync's connection states, accounts checked row by row with their IBANs, and the PFCv2 tree.
 */
package org.banksync.adapters.plaid.connection;
