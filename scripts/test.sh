#!/usr/bin/env bash
# The one test command (npm test): types and lint, then unit + dialog + integration tests on
# DynamoDB Local (with a coverage floor), the reliability suite, then browser tests in Chromium.
# .ci/run runs this same script on a clean clone.
set -euo pipefail
cd "$(dirname "$0")/.."
export AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE=1 NODE_NO_WARNINGS=1
bash scripts/ensure-tools.sh
echo "== typecheck"
npx tsc --noEmit
echo "== lint (ESLint: no any, no floating promises, no import cycles; Prettier)"
npm run --silent lint
echo "== unit, dialog and integration tests (with the coverage floor of jest.config.js)"
npx jest --ci --coverage
echo "== reliability suite (DynamoDB/Twilio faults, same-moment texts, fuzzed and forged webhooks)"
npx jest --ci --config jest.reliability.config.js
if [ -f jest.browser.config.js ]; then
  echo "== browser tests (Chromium)"
  npx jest --ci --config jest.browser.config.js
fi
