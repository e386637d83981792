/**
 * The hosted connect page at a session's url: bank list, login form (the login picks the Demo Bank
 * scenario), optional OTP form, then the redirect to the callback_url.
 */
package org.banksync.sandbox.bridge.connect;
