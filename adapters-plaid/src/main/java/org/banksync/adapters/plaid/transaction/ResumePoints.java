package org.banksync.adapters.plaid.transaction;

import org.banksync.application.sync.port.out.TransactionFeed.ResumePointExpired;

/**
 * The resume points this feed hands the core: {@code plaid-cursor:<cursor>}, the cursor after the
 * update whose rows came with it. Anything else (a Bridge {@code next_uri} left on a run, a mangled
 * value) is refused, so the read starts over.
 */
final class ResumePoints {

    static final String PREFIX = "plaid-cursor:";

    private ResumePoints() {
    }

    static String of(String cursor) {
        return PREFIX + cursor;
    }

    static String cursorOf(String resumePoint) {
        if (!resumePoint.startsWith(PREFIX)) {
            throw new ResumePointExpired("the stored resume point is not a Plaid cursor this adapter gave; reading again");
        }
        return resumePoint.substring(PREFIX.length());
    }
}
