/** Banks: the institutions, shared by every company, that connections and accounts point at. */
package org.banksync.domain.bank;
