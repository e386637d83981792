/** Test support shared through the test-jar: the real PostgreSQL that tests run against. */
package org.banksync.adapters.persistence.testing;
