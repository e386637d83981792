/** /api/v1/connections and /api/v1/banks/{id}/connections: connecting banks through an aggregator. */
package org.banksync.adapters.web.api.connection;
