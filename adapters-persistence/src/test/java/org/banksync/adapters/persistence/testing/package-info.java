/**
 * Test support shared through the test-jar: the real PostgreSQL that tests run against, the ports out either in
 * memory or on it (each JPA call in its own transaction) for repository contract tests, and where the in-memory
 * ports still break those contracts; and a poll with a deadline for what other transactions bring about.
 */
package org.banksync.adapters.persistence.testing;
