package org.banksync.adapters.web.api.connection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to send the user's browser to finish at the aggregator. */
@Schema(name = "ConnectAnswer", description = "Where to send the user's browser to finish at the aggregator.")
public record ConnectAnswer(
        @Schema(description = "The aggregator's hosted page.", format = "uri") String connectUrl,
        @Schema(description = "The connection this flow creates or renews, when already known.", nullable = true)
        String connectionId) {
}
