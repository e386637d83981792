/** The WAR's own wiring: the datasource, start-up work, health checks and the clock. */
package org.banksync.bootstrap;
