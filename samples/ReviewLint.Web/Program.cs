// Starts the ReviewLint web page on http://127.0.0.1:5080 (or the address given with --urls).
await ReviewLint.Web.ReviewLintWeb.Create(args).RunAsync();
