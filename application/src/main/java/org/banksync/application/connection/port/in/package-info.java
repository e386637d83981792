/** What users and systems can do with bank connections. */
package org.banksync.application.connection.port.in;
