/** Flyway schema migrations, run once at start-up before JPA is used. */
package org.banksync.adapters.persistence.migration;
