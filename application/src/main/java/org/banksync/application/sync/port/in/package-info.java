/** What users, schedules and webhooks can ask of the synchronisation. */
package org.banksync.application.sync.port.in;
