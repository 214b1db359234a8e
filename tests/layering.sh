#!/bin/sh
# The rooms of the source and which may include which (docs/development.md, "Layout"):
#   app/core/*.h           the ground floor (Platform, FieldRules): no room
#   app/core/{transport,feishu,genauth,login}: nothing from core/setup/
#   app/core/**            nothing from sandbox/, cli/ or ui/
#   app/sandbox/**         nothing from cli/ or ui/
#   ui/**                  nothing from sandbox/ or cli/ (main() composes)
# Prints every include that breaks a rule, and fails if there is one.
#   layering.sh SOURCE_DIR
set -eu
cd "$1"
found=0
forbid() { # forbid 'WHAT' PATTERN PATHS...
    what=$1
    pattern=$2
    shift 2
    hits=$(grep -rnE "^#include \"($pattern)" "$@" 2>/dev/null || true)
    if [ -n "$hits" ]; then
        echo "$what:"
        echo "$hits" | sed 's/^/  /'
        found=1
    fi
}
forbid "the ground floor includes a room" 'core/[a-z]+/' app/core/*.h app/core/*.cpp
forbid "transport, feishu, genauth or login include core/setup" 'core/setup/' \
    app/core/transport app/core/feishu app/core/genauth app/core/login
forbid "the core includes the sandbox, the command line or the wizard" 'sandbox/|cli/|ui/|pages/|dialogs/' app/core
forbid "the sandbox includes the command line or the wizard" 'cli/|ui/' app/sandbox
forbid "the wizard includes the sandbox or the command line" 'sandbox/|cli/' ui
[ "$found" = 0 ] && echo "every include keeps to its room"
exit "$found"
