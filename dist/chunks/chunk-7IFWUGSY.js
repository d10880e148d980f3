import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/checks/leaks/rules.ts
var DOCS = "docs/secrets/README.md";
var LEAK_RULES = [
  {
    id: "client-bundle-secret",
    title: "Credential in a built client asset",
    why: "everything in the client output is downloaded by every visitor: a key there is public",
    fix: "revoke the key, keep it server-side (an API route or server action calls the provider) and rebuild",
    docs: `${DOCS}#client-bundle-secret`,
    security: true
  },
  {
    id: "server-secret-in-bundle",
    title: "A server-only variable's value ships in the client bundle",
    why: "a bundler inlined a server secret (a public prefix on the wrong variable, or a server module imported by client code)",
    fix: "rename the variable without the public prefix, read it only in server code, rotate the value and rebuild",
    docs: `${DOCS}#server-secret-in-bundle`,
    security: true
  },
  {
    id: "log-secret",
    title: "Credential in service logs",
    why: "logs are shipped to vendors and read by many people: a token there is leaked",
    fix: "rotate the credential and redact headers and tokens in the logger (an allow-list of fields)",
    docs: `${DOCS}#log-secret`,
    security: true
  },
  {
    id: "log-personal-data",
    title: "Personal data in service logs",
    why: "emails, phone numbers and card data in logs are personal data kept without need (GDPR, PCI)",
    fix: "log ids instead of personal data; mask the fields in the logger",
    docs: `${DOCS}#log-personal-data`,
    security: true
  },
  {
    id: "client-source-map",
    title: "Source maps published with the client output",
    why: "a public source map hands every visitor the original source, comments and internal paths included",
    fix: 'do not deploy *.map files (upload them to the error tracker instead: productionBrowserSourceMaps off, build.sourcemap "hidden")',
    docs: `${DOCS}#client-source-map`,
    security: true
  },
  {
    id: "server-env-in-client",
    title: "Client code reads a server-only secret variable",
    why: "code that runs in the browser either gets the value inlined by the bundler (a leak) or undefined (a bug); a secret belongs on the server",
    fix: "read the variable in server code (an API route, server action or loader) and send the browser only the result",
    docs: `${DOCS}#server-env-in-client`,
    security: true
  },
  {
    id: "log-sensitive-object",
    title: "Code logs whole request headers, bodies or the environment",
    why: "headers carry Authorization and cookies, bodies carry passwords and personal data, the environment carries every secret",
    fix: "log the fields you need (method, path, status, a request id), or use the logger's redaction (pino redact, winston format)",
    docs: `${DOCS}#log-sensitive-object`,
    security: true
  }
];

export {
  LEAK_RULES
};
