package org.banksync.adapters.bridge.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Bridge users and their access tokens (application headers only). Answers are read by the caller. */
@Path("/v3/aggregation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface UsersApi {

    /** 201 {@code {uuid, external_user_id}}; 409 when the external id is taken. */
    @POST
    @Path("users")
    Response createUser(CreateUserBody body);

    /** 200 {@code {access_token, expires_at, user}}; 404 when the user does not exist. */
    @POST
    @Path("authorization/token")
    Response token(TokenBody body);
}
