package org.banksync.sandbox.bridge.connect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.banksync.sandbox.bridge.world.ConnectOutcome;
import org.banksync.sandbox.bridge.world.ItemStatuses;

/**
 * What the typed login asks for, as with Bridge's Demo Bank: success (the default for any unknown
 * login), success.&lt;status&gt; (fine now, the next refresh ends in that status, e.g. success.1010),
 * otp, otp_fail, &lt;status&gt; or &lt;status&gt;_&lt;INFO&gt; (e.g. 402, 1005_CLOSED_ACCOUNT).
 */
public record Scenario(Kind kind, int status, String statusCodeInfo, Integer statusAfterNextRefresh) {

    /** The path through the page. */
    public enum Kind { SUCCESS, OTP, OTP_FAIL, FAILURE }

    private static final Pattern FAILURE = Pattern.compile("(\\d{3,4})(?:_([A-Za-z0-9_]+))?");
    private static final Pattern LATER = Pattern.compile("success\\.(\\d{3,4})");

    public static Scenario fromLogin(String login) {
        String text = login == null ? "" : login.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("otp")) {
            return new Scenario(Kind.OTP, 0, "ok", null);
        }
        if (lower.equals("otp_fail")) {
            return new Scenario(Kind.OTP_FAIL, 1010, ItemStatuses.of(1010).info(), null);
        }
        Matcher later = LATER.matcher(lower);
        if (later.matches()) {
            return new Scenario(Kind.SUCCESS, 0, "ok", Integer.valueOf(later.group(1)));
        }
        Matcher failure = FAILURE.matcher(text);
        if (failure.matches()) {
            int status = Integer.parseInt(failure.group(1));
            String info = failure.group(2) != null ? failure.group(2).toLowerCase(Locale.ROOT) : ItemStatuses.of(status).info();
            return new Scenario(Kind.FAILURE, status, info, null);
        }
        return new Scenario(Kind.SUCCESS, 0, "ok", null);
    }

    public boolean needsOtp() {
        return kind == Kind.OTP || kind == Kind.OTP_FAIL;
    }

    /** The outcome once the login (and OTP, if any) went through. */
    public ConnectOutcome outcome() {
        return switch (kind) {
            case SUCCESS, OTP -> new ConnectOutcome(0, "ok", true, statusAfterNextRefresh);
            case OTP_FAIL, FAILURE -> new ConnectOutcome(status, statusCodeInfo, false, null);
        };
    }

    /** The callback's `step` when the flow failed. */
    public String failedStep() {
        return switch (kind) {
            case OTP_FAIL -> "otp_form";
            case FAILURE -> status == 402 ? "bank_creds_form" : "sync_error";
            case SUCCESS, OTP -> null;
        };
    }
}
