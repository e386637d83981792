/**
 * Where the connection feature keeps its state: bank connections, the aggregator's accounts as last read,
 * single-use connect contexts, each company's aggregator user with its token encrypted, and the request
 * budgets every instance shares.
 */
package org.banksync.adapters.persistence.connection;
