// /docs: Swagger UI (vendored under static/vendor/swagger-ui) rendering this service's own openapi.yaml.
// No validator badge (it would call an outside service) and no links out: everything comes from here.
window.addEventListener("DOMContentLoaded", () => {
  window.ui = window.SwaggerUIBundle({
    url: new URL("openapi.yaml", document.baseURI).href,
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
    tryItOutEnabled: false,
    supportedSubmitMethods: ["get", "post"],
    defaultModelsExpandDepth: 0,
  });
});
