/** The people who use Banksync: their accounts, roles and sign-in, and the first administrator. */
package org.banksync.application.user;
