#!/bin/sh
# The executable paints its first frame with Qt Widgets alone and loads the rest of the program
# after it (ui/main.cpp). Fails, naming the library, when the executable itself needs one of the
# libraries that belong to the module: each would be loaded before the first frame again.
set -eu
executable=$1
needed=$(readelf -d "$executable" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
module_only='^lib(Qt6Network|Qt6NetworkAuth|Qt6Sql|Qt6Svg|Qt6DBus|qt6keychain|crypto|ssl|yaml-cpp)\.'
hits=$(echo "$needed" | grep -E "$module_only" || true)
if [ -n "$hits" ]; then
    echo "the executable needs libraries that only the program's module should load:"
    echo "$hits"
    exit 1
fi
echo "the executable needs only:" $needed
