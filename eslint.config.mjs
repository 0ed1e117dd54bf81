// ESLint for the site's own scripts (assets/*.js) and the tests' (tests/**/*.mjs):
// the recommended rules, browser or Node globals, no stray console output.
// ESLint comes with the browser tests (tests/browser, npm ci); tests/run.sh runs it.
import js from "./tests/browser/node_modules/@eslint/js/src/index.js";
import globals from "./tests/browser/node_modules/globals/index.js";

export default [
	{ ignores: ["tests/browser/node_modules/**", "build/**", "site/**"] },
	js.configs.recommended,
	{
		files: ["assets/*.js"],
		languageOptions: { ecmaVersion: 2022, sourceType: "script", globals: globals.browser },
		rules: {
			"no-console": ["error", { allow: ["info"] }], "no-unused-vars": "error",
			eqeqeq: "error", strict: ["error", "function"],
		},
	},
	{
		files: ["tests/**/*.mjs"],
		languageOptions: { ecmaVersion: 2022, sourceType: "module",
			globals: { ...globals.node, ...globals.browser } },
	},
];
