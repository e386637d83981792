/**
 * The launcher behind {@code java -jar banksync.jar}: starts the embedded PostgreSQL, the demo
 * sandboxes and Payara Micro with the WAR, and stops them in the reverse order. Not part of the WAR.
 */
package org.banksync.bootstrap.launcher;
