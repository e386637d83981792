/**
 * What the three readers share: the content key of a row without an id of its own, the row draft each
 * format fills and its assembly into domain rows, the choice of the account's statement in a file,
 * StAX readers that refuse DTDs, and decimal amounts as banks print them.
 */
package org.banksync.adapters.fileimport.statement;
