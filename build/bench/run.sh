#!/usr/bin/env bash
# Benchmarks ReleaseTasks inside real builds: synthetic repositories of 1k, 10k and 100k commits (git fast-import),
# the same class library built with and without the package, cold and no-op, counting the git processes started.
# Usage: bash build/bench/run.sh [sizes...]      (default: 1000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
out=$root/artifacts/bench
sizes=("${@:-1000 10000 100000}")
[ $# -eq 0 ] && sizes=(1000 10000 100000)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
export NUGET_PACKAGES=$out/packages

rm -rf "$out/feed" "$NUGET_PACKAGES/releasetasks"
# The repositories live outside this one, so its Directory.Build.props and central package versions never apply.
repos=${TMPDIR:-/tmp}/releasetasks-bench
mkdir -p "$out/feed" "$repos"
dotnet pack src/ReleaseTasks/ReleaseTasks.csproj -c Release -o "$out/feed" -nologo -v:q >/dev/null
version=$(basename "$(ls "$out"/feed/ReleaseTasks.*.nupkg | head -n 1)" .nupkg)
version=${version#ReleaseTasks.}

# A git that counts its own invocations.
counter=$out/git-calls.log
wrapper=$out/git-counting
printf '#!/bin/sh\necho "$*" >> "%s"\nexec git "$@"\n' "$counter" > "$wrapper"
chmod +x "$wrapper"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
# Milliseconds of a target or task in a -clp:PerformanceSummary log (0 when absent).
perf() { grep -E "^\s+[0-9]+ ms  $2 " "$1" | awk '{ s += $1 } END { print s + 0 }'; }
# The task's own time (its [detail] line): what ReleaseTasks' code costs, without loading the assembly.
inside() { grep -ho "process(es) started, [0-9.]* ms" "$1" | head -n 1 | grep -o "[0-9.]* ms" | cut -d" " -f1; }
timed() { local s e; s=$(ms); "$@" > /dev/null 2>&1; e=$(ms); echo $((e - s)); }

results=$out/results.md
{
  echo "ReleaseTasks $version, $(dotnet --version) SDK, $(git --version), $(nproc) cores. Milliseconds."
  echo
  echo "| commits | git describe | for-each-ref --merged | rev-list --count | build without | build with (cold) | GetReleaseVersion cold | inside the task cold | git processes cold | no-op build without | no-op build with | GetReleaseVersion no-op | inside the task no-op | git processes no-op | GetReleaseVersion no-op, reused node | inside the task, reused node |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$results"

for n in "${sizes[@]}"; do
  repo=$repos/r$n
  if [ ! -d "$repo/.git" ] || ! grep -q "$version" "$repo/bench/with/Bench.csproj"; then
    rm -rf "$repo"
    python3 build/bench/make-repo.py "$repo" "$n" "$version" "$out/feed"
  fi
  describe=$(timed git -C "$repo" describe --tags)
  merged=$(timed git -C "$repo" for-each-ref --merged HEAD refs/tags/)
  count=$(timed git -C "$repo" rev-list --count HEAD)

  for flavour in without with; do
    rm -rf "$repo/bench/$flavour/obj" "$repo/bench/$flavour/bin"
    dotnet restore "$repo/bench/$flavour" -nologo -v:q > /dev/null
  done
  # Warm the SDK once so the first measured build does not pay for it.
  dotnet build "$repo/bench/without" --no-restore -nologo -v:q > /dev/null
  rm -rf "$repo/bench/without/bin" "$repo/bench/without/obj/Debug"

  without=$(timed dotnet build "$repo/bench/without" --no-restore -nologo)
  without_noop=$(timed dotnet build "$repo/bench/without" --no-restore -nologo)

  rm -rf "$repo/bench/with/bin" "$repo/bench/with/obj/Debug" "$repo/bench/with/obj/ReleaseTasks.version.cache" "${TMPDIR:-/tmp}/ReleaseTasks"
  : > "$counter"
  s=$(ms)
  dotnet build "$repo/bench/with" --no-restore -nologo -clp:PerformanceSummary -v:d -p:ReleaseTasksGitPath="$wrapper" > "$out/cold-$n.log"
  with=$(( $(ms) - s ))
  cold_git=$(wc -l < "$counter")
  cold_target=$(perf "$out/cold-$n.log" GetReleaseVersion)
  cold_task=$(inside "$out/cold-$n.log")

  : > "$counter"
  s=$(ms)
  dotnet build "$repo/bench/with" --no-restore -nologo -clp:PerformanceSummary -v:d -p:ReleaseTasksGitPath="$wrapper" > "$out/noop-$n.log"
  with_noop=$(( $(ms) - s ))
  noop_git=$(wc -l < "$counter")
  noop_target=$(perf "$out/noop-$n.log" GetReleaseVersion)
  noop_task=$(inside "$out/noop-$n.log")

  # The same no-op build in a long-lived MSBuild (the MSBuild server, DOTNET_CLI_USE_MSBUILD_SERVER=1, as IDEs and
  # build servers keep one): the task is already loaded and compiled.
  MSBUILDDISABLENODEREUSE= DOTNET_CLI_USE_MSBUILD_SERVER=1 dotnet build "$repo/bench/with" --no-restore -nologo -nodeReuse:true -p:ReleaseTasksGitPath="$wrapper" > /dev/null
  : > "$counter"
  MSBUILDDISABLENODEREUSE= DOTNET_CLI_USE_MSBUILD_SERVER=1 dotnet build "$repo/bench/with" --no-restore -nologo -nodeReuse:true -clp:PerformanceSummary -v:d -p:ReleaseTasksGitPath="$wrapper" > "$out/warm-$n.log"
  warm_target=$(perf "$out/warm-$n.log" GetReleaseVersion)
  warm_task=$(inside "$out/warm-$n.log")
  dotnet build-server shutdown > /dev/null 2>&1 || true

  grep -h "ReleaseTasks: [0-9]" "$out/cold-$n.log" | head -n 1 | sed 's/^ */  /'
  echo "| $n | $describe | $merged | $count | $without | $with | $cold_target | $cold_task | $cold_git | $without_noop | $with_noop | $noop_target | $noop_task | $noop_git | $warm_target | $warm_task |" >> "$results"
done

echo
cat "$results"
