package org.banksync.sandbox.plaid;

import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox alone until it is stopped:
 * {@code java -cp ... org.banksync.sandbox.plaid.PlaidSandboxMain --port 9091 --client-id ... --seed 42}.
 */
public final class PlaidSandboxMain {

    private PlaidSandboxMain() {
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
        PlaidSandbox sandbox = PlaidSandbox.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "plaid-sandbox-shutdown"));
        // the launcher's one line on standard output: where the sandbox is and how to call it
        System.out.println("Plaid sandbox listening on " + sandbox.baseUrl() + " (client id " + config.clientId()
                + ", secret " + config.secret() + ")");
        System.out.flush();
        stopped.await();
    }

    static SandboxConfig parse(String[] args) {
        SandboxConfig.Builder builder = SandboxConfig.builder().port(9091);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--rate-limit" -> {
                    builder.rateLimit(true);
                    continue;
                }
                case "--raw" -> {
                    builder.netted(false);
                    continue;
                }
                case "--initial-not-ready" -> {
                    builder.initialNotReady(true);
                    continue;
                }
                case "--help" -> throw new IllegalArgumentException("Plaid sandbox");
                default -> {
                }
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
                case "--secret" -> builder.secret(value);
                case "--webhook-url" -> builder.webhookUrl(URI.create(value));
                case "--seed" -> builder.seed(longNumber(option, value));
                case "--transactions-per-account" -> builder.transactionsPerAccount(number(option, value));
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

    private static long longNumber(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + value, e);
        }
    }

    private static String usage() {
        return "usage: PlaidSandboxMain [--port 9091] [--bind 127.0.0.1] [--public-url URL] [--client-id ID]"
                + " [--secret SECRET] [--webhook-url URL] [--seed 42] [--transactions-per-account 120] [--raw]"
                + " [--initial-not-ready] [--rate-limit]";
    }
}
