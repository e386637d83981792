/** What the transaction use cases need from storage. */
package org.banksync.application.transaction.port.out;
