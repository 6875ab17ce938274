// Validates content files against the JSON Schemas in schemas/, the way an editor sees them: YAML 1.2 (core schema)
// read with eemeli/yaml, the parser of VS Code's YAML extension, and a JSON Schema 2020-12 validator (ajv).
//
// usage: node validate-front-matter.cjs <node_modules> <schemas folder>  < requests.json
// requests.json: [{"file": "/abs/path.md", "schema": "relationship.schema.json#/$defs/translation", "frontMatter": true}]
// prints: [{"file": …, "verdict": "valid" | "invalid" | "parse-error", "messages": […]}]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { createRequire } = require("node:module");

const [nodeModules, schemasFolder] = process.argv.slice(2);
const load = createRequire(path.join(path.resolve(nodeModules), "resolve-from-here.js"));
const Ajv2020 = load("ajv/dist/2020").default;
const addFormats = load("ajv-formats").default;
const YAML = load("yaml");

// The generator's limit on aliases (YamlTreeReader.MaxAliases).
const MaxAliases = 50;

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
for (const name of fs.readdirSync(schemasFolder).filter((n) => n.endsWith(".schema.json")).sort()) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemasFolder, name), "utf8")), name);
}

const validators = new Map();
function validatorFor(schema) {
  if (!validators.has(schema)) {
    validators.set(schema, ajv.compile({ $ref: schema }));
  }
  return validators.get(schema);
}

/** The text between the first two '---' lines, as FrontMatterParser splits it; null when there is none. */
function frontMatter(text) {
  if (text.trim() === "") return { error: "the file is empty" };
  const lines = text.split("\n");
  if (lines[0].trimEnd() !== "---") return { error: "the file does not start with ---" };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (line === "---" || line === "...") return { yaml: lines.slice(1, i).join("\n"), emptyIsMap: true };
  }
  return { error: "the front matter never closes" };
}

function check(request) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(fs.readFileSync(request.file));
  } catch (e) {
    return { verdict: "parse-error", messages: ["not UTF-8: " + e.message] };
  }
  text = text.replace(/\r\n/g, "\n");
  const part = request.frontMatter ? frontMatter(text) : { yaml: text, emptyIsMap: false };
  if (part.error) return { verdict: "parse-error", messages: [part.error] };

  const doc = YAML.parseDocument(part.yaml, { version: "1.2", schema: "core", uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return { verdict: "parse-error", messages: doc.errors.map((e) => e.code + ": " + e.message.split("\n")[0]) };
  let aliases = 0;
  YAML.visit(doc, { Alias: () => { aliases++; } });
  if (aliases > MaxAliases) return { verdict: "parse-error", messages: [`more than ${MaxAliases} aliases`] };

  let value;
  try {
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    return { verdict: "parse-error", messages: [e.message] };
  }
  if ((value === null || value === undefined) && part.emptyIsMap) value = {};

  const validate = validatorFor(request.schema);
  if (validate(value)) return { verdict: "valid", messages: [] };
  return { verdict: "invalid", messages: validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params && e.params.allowedValues ? ": " + e.params.allowedValues.join(", ") : ""}`) };
}

const requests = JSON.parse(fs.readFileSync(0, "utf8"));
const results = requests.map((r) => ({ file: r.file, ...check(r) }));
process.stdout.write(JSON.stringify(results));
