/** The Banks screen: the institutions, their connections, adding one. */
package org.banksync.adapters.web.ui.bank;
