package org.banksync.sandbox.bridge.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.banksync.sandbox.bridge.data.Providers;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Response;

/** The providers' `images.logo`: a generated SVG badge with the bank's initials. */
final class Logos {

    private Logos() {
    }

    static Response svg(String file) {
        if (!file.endsWith(".svg")) {
            throw ApiError.notFound("logo");
        }
        long id;
        try {
            id = Long.parseLong(file.substring(0, file.length() - 4));
        } catch (NumberFormatException e) {
            throw ApiError.notFound("logo");
        }
        String name = Providers.byId(id).orElseThrow(() -> ApiError.notFound("logo")).name();
        String initials = Arrays.stream(name.split("[\\s'-]+")).filter(word -> !word.isEmpty()).limit(2)
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT)).collect(Collectors.joining());
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\">"
                + "<rect width=\"64\" height=\"64\" rx=\"12\" fill=\"#1f4e79\"/>"
                + "<text x=\"32\" y=\"41\" font-family=\"sans-serif\" font-size=\"24\" fill=\"#fff\" text-anchor=\"middle\">"
                + initials + "</text></svg>";
        return Response.raw(200, "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
    }
}
