/** The Bank accounts screen: the accounts, what feeds them, when they were and will next be synchronised. */
package org.banksync.adapters.web.ui.account;
