/** Plaid settings read from MicroProfile Config (environment variables such as PLAID_BASE_URL). */
package org.banksync.adapters.plaid.config;
