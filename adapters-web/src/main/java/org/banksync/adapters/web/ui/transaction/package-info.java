/** The Bank transactions screen: filters, the lazy keyset-paged list with its sums, the category in place, CSV export. */
package org.banksync.adapters.web.ui.transaction;
