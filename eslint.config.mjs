import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**"],
  },
  {
    rules: {
      // Omitting a field by destructuring ({ id: _id, ...rest }) is how we drop keys without mutation.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      // Components render; they never reach the database or the use cases directly.
      "no-restricted-imports": ["error", { patterns: ["@/lib/db/*", "@/lib/domain/*", "**/lib/db/*", "**/lib/domain/*"] }],
    },
  },
];

export default config;
