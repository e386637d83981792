/** The Transaction categories screen: the tree, imported ones marked, adding, editing and deleting with a replacement. */
package org.banksync.adapters.web.ui.category;
