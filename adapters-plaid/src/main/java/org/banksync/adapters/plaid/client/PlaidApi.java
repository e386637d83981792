package org.banksync.adapters.plaid.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Plaid's endpoints as Banksync calls them: every one a POST of a JSON body (built by {@link
 * PlaidEndpoints}, so that only the fields Banksync sets are sent), the credentials in headers.
 * Answers are read by the caller, whatever their status.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface PlaidApi {

    @POST
    @Path("link/token/create")
    Response linkTokenCreate(String body);

    @POST
    @Path("link/token/get")
    Response linkTokenGet(String body);

    @POST
    @Path("item/public_token/exchange")
    Response publicTokenExchange(String body);

    @POST
    @Path("item/get")
    Response itemGet(String body);

    @POST
    @Path("accounts/get")
    Response accountsGet(String body);

    @POST
    @Path("auth/get")
    Response authGet(String body);

    @POST
    @Path("transactions/sync")
    Response transactionsSync(String body);

    @POST
    @Path("webhook_verification_key/get")
    Response webhookVerificationKeyGet(String body);
}
