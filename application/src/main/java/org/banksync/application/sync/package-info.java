/**
 * Synchronisation: requesting runs, the durable queue, and the orchestrator that reads an
 * aggregator's pages and stores each page with the run's progress in one transaction.
 */
package org.banksync.application.sync;
