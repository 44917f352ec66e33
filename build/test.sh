#!/usr/bin/env bash
# Runs every test of the repository (Core unit tests and end-to-end tests that pack the package and build real
# projects in real git repositories), then prints one line counted from the TRX results:
#   tests: N passed, N failed
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

dotnet restore ReleaseTasks.sln
set +e
dotnet test ReleaseTasks.sln -c Release --no-restore --logger trx --results-directory "$results" \
  --collect:"XPlat Code Coverage" "$@"
status=$?

# Dogfood: our own release gates on our own coverage (Core's unit tests; the end-to-end tests run the tasks in
# other processes, which coverlet cannot see). The line below the gates is still the test summary.
gates=0
if [ "$status" -eq 0 ]; then
  dotnet msbuild src/ReleaseTasks/ReleaseTasks.csproj -nologo -v:m -p:Configuration=Release -t:CheckQualityGates \
    -p:ReleaseTasksCoverageReports="$results/**/coverage.cobertura.xml" \
    -p:ReleaseTasksLineCoverageThreshold=80 \
    -p:ReleaseTasksGateReportFile="$PWD/$results/QualityGates.md" -p:ReleaseTasksGateReportJsonFile="$PWD/$results/QualityGates.json"
  gates=$?
fi
set -e

passed=0
failed=0
shopt -s nullglob
trx_files=("$results"/*.trx)
for trx in "${trx_files[@]}"; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done
if [ ${#trx_files[@]} -eq 0 ] && [ "$status" -ne 0 ]; then
  echo "No test results were written: the build or the test run failed before any test ran." >&2
fi
echo "tests: $passed passed, $failed failed"
if [ "$status" -eq 0 ] && [ "$gates" -ne 0 ]; then exit "$gates"; fi
exit $status
