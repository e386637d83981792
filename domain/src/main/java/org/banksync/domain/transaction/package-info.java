/** Bank transactions as their sources give them, the category in use, tombstones, and the upsert rules of a sync. */
package org.banksync.domain.transaction;
