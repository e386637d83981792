/** What the category use cases need from storage. */
package org.banksync.application.category.port.out;
