package org.banksync.bootstrap.sync;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** This instance's name in leases and claims: host, process and a random suffix, unique across restarts. */
final class InstanceName {

    static final String VALUE = compute();

    private InstanceName() {
    }

    private static String compute() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
