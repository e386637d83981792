/** What users and administrators can do with user accounts: sign in, add a user, list them. */
package org.banksync.application.user.port.in;
