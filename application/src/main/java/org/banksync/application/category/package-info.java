/** Use cases on the category tree: create, update, delete (with a replacement when in use) and find categories. */
package org.banksync.application.category;
