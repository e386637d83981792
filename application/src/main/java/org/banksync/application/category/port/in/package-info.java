/** What users and systems can do with categories. */
package org.banksync.application.category.port.in;
