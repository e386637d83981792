/** /api/v1/transactions: the filtered, keyset-paged list, one transaction, and the user's category. */
package org.banksync.adapters.web.api.transaction;
