package org.banksync.adapters.web.api.shared;

import jakarta.ws.rs.BadRequestException;

/** Request bodies: an operation that needs one refuses an empty request with 400. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("This operation needs a JSON body.");
        }
        return body;
    }
}
