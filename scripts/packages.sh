# Sourced by scripts/run, scripts/test and scripts/bench: the Debian packages the project needs,
# and a function that installs the missing ones.

CONNECTOR_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config openssl libssl-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev libxkbcommon-dev qt6-svg-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite qt6-qpa-plugins libyaml-cpp-dev
    qt6-translations-l10n fonts-dejavu-core ccache
)

# What the tests need beyond the build: a session bus and an unlocked keyring for the real
# keychain test, and an X server for the screenshot script.
CONNECTOR_TEST_PACKAGES=(
    dbus dbus-x11 gnome-keyring libsecret-tools desktop-file-utils xvfb xauth
)

connector_missing_packages()
{
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            printf '%s\n' "$pkg"
        fi
    done
}

connector_install_packages()
{
    local missing
    mapfile -t missing < <(connector_missing_packages "$@")
    if [ "${#missing[@]}" -eq 0 ]; then
        echo "==> All ${#@} required Debian packages are installed."
        return 0
    fi
    echo "==> Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
