/** Synchronisation: "Update bank accounts" with its live progress, and the history of runs with their errors and remedies. */
package org.banksync.adapters.web.ui.sync;
