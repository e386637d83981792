/** Resources that every module shares and only the WAR can define: the datasource and the clock. */
package org.banksync.bootstrap.config;
