package org.banksync.adapters.plaid.callback;

import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase.ConnectOutcome;
import org.banksync.application.connection.port.out.AggregatorFailure;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the browser goes after the callback, for each way the connection can end (the same UI pages as Bridge's). */
final class CallbackRedirects {

    static final String RETRY_HINT = " Nothing was saved: reload this page to try again.";
    static final String UNEXPECTED = "Banksync could not complete the connection because of an unexpected error "
            + "(the operators can find it in the server log).";

    private CallbackRedirects() {
    }

    static URI after(String contextPath, ConnectOutcome outcome) {
        return switch (outcome) {
            case ConnectOutcome.Connected connected -> URI.create(contextPath + "/bank.xhtml?id=" + connected.bankId()
                    + "&connection=connected&linked=" + connected.linked() + "&proposals=" + connected.proposals().size()
                    + (connected.rejected().isEmpty() ? "" : "&rejected=" + connected.rejected().size()));
            case ConnectOutcome.Failed failed -> URI.create(contextPath + "/bank.xhtml?id=" + failed.bankId()
                    + "&connection=failed" + (failed.step() == null ? "" : "&step=" + encode(failed.step()))
                    + "&message=" + encode(failed.message()) + "&remedy=" + encode(failed.remedy()));
            case ConnectOutcome.Refused refused -> refused(contextPath, refused.reason());
        };
    }

    /** Plaid or the core failed while completing: nothing was kept, so the same callback can be reloaded. */
    static URI afterFailure(String contextPath, AggregatorFailure failure) {
        return refused(contextPath, failure.getMessage() + RETRY_HINT);
    }

    static URI afterUnexpected(String contextPath) {
        return refused(contextPath, UNEXPECTED + RETRY_HINT);
    }

    private static URI refused(String contextPath, String reason) {
        return URI.create(contextPath + "/connect-refused.xhtml?reason=" + encode(reason));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
