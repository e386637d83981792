package org.banksync.sandbox.bridge.data;

/** A bank as Bridge lists it, plus the French bank code used to build its accounts' IBANs. */
public record Provider(long id, String name, String countryCode, String groupName, String bankCode, String branchCode) {
}
