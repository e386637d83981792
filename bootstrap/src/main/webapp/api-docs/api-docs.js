// Payara serves the OpenAPI document at the server's root, whatever the application's context root.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi?format=json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
