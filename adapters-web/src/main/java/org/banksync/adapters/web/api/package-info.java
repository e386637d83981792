/** The REST API v1 for external systems, one sub-package per feature; shapes fixed by API.md. */
package org.banksync.adapters.web.api;
