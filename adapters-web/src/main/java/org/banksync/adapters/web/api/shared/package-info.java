/** Conventions every resource shares: the list envelope, Link headers, ETags, JSON-B settings. */
package org.banksync.adapters.web.api.shared;
