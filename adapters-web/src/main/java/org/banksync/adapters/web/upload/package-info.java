/** Uploaded statement files, kept in a temporary file between the upload, the preview and the import. */
package org.banksync.adapters.web.upload;
