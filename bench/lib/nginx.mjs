import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freePort, sleep, startGroup } from "./proc.mjs";

export const nginxHelp =
  "nginx is not installed: `sudo apt-get install -y nginx-light` (Debian/Ubuntu), or set NGINX=/path/to/nginx.";

export function findNginx() {
  const candidates = [process.env.NGINX, "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"];
  const found = candidates.find((file) => file && existsSync(file));
  if (found) return found;
  try {
    return execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts nginx on two free ports of 127.0.0.1, serving the given pages ({ urlPath: html }) from a
 * temporary folder: one server compresses on the fly (gzip level `gzipLevel`, like next start's
 * default of 6), the other serves files gzipped in advance (gzip_static, level 9).
 * The configuration, logs and temp folders all live in that folder; nothing touches /etc/nginx.
 */
export async function startNginx(binary, pages, { workers = 2, gzipLevel = 6 } = {}) {
  const dir = mkdtempSync(path.join(process.env.BENCH_TMPDIR || os.tmpdir(), "shamynds-bench-nginx-"));
  // Workers run as "nobody" when the master is root: they must be able to read the files.
  chmodSync(dir, 0o755);
  const www = path.join(dir, "www");
  for (const [urlPath, html] of Object.entries(pages)) {
    const file = path.join(www, urlPath === "/" ? "index.html" : `${urlPath.replace(/^\//, "")}.html`);
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
    writeFileSync(file, html, { mode: 0o644 });
    writeFileSync(`${file}.gz`, gzipSync(Buffer.from(html), { level: 9 }), { mode: 0o644 });
  }
  const [onTheFlyPort, staticPort] = [await freePort(), await freePort()];
  const temp = (name) => `${path.join(dir, name)}`;
  const server = (port, compression) => `
  server {
    listen 127.0.0.1:${port};
    root ${www};
    ${compression}
    location = / { try_files /index.html =404; }
    location / { try_files $uri.html =404; }
  }`;
  const config = `# Written by bench/throughput.mjs for one run; deleted afterwards.
daemon off;
master_process on;
worker_processes ${workers};
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${temp("client_body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  types { text/html html; }
  default_type text/html;
  charset utf-8;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  gzip_vary on;
${server(onTheFlyPort, `gzip on; gzip_comp_level ${gzipLevel}; gzip_min_length 256; gzip_types text/html;`)}
${server(staticPort, "gzip_static on;")}
}
`;
  const configFile = temp("nginx.conf");
  writeFileSync(configFile, config);
  const proc = startGroup(binary, ["-p", dir, "-e", temp("error.log"), "-c", configFile], {
    cwd: dir,
    quiet: true,
  });
  const urls = { onTheFly: `http://127.0.0.1:${onTheFlyPort}`, static: `http://127.0.0.1:${staticPort}` };
  const deadline = Date.now() + 10_000;
  for (;;) {
    const state = await Promise.race([proc.exited.then(() => "exited"), sleep(100).then(() => "waiting")]);
    if (state === "exited") throw new Error(`nginx exited at start:\n${proc.output()}`);
    try {
      await Promise.all(Object.values(urls).map((url) => fetch(url).then((response) => response.arrayBuffer())));
      break;
    } catch {
      if (Date.now() > deadline) {
        await proc.stop();
        throw new Error(`nginx did not answer:\n${proc.output()}`);
      }
    }
  }
  return {
    urls,
    config,
    pid: proc.pid,
    async stop() {
      await proc.stop(3000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
