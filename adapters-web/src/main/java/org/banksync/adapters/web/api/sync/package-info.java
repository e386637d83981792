/** /api/v1/bank-accounts/{id}/sync and /api/v1/sync-runs: requesting synchronisations and following them. */
package org.banksync.adapters.web.api.sync;
