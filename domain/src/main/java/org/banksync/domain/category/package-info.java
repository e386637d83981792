/** The category tree transactions are filed under: imported from a provider or made by users. */
package org.banksync.domain.category;
