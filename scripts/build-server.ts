/**
 * Bundles the server into server/dist/main.js (and `npm run reindex` into reindex.js) for production images: TypeScript and the
 * shared workspace compiled in, every npm dependency left to node_modules (installed with
 * `npm ci --omit=dev`), so the image runs plain `node` with no TypeScript tooling.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// `--outdir server/dist-x`: another directory beside server/src (the bundle finds the repository two levels up).
const at = process.argv.indexOf("--outdir");
const outdir = path.resolve(root, at > 0 ? process.argv[at + 1] : "server/dist");
if (path.dirname(path.dirname(outdir)) !== root) throw new Error("--outdir must be a directory of server/, such as server/dist");

await build({
  // The server, and the reindex an operator runs inside the image after an upgrade.
  entryPoints: { main: path.join(root, "server/src/main.ts"), reindex: path.join(root, "scripts/reindex.ts") },
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [
    {
      name: "npm-packages-external",
      setup(b) {
        // Bare imports are npm packages, except the workspace's own TypeScript package.
        b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@parklink/") ? undefined : { path: args.path, external: true }));
      },
    },
  ],
});
console.log(`built ${path.relative(root, outdir)}/main.js and reindex.js`);
