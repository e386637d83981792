/** Bridge's webhooks: the signature checked on the raw body, the event translated, then handed to the application. */
package org.banksync.adapters.bridge.webhook;
