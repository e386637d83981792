/** Statement file imports over the API: {@code POST /api/v1/bank-accounts/{id}/imports}. */
package org.banksync.adapters.web.api.statement;
