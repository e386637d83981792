/** Use cases on banks: register, update, delete and find the institutions. */
package org.banksync.application.bank;
