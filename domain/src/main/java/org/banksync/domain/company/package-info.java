/** The companies that own bank accounts and connections; one default company always exists. */
package org.banksync.domain.company;
