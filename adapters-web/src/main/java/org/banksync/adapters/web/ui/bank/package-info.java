/** The Banks screens: the institutions with their connection at a glance, a bank's connection, "Connect your bank", linking. */
package org.banksync.adapters.web.ui.bank;
