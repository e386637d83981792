/** A company's link to its bank through an aggregator (Bridge, Plaid): the provider item and its state. */
package org.banksync.domain.connection;
