/** Browser tests of the finance user's web UI: Selenium driving Debian's headless Chromium against the real WAR. */
package org.banksync.bootstrap.ui;
