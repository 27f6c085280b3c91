import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Plain <a> on purpose: next/link would ship the client router and prefetch every
      // visible link, which costs readers on slow rural connections data they never use.
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // lib/ is pure, framework-free and cast-free: the house rules, enforced.
    files: ["lib/**/*.ts"],
    rules: {
      "@typescript-eslint/consistent-type-assertions": ["error", { assertionStyle: "never" }],
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*", "server-only"], message: "lib/ stays framework-free." },
            { group: ["@/app/*", "../app/*"], message: "lib/ must not depend on app/." },
          ],
        },
      ],
    },
  },
  { ignores: [".next-*/**", ".deploy*/**", ".cache/**", ".next/**", "node_modules/**", "test-results/**", "next-env.d.ts"] },
];

export default config;
