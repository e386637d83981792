/** Plaid's personal finance categories (PFCv2), vendored as a CSV resource since Plaid has no endpoint for them. */
package org.banksync.adapters.plaid.category;
