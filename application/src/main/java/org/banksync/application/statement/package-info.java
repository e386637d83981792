/**
 * Importing a bank statement file (CAMT.053, OFX, CSV) into a bank account: the file's rows go
 * through the same upsert rules as an aggregator's, all of a file or nothing, recorded as a sync
 * run with trigger IMPORT. The formats themselves are read by adapters ({@code port.out.StatementReader}).
 */
package org.banksync.application.statement;
