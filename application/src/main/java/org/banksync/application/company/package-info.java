/** Use cases on companies: register, rename and find them, and make sure the default one exists. */
package org.banksync.application.company;
