/** What the user use cases need: where accounts are kept and how passwords are hashed. */
package org.banksync.application.user.port.out;
