package org.banksync.adapters.bridge.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A Bridge user's data (application headers plus the user's Bearer token). Lists answer the first
 * page only; later pages are fetched by following {@code next_uri} verbatim (see {@link BridgeClients}).
 */
@Path("/v3/aggregation")
@Produces(MediaType.APPLICATION_JSON)
interface AggregationApi {

    /** 201 {@code {id, url}}. */
    @POST
    @Path("connect-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createConnectSession(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, ConnectSessionBody body);

    @GET
    @Path("items/{id}")
    Response item(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, @PathParam("id") long itemId);

    @GET
    @Path("accounts")
    Response accounts(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("item_id") long itemId,
                      @QueryParam("limit") int limit);

    /** Null parameters are left out of the query. */
    @GET
    @Path("transactions")
    Response transactions(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                          @QueryParam("account_id") long accountId, @QueryParam("since") String since,
                          @QueryParam("min_date") String minDate, @QueryParam("limit") int limit,
                          @QueryParam("after") String after);
}
