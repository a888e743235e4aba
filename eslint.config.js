import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/dist-*/**", ".data/**", "test/artifacts/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["scripts/**", "test/**", "packages/*/test/**", "packages/*/bench/**"],
    rules: { "no-console": "off" },
  },
  {
    files: ["server/src/**", "scripts/**", "test/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        { property: "waitTask", message: "Use waitForMeiliTask (server/src/infra/meili-http.ts): the client's waitTask leaves an abort listener per poll." },
      ],
    },
  },
);
