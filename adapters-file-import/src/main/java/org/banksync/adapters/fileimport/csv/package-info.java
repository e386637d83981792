/**
 * Bank CSV exports read with the account's saved layout ({@code CsvLayout}): Apache Commons CSV parses
 * the records as a stream; this package finds the columns, reads dates and amounts the way the layout
 * says, and names the line and column of anything it cannot read.
 */
package org.banksync.adapters.fileimport.csv;
