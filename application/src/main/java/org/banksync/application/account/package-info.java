/** Use cases on bank accounts: open, update, close and find a company's accounts. */
package org.banksync.application.account;
