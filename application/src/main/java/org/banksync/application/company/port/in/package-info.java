/** What users and systems can do with companies. */
package org.banksync.application.company.port.in;
