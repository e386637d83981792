/** What users and systems can do with transactions. */
package org.banksync.application.transaction.port.in;
