/** What every use case shares: the service stereotype, paging, and the not-found and conflict refusals. */
package org.banksync.application.shared;
