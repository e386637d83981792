/** Errors as application/problem+json (RFC 9457): never a stack trace, never an HTML page. */
package org.banksync.adapters.web.api.problem;
