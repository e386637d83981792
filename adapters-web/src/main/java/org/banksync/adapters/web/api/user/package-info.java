/** /api/v1/users: administrators list users and give colleagues access. */
package org.banksync.adapters.web.api.user;
