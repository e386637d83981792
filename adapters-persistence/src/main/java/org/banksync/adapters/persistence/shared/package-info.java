/** What the repositories of every feature share: keyset cursors and the pages cut from keyset queries. */
package org.banksync.adapters.persistence.shared;
