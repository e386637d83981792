/** The finance user's pages (Jakarta Faces + PrimeFaces), one sub-package per feature. */
package org.banksync.adapters.web.ui;
