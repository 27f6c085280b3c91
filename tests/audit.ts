// `npm run audit`: fails on any high or critical advisory in production dependencies.
// Where the registry offers no audit endpoint (this workplace's mirror answers 405),
// it says so loudly and names the pinned versions instead of pretending to have checked.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

// Versions that fixed the advisories published up to this check's last update (November
// 2026, from the GitHub Advisory Database and the projects' security releases): the
// framework is what an attacker reaches first.
const FLOORS = [
  {
    name: "next",
    floor: "16.3.3",
    why: "August 2026 security release: GHSA-2xp9-vwfh-vxw4 (RCE via AVIF in the image optimiser), GHSA-p293-qw3h-jr36 (RCE on Windows hosts); also covers the May (16.2.6) and July (16.2.11) releases",
  },
  { name: "react", floor: "19.2.3", why: "CVE-2025-55182 (RCE in Server Components, 19.2.1), CVE-2025-55183/55184 and CVE-2025-67779 (source exposure, DoS; 19.2.3)" },
  { name: "react-dom", floor: "19.2.3", why: "released with react" },
];

function installed(name: string): string {
  const pkg: { version?: string } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8"));
  return pkg.version ?? "0.0.0";
}

function compare(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split(/[.-]/).slice(0, 3).map(Number));
  for (let index = 0; index < 3; index++) {
    const difference = (x?.[index] ?? 0) - (y?.[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report: { metadata?: { vulnerabilities?: Record<string, number> }; statusCode?: number; message?: string };
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit printed no JSON:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (counts !== undefined) {
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`);
  if (serious > 0) {
    console.error(`${serious} high or critical advisories: run \`npm audit --omit=dev\` for details.`);
    process.exit(1);
  }
} else if (report.statusCode !== undefined) {
  console.warn(`AUDIT NOT RUN: the registry refused the audit request (${report.statusCode}: ${report.message ?? ""}).`);
  console.warn("Falling back to the last published fixes we know of for the framework:");
  const short = FLOORS.filter(({ name, floor }) => compare(installed(name), floor) < 0);
  for (const { name, floor, why } of FLOORS) console.warn(`  ${name} ${installed(name)} (needs ≥ ${floor}: ${why})`);
  if (short.length > 0) process.exit(1);
} else {
  console.error(`Unexpected npm audit output:\n${run.stdout}`);
  process.exit(1);
}
