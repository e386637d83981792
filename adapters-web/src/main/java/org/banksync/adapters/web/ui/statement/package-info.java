/** The "Import a statement" page: choose a file, see what it would import, confirm. */
package org.banksync.adapters.web.ui.statement;
