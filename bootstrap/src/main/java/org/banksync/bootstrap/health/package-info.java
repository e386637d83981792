/** MicroProfile Health checks behind /health/live and /health/ready. */
package org.banksync.bootstrap.health;
