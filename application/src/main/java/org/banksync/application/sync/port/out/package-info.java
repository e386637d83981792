/** What the synchronisation needs: transaction feeds of aggregators, the run queue, bulk transaction storage. */
package org.banksync.application.sync.port.out;
