/** What the bank account use cases need from storage. */
package org.banksync.application.account.port.out;
