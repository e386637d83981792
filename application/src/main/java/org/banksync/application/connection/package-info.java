/**
 * Connecting a company's bank through an aggregator: the hosted connect flow with its single-use
 * context, the aggregator's accounts and their links to bank accounts, reconnection, and the import
 * of the aggregator's categories.
 */
package org.banksync.application.connection;
