package org.banksync.adapters.web.api.connection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of POST /banks/{id}/connections. */
@Schema(name = "ConnectRequest", description = "The optional body of POST /api/v1/banks/{bankId}/connections.")
public record ConnectRequest(
        @Schema(description = "The company code; the default company when absent.", nullable = true, example = "ACME")
        String company,
        @Schema(description = "The aggregator; bridge when absent.", nullable = true, enumeration = {"bridge", "plaid"})
        String provider) {
}
