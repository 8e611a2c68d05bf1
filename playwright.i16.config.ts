// Local iteration only (not committed): reuse a finished build instead of building per run.
import base from "./playwright.config";
const port = Number(process.env.E2E_PORT);
export default {
  ...base,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: { ...base.webServer, command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`, url: `http://127.0.0.1:${port}/` },
};
