import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { freePort } from "./ports";

/**
 * Debian's nginx running the shipped deploy/nginx/shamynds.conf, with only the values a server
 * would change substituted: the listen ports (on 127.0.0.1), the release root (/srv/shamynds:
 * its nginx/upstream.conf and assets/), the certificate (self-signed, made here with openssl)
 * and, unless we are root, the cache folder. Given a port instead of a release root, the
 * upstream file names that one server (the specs that run a single `next start`).
 */
export const nginxBinary = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find((file) => existsSync(file));
export const brotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";
export const nginxHelp =
  "nginx with brotli is needed: sudo apt-get install -y nginx libnginx-mod-http-brotli-filter (.ci/run does this)";

const projectRoot = path.resolve(import.meta.dirname, "../..");
export const shippedConfig = path.join(projectRoot, "deploy", "nginx", "shamynds.conf");

export type Nginx = {
  httpsUrl: string;
  httpUrl: string;
  ca: Buffer;
  /** The master's pid (its workers are its children). */
  pid: number;
  /** The command that makes this nginx re-read its configuration gracefully (RELEASE_RELOAD). */
  reloadCommand: string;
  /** The end of nginx's error log (warnings and up), for a failing test's report. */
  errorLog: () => string;
  /** The access log (with `accessLog: true`, else empty): Debian's default, every request in the combined format. */
  accessLog: () => string;
  stop: () => Promise<void>;
};

/** A server block added beside the shipped one (the benchmark's static-file reference). */
export type ExtraServer = (paths: { cert: string; key: string; port: number }) => string;

function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`deploy/nginx/shamynds.conf: expected "${from}" once, found it ${count} times`);
  return text.replace(from, to);
}

export async function startShippedNginx(
  upstream: number | { releaseRoot: string },
  options: { extraServer?: ExtraServer; extraPort?: number; accessLog?: boolean } = {},
): Promise<Nginx> {
  if (!nginxBinary || !existsSync(brotliModule)) throw new Error(nginxHelp);
  const dir = mkdtempSync(path.join(os.tmpdir(), "shamynds-nginx-"));
  chmodSync(dir, 0o755);
  let releaseRoot: string;
  if (typeof upstream === "number") {
    releaseRoot = dir;
    mkdirSync(path.join(dir, "nginx"), { recursive: true });
    writeFileSync(path.join(dir, "nginx", "upstream.conf"), `server 127.0.0.1:${upstream};\n`);
  } else {
    releaseRoot = upstream.releaseRoot;
  }
  const cert = path.join(dir, "fullchain.pem");
  const key = path.join(dir, "privkey.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=www.example.org"].concat([
      "-addext",
      "subjectAltName=DNS:www.example.org,IP:127.0.0.1",
      "-keyout",
      key,
      "-out",
      cert,
    ]),
    { stdio: "ignore" },
  );
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  let site = readFileSync(shippedConfig, "utf8");
  site = replaceOnce(site, "listen 80;", `listen 127.0.0.1:${httpPort};`);
  site = replaceOnce(site, "listen 443 ssl;", `listen 127.0.0.1:${httpsPort} ssl;`);
  site = replaceOnce(site, "/srv/shamynds/nginx/upstream.conf", path.join(releaseRoot, "nginx", "upstream.conf"));
  site = replaceOnce(site, "root /srv/shamynds/assets;", `root ${path.join(releaseRoot, "assets")};`);
  site = replaceOnce(site, "/etc/ssl/shamynds/fullchain.pem", cert);
  site = replaceOnce(site, "/etc/ssl/shamynds/privkey.pem", key);
  // Each run gets an empty cache (and a non-root user cannot write /var/cache/nginx).
  site = replaceOnce(site, "/var/cache/nginx/shamynds", path.join(dir, "cache"));
  const temp = (name: string) => {
    mkdirSync(path.join(dir, name), { recursive: true });
    return path.join(dir, name);
  };
  if (options.extraServer && options.extraPort) {
    site += `\n# Added by the test, not shipped:\n${options.extraServer({ cert, key, port: options.extraPort })}\n`;
  }
  writeFileSync(path.join(dir, "site.conf"), site);
  // What Debian's /etc/nginx/nginx.conf and modules-enabled/ provide, in a private file.
  const main = `load_module ${brotliModule};
daemon off;
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  access_log ${options.accessLog ? `${dir}/access.log combined` : "off"};
  client_body_temp_path ${temp("client_body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  include ${dir}/site.conf;
}
`;
  writeFileSync(path.join(dir, "nginx.conf"), main);
  const nginxArgs = ["-p", dir, "-e", path.join(dir, "error.log"), "-c", path.join(dir, "nginx.conf")];
  const child = spawn(nginxBinary, nginxArgs, {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ca = readFileSync(cert);
  const httpsUrl = `https://127.0.0.1:${httpsPort}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${output}`);
    try {
      await request(`${httpsUrl}/api/health`, { ca });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`nginx did not answer:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    httpsUrl,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    ca,
    pid: child.pid ?? 0,
    reloadCommand: [nginxBinary, ...nginxArgs, "-s", "reload"].join(" "),
    errorLog: () => {
      try {
        return readFileSync(path.join(dir, "error.log"), "utf8").slice(-6000);
      } catch {
        return "(no nginx error log)";
      }
    },
    accessLog: () => {
      try {
        return readFileSync(path.join(dir, "access.log"), "utf8");
      } catch {
        return "";
      }
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGQUIT");
        const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** One HTTPS request that trusts the test's certificate; the body comes back as sent (not decoded). */
export function request(
  url: string,
  options: {
    ca: Buffer;
    method?: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
    localAddress?: string;
  },
): Promise<Answer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = https.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "GET",
        ca: options.ca,
        servername: "www.example.org",
        localAddress: options.localAddress,
        headers: options.headers,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}
