/** What users and systems can do with bank accounts. */
package org.banksync.application.account.port.in;
