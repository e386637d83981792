/**
 * The finance user's pages (Jakarta Faces + PrimeFaces), one sub-package per feature; here what every page
 * shares: messages, the language, amounts and times as the user reads them.
 */
package org.banksync.adapters.web.ui;
