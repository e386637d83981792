/** Bridge's webhooks: the {content,timestamp,type} envelope, the BridgeApi-Signature header and delivery. */
package org.banksync.sandbox.bridge.webhook;
