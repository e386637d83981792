/** What the company use cases need from storage. */
package org.banksync.application.company.port.out;
