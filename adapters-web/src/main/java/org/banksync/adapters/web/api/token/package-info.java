/** /api/v1/api-tokens: a user's personal API tokens, created (secret shown once), listed and revoked. */
package org.banksync.adapters.web.api.token;
