/**
 * OFX 1.x (colon header, then SGML whose leaf tags are not closed) and OFX 2.x (XML): both become one
 * stream of well-formed events, so one walker reads bank ({@code STMTRS}) and credit-card
 * ({@code CCSTMTRS}) statements whichever the syntax, one {@code STMTTRN} at a time.
 */
package org.banksync.adapters.fileimport.ofx;
