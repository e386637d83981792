/** Test fixtures shared with other modules through the domain test-jar: clocks, builders, assertions. */
package org.banksync.domain.testing;
