/** /api/v1/categories: the category tree, imported and manual, with the same rules as the UI. */
package org.banksync.adapters.web.api.category;
