# Sourced by scripts/run and scripts/test: configures and builds into $CONNECTOR_BUILD_DIR.

connector_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CONNECTOR_BUILD_DIR=${CONNECTOR_BUILD_DIR:-$connector_root/build}

# connector_build [extra cmake -D options...] -- [targets...]
connector_build()
{
    local options=() targets=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do options+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    targets=("$@")

    # ccache keeps rebuilds short, also across build directories (paths are taken relative to
    # the source tree), and changes nothing about what is built.
    if command -v ccache >/dev/null; then
        export CCACHE_BASEDIR=$connector_root
        options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    echo "==> Configuring in $CONNECTOR_BUILD_DIR"
    cmake -S "$connector_root" -B "$CONNECTOR_BUILD_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE="${CONNECTOR_BUILD_TYPE:-Debug}" -DCONNECTOR_WERROR=ON "${options[@]}" \
        >"$CONNECTOR_BUILD_DIR.configure.log" 2>&1 \
        || { cat "$CONNECTOR_BUILD_DIR.configure.log"; return 1; }
    echo "==> Building ${targets[*]:-everything}"
    if [ ${#targets[@]} -gt 0 ]; then
        cmake --build "$CONNECTOR_BUILD_DIR" --target "${targets[@]}"
    else
        cmake --build "$CONNECTOR_BUILD_DIR"
    fi
}
