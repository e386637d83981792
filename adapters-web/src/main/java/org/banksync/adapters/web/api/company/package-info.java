/** /api/v1/companies: the companies whose bank accounts Banksync keeps. */
package org.banksync.adapters.web.api.company;
