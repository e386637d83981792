/** In-memory implementations of the ports out, and a fixture wiring them, for use-case tests here and elsewhere. */
package org.banksync.application.testing;
