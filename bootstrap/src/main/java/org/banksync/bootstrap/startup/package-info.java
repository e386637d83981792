/** Work done once when the application starts: schema migration, the first administrator, the launcher watch. */
package org.banksync.bootstrap.startup;
