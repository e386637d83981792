/**
 * Statement file readers: each translates one bank file format (ISO 20022 CAMT.053, OFX 1.x and 2.x,
 * CSV with a saved layout) into the domain's source transactions behind the application's
 * {@code StatementReader} port, streaming the file and refusing whatever it cannot read with the place.
 */
package org.banksync.adapters.fileimport;
