/** /api/v1/banks: the institutions and their connections. */
package org.banksync.adapters.web.api.bank;
