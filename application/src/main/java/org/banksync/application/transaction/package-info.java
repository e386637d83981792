/** Use cases on transactions: find them and set the user's category. (Synchronisation comes with the sync feature.) */
package org.banksync.application.transaction;
