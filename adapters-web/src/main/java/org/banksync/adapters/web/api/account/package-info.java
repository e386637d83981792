/** /api/v1/bank-accounts: a company's accounts at its banks, and their links to the aggregator's accounts. */
package org.banksync.adapters.web.api.account;
