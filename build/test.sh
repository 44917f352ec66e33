#!/usr/bin/env bash
# Runs every test of the repository (Core unit tests and end-to-end tests that pack the package and build real
# projects in real git repositories), then Core's and the end-to-end tests again under a hostile git configuration,
# then prints one line counted from the TRX results of both passes:
#   tests: N passed, N failed
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

dotnet restore ReleaseTasks.sln
set +e
# The package as a user gets it, packed once for both passes below (the end-to-end tests pack it themselves
# when this fails, and fail the same way).
feed="$PWD/artifacts/test-feed"
rm -rf "$feed"
# One NuGet packages folder for the end-to-end tests of both passes, emptied here so it never holds an older package.
export RELEASETASKS_TEST_PACKAGES="$PWD/artifacts/test-packages"
rm -rf "$RELEASETASKS_TEST_PACKAGES"
if dotnet pack src/ReleaseTasks/ReleaseTasks.csproj -c Release --no-restore -o "$feed" -nodeReuse:false; then
  export RELEASETASKS_TEST_FEED="$feed"
fi

dotnet test ReleaseTasks.sln -c Release --no-restore --logger trx --results-directory "$results" \
  --collect:"XPlat Code Coverage" "$@"
status=$?

# The same tests again, with a hostile git configuration (tests/fixtures/git/hostile.gitconfig) as the global one of
# every build and every git process the code under test starts: results must not change.
# Both projects at once, as the first pass runs them: the end-to-end tests alone leave a core idle much of the time.
export RELEASETASKS_TEST_GIT_CONFIG="$PWD/tests/fixtures/git/hostile.gitconfig"
pids=()
for project in tests/ReleaseTasks.Core.Tests tests/ReleaseTasks.EndToEnd.Tests; do
  dotnet test "$project" -c Release --no-build --logger "trx;LogFilePrefix=hostile" --results-directory "$results/hostile" "$@" \
    > "$results/hostile-$(basename "$project").log" 2>&1 &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid"
  hostile=$?
  if [ "$status" -eq 0 ]; then status=$hostile; fi
done
cat "$results"/hostile-*.log
unset RELEASETASKS_TEST_GIT_CONFIG

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
# The end-to-end builds use the compiler server, as a user's builds do: stop it rather than leave it to its timeout.
dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1
set -e

passed=0
failed=0
shopt -s nullglob
trx_files=("$results"/*.trx "$results"/hostile/*.trx)
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
