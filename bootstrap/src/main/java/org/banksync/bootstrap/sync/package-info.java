/** Where runs execute: the worker pool claiming queued runs, and the daily schedule (DESIGN.md section 4.5-4.6). */
package org.banksync.bootstrap.sync;
