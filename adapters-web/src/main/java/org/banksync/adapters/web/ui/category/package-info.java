/** The Transaction categories screen: the tree, imported ones marked. */
package org.banksync.adapters.web.ui.category;
