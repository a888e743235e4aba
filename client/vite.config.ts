import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/** The shared package is TypeScript source: its modules and zod are side-effect free for the client's purposes. */
const sideEffectFree = /[\\/](shared[\\/]src|node_modules[\\/]zod)[\\/]/;

export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/api": "http://127.0.0.1:3000", "/socket.io": { target: "http://127.0.0.1:3000", ws: true } } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      // The client uses shared's types, taxonomy and constants, never its zod schemas at run time:
      // treating `z.*()` and `idsOf()` as pure lets the bundler drop every schema and zod itself.
      treeshake: { manualPureFunctions: ["z", "idsOf"], moduleSideEffects: (id: string) => !sideEffectFree.test(id) },
    },
  },
});
