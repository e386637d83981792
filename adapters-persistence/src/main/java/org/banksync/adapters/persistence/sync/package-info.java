/**
 * Where the synchronisation keeps its state: sync runs (their history, and for active ones a durable queue that
 * workers of every instance claim under a lease), pages of transactions stored with set-based JDBC, the daily
 * claims that let one instance schedule a day, and the webhook events already handled.
 */
package org.banksync.adapters.persistence.sync;
