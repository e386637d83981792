/** Signing in and out, the signed-in user as pages see it, and the administrator's Users page. */
package org.banksync.adapters.web.ui.user;
