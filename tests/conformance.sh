#!/bin/sh
# The official SDKs against `feishu-sso-setup sandbox` (tests/conformance):
# serves the sandbox with conformance-sandbox.json, Feishu over https with the
# test certificate (tests/data, test data only; Node trusts it through
# NODE_EXTRA_CA_CERTS), runs the Node suite with the addresses and secrets it
# printed, stops the sandbox on any exit.
#   conformance.sh <feishu-sso-setup> <node>
set -eu
exe=$1
node=$2
here=$(cd "$(dirname "$0")/conformance" && pwd)
[ -d "$here/node_modules/@larksuiteoapi/node-sdk" ] && [ -d "$here/node_modules/authing-node-sdk" ] ||
    { echo "tests/conformance/node_modules is missing: npm ci --prefix tests/conformance (setup.sh test does)"; exit 1; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
data=$(cd "$(dirname "$0")/data" && pwd)
"$exe" sandbox --config "$here/conformance-sandbox.json" --tls-cert "$data/loopback-test.crt" --tls-key "$data/loopback-test.key" \
    >"$work/log" 2>&1 &
pid=$!
for _ in $(seq 100); do grep -q "GenAuth sandbox serving on" "$work/log" && break; sleep 0.1; done
FSS_FEISHU=$(sed -n 's#^Feishu sandbox serving on \(https://127\.0\.0\.1:[0-9]*\).*#\1#p' "$work/log")
FSS_GENAUTH=$(sed -n 's#^GenAuth sandbox serving on \(http://127\.0\.0\.1:[0-9]*\).*#\1#p' "$work/log")
FSS_POOL_ID=$(sed -n 's#.*user pool \([0-9a-f]*\), secret .*#\1#p' "$work/log")
FSS_POOL_SECRET=$(sed -n 's#.*user pool [0-9a-f]*, secret \([A-Za-z0-9]*\) .*#\1#p' "$work/log")
[ -n "$FSS_FEISHU" ] && [ -n "$FSS_GENAUTH" ] && [ -n "$FSS_POOL_SECRET" ] || { cat "$work/log"; exit 1; }
export FSS_FEISHU FSS_GENAUTH FSS_POOL_ID FSS_POOL_SECRET
export NODE_EXTRA_CA_CERTS="$data/loopback-test.crt"
export FSS_APP_ID=cli_a1b2c3d4e5f60718 FSS_APP_SECRET=SandboxAppSecret0123456789abcdef
export FSS_REDIRECT=https://core.genauth.ai/connection/social/feishu/65a1b2c3d4e5f60718293a4b/callback
cd "$here"
"$node" --test --test-reporter=spec conformance.mjs
echo "SDK conformance: all good"
