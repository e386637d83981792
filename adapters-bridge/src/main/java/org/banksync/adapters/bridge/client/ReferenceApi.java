package org.banksync.adapters.bridge.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Bridge's public reference data (application headers only): categories and providers (banks). */
@Path("/v3")
@Produces(MediaType.APPLICATION_JSON)
interface ReferenceApi {

    @GET
    @Path("aggregation/categories")
    Response categories(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, @QueryParam("limit") int limit);

    @GET
    @Path("providers")
    Response providers(@QueryParam("country_code") String countryCode, @QueryParam("limit") int limit);
}
