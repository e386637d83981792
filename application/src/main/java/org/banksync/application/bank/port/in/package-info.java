/** What users and systems can do with banks. */
package org.banksync.application.bank.port.in;
