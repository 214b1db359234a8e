#!/bin/sh
# `feishu-sso-setup sandbox` in the foreground and `check` against it, the
# way a script or a CI job uses them: default app passes, GenAuth's empty
# pool fails at Step 2, a --config app without a permission fails, a broken
# config file is bad input.
set -eu
exe=$1
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

serve() { # serve [args…]: starts the sandbox, sets $url
    "$exe" sandbox "$@" >"$work/log" 2>&1 &
    pid=$!
    for _ in $(seq 100); do grep -q "GenAuth sandbox serving on" "$work/log" && break; sleep 0.1; done
    url=$(sed -n 's#^Feishu sandbox serving on \(http://127\.0\.0\.1:[0-9]*\).*#\1#p' "$work/log")
    genauth=$(sed -n 's#^GenAuth sandbox serving on \(http://127\.0\.0\.1:[0-9]*\).*#\1#p' "$work/log")
    [ -n "$url" ] || { cat "$work/log"; exit 1; }
}
check() {
    FSS_APP_SECRET=SandboxAppSecret0123456789abcdef "$exe" check --feishu-api "$url" --app-id cli_a1b2c3d4e5f60718 \
        --identifier feishu --user-pool-id 65a1b2c3d4e5f60718293a4b "$@"
}

serve
check
# GenAuth's side, with the pool secret the sandbox prints: its pool is fresh,
# so the connection check fails at Step 2 and names Create it for me.
pool_secret=$(sed -n 's#.*user pool [0-9a-f]*, secret \([A-Za-z0-9]*\) .*#\1#p' "$work/log")
[ -n "$pool_secret" ] || { cat "$work/log"; exit 1; }
set +e
FSS_USERPOOL_SECRET=$pool_secret check --cloud "$genauth" --genauth-app-id 65b2c3d4e5f60718293a4b5c --json >"$work/out"
rc=$?
set -e
[ "$rc" = 1 ] || { echo "expected exit 1 for an empty GenAuth pool, got $rc"; cat "$work/out"; exit 1; }
grep -q '"id": "genauth-connection"' "$work/out"
grep -q 'Create it for me' "$work/out"
if grep -q "$pool_secret" "$work/out"; then echo "the pool secret was printed"; exit 1; fi
kill "$pid"; wait "$pid" 2>/dev/null || true

cat >"$work/config.json" <<'JSON'
{"feishu": {"apps": [{"app_id": "cli_a1b2c3d4e5f60718", "app_secret": "SandboxAppSecret0123456789abcdef",
  "granted_scopes": ["contact:user.email:readonly", "application:application:self_manage"],
  "redirect_urls": ["https://core.genauth.ai/connection/social/feishu/65a1b2c3d4e5f60718293a4b/callback"],
  "online_version": "1.0.0"}]}}
JSON
serve --config "$work/config.json"
set +e
check >"$work/out"
rc=$?
set -e
[ "$rc" = 1 ] || { echo "expected exit 1, got $rc"; cat "$work/out"; exit 1; }
grep -q "FAIL  Step 5" "$work/out" || { cat "$work/out"; exit 1; }
grep -q "contact:user.phone:readonly" "$work/out"
kill "$pid"; wait "$pid" 2>/dev/null || true
pid=

echo '{"feishu": {"apps": "none"}}' >"$work/bad.json"
set +e
"$exe" sandbox --config "$work/bad.json" 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || { echo "expected exit 2 for a bad config, got $rc"; exit 1; }
grep -q "apps" "$work/err"
echo "sandbox command: all good"
