/** The web adapter: the finance user's pages ({@code ui}), the REST API ({@code api}) and security. */
package org.banksync.adapters.web;
