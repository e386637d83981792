/** Importing a statement file, and previewing what an import would do. */
package org.banksync.application.statement.port.in;
