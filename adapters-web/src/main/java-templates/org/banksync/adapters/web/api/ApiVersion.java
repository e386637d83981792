package org.banksync.adapters.web.api;

/** The project's version, written in at build time (templating-maven-plugin), for the OpenAPI document's info. */
final class ApiVersion {

    static final String PROJECT = "${project.version}";

    private ApiVersion() {
    }
}
