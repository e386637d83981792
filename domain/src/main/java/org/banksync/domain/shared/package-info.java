/** Value objects and rules shared by every feature: money, bank identifiers, references, refusals. */
package org.banksync.domain.shared;
