package org.banksync.sandbox.bridge;

import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox alone until it is stopped:
 * {@code java -cp ... org.banksync.sandbox.bridge.BridgeSandboxMain --port 9090 --client-id ... --seed 42}.
 */
public final class BridgeSandboxMain {

    private BridgeSandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        BridgeSandbox sandbox = BridgeSandbox.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "bridge-sandbox-shutdown"));
        // the launcher's one line on standard output: where the sandbox is and how to call it
        System.out.println("Bridge sandbox listening on " + sandbox.baseUrl() + " (client id " + config.clientId()
                + ", client secret " + config.clientSecret() + ", webhook secret " + config.webhookSecret() + ")");
        stopped.await();
    }

    static SandboxConfig parse(String[] args) {
        SandboxConfig.Builder builder = SandboxConfig.builder().port(9090);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--rate-limit")) {
                builder.rateLimit(true);
                continue;
            }
            if (option.equals("--help")) {
                throw new IllegalArgumentException("Bridge sandbox");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(number(option, value));
                case "--bind" -> builder.bindAddress(value);
                case "--public-url" -> builder.publicUrl(value);
                case "--client-id" -> builder.clientId(value);
                case "--client-secret" -> builder.clientSecret(value);
                case "--webhook-secret" -> builder.webhookSecret(value);
                case "--webhook-url" -> builder.webhookUrl(URI.create(value));
                case "--seed" -> builder.seed(Long.parseLong(value));
                case "--transactions-per-account" -> builder.transactionsPerAccount(number(option, value));
                case "--history-months" -> builder.historyMonths(number(option, value));
                case "--require-user-email" -> builder.requireUserEmail(Boolean.parseBoolean(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return builder.build();
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + value, e);
        }
    }

    private static String usage() {
        return "usage: BridgeSandboxMain [--port 9090] [--bind 127.0.0.1] [--public-url URL] [--client-id ID]"
                + " [--client-secret SECRET] [--webhook-secret SECRET] [--webhook-url URL] [--seed 42]"
                + " [--transactions-per-account 300] [--history-months 12] [--rate-limit]"
                + " [--require-user-email true|false]";
    }
}
