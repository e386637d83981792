/** What the connection feature needs from outside: aggregators, and where connections and contexts are kept. */
package org.banksync.application.connection.port.out;
