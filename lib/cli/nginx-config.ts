import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { REFERENCE_NGINX_OPTIONS, renderNginxConfig, type NginxOptions } from "../deploy/nginx-config";

// `npm run nginx-config`: prints (or writes) the nginx configuration for given ports and
// paths, the same one `npm run deploy` writes for itself (lib/deploy/nginx-config.ts).
// `--reference` rewrites the copy kept in the repository, lib/deploy/nginx/bao-tinh.conf.
//
//   tsx lib/cli/nginx-config.ts [--listen 0.0.0.0:80] [--app-ports 3001,3002] [--state-dir /srv/bao-tinh/.deploy/nginx] [--release <name>] [--out <file>] | --reference

const USAGE = "Cách dùng: npm run nginx-config -- [--listen 0.0.0.0:80] [--app-ports 3001,3002] [--state-dir <thư mục>] [--release <tên bản phát hành>] [--user www-data] [--out <tệp>] | --reference";
const REFERENCE_FILE = path.join("lib", "deploy", "nginx", "bao-tinh.conf");

function options(values: Readonly<Record<string, string | boolean | undefined>>): NginxOptions | string {
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === "string" ? value : undefined;
  };
  const listen = text("listen");
  const match = listen === undefined ? undefined : /^(.+):(\d+)$/.exec(listen);
  if (listen !== undefined && match?.[1] === undefined) return `--listen cần dạng địa-chỉ:cổng, nhận được ${JSON.stringify(listen)}.`;
  const portsText = text("app-ports");
  const ports = portsText?.split(",").map(Number);
  if (ports !== undefined && !ports.every((port) => Number.isInteger(port) && port > 0 && port < 65536)) return `--app-ports cần các cổng cách nhau bởi dấu phẩy, nhận được ${JSON.stringify(portsText)}.`;
  const stateDir = text("state-dir");
  const user = text("user");
  return {
    ...REFERENCE_NGINX_OPTIONS,
    ...(match?.[1] === undefined ? {} : { listenHost: match[1], listenPort: Number(match[2]) }),
    ...(ports === undefined ? {} : { upstreamPorts: ports }),
    ...(stateDir === undefined ? {} : { stateDir: path.resolve(stateDir) }),
    release: text("release") ?? REFERENCE_NGINX_OPTIONS.release,
    ...(user === undefined ? {} : { user }),
  };
}

function main(argv: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        listen: { type: "string" },
        "app-ports": { type: "string" },
        "state-dir": { type: "string" },
        release: { type: "string" },
        user: { type: "string" },
        out: { type: "string" },
        reference: { type: "boolean" },
      },
    });
  } catch {
    console.error(`Lệnh có tùy chọn không hợp lệ.\n${USAGE}`);
    return 1;
  }
  if (parsed.values.reference === true) {
    writeFileSync(REFERENCE_FILE, renderNginxConfig(REFERENCE_NGINX_OPTIONS));
    console.log(`Đã ghi ${REFERENCE_FILE}.`);
    return 0;
  }
  const chosen = options(parsed.values);
  if (typeof chosen === "string") {
    console.error(`${chosen}\n${USAGE}`);
    return 1;
  }
  let config: string;
  try {
    config = renderNginxConfig(chosen);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  if (parsed.values.out === undefined) process.stdout.write(config);
  else writeFileSync(parsed.values.out, config);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
