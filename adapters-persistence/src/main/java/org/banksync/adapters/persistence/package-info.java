/**
 * The persistence adapter: JPA entities separate from the domain, mappers between the two, and
 * repositories implementing the application's ports out, one sub-package per feature.
 */
package org.banksync.adapters.persistence;
