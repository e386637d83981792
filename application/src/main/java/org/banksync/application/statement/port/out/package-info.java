/** What the statement import needs from outside: readers of each file format, and each account's saved CSV layout. */
package org.banksync.application.statement.port.out;
