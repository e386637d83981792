/**
 * What the repositories of every feature share: keyset cursors and the pages cut from keyset queries, and the
 * cipher that keeps stored secrets encrypted.
 */
package org.banksync.adapters.persistence.shared;
