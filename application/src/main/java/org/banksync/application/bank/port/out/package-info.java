/** What the bank use cases need from storage. */
package org.banksync.application.bank.port.out;
