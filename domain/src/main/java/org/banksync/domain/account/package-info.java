/** A company's bank accounts, their link to a provider account and how far their sync has come. */
package org.banksync.domain.account;
