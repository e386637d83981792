/**
 * Who Banksync is at Bridge: one Bridge user per company, created on first need, its two-hour token
 * renewed ahead of expiry and once more on a 401, and reading every page of a list.
 */
package org.banksync.adapters.bridge.session;
