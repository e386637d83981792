/**
 * ISO 20022 camt.053 (bank-to-customer statement) versions .02 to .13, streamed with the JDK's StAX:
 * each {@code Stmt}'s account decides whether its entries are read, and each {@code Ntry} is read into a
 * small element tree on its own, so a file of any length is never held whole.
 */
package org.banksync.adapters.fileimport.camt;
