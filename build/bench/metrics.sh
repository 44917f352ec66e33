#!/usr/bin/env bash
# Benchmarks the ReleaseMetrics target (dotnet msbuild -t:ReleaseMetrics) on synthetic repositories made by
# make-repo.sh (default: 100k commits, 199 release tags). Packs the package into artifacts/bench/feed (like run.sh),
# restores the bench project once, runs the target once to warm up, then --runs times, each in a fresh MSBuild process
# (-nodeReuse:false). Reports medians of: the whole command's wall time, the target and the task from
# -clp:PerformanceSummary, the git processes started (a `git` wrapper first on PATH counts them), and for reference the
# main git call alone (`git log` of the whole history in the task's format). Writes artifacts/bench/metrics.md.
#
# Usage: bash build/bench/metrics.sh [--runs N] [--no-pack] [commits ...]
#   --runs N     measured repetitions (default 5)
#   --no-pack    use the package already in artifacts/bench/feed
#   commits      repository sizes (default: 100000)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

runs=5
pack=true
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --no-pack) pack=false; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "metrics.sh: unknown option $1" >&2; exit 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -eq 0 ] && sizes=(100000)

export NUGET_PACKAGES=$out/packages TMPDIR=$out/tmp XDG_CACHE_HOME=$out/cache
logs=$out/logs
mkdir -p "$out/feed" "$out/repos" "$NUGET_PACKAGES" "$TMPDIR" "$XDG_CACHE_HOME" "$logs"

if [ "$pack" = true ]; then
  echo "Packing ReleaseTasks into $out/feed ..."
  pack_release_tasks "$out/feed" "$logs/metrics-pack.log"
  rm -rf "$NUGET_PACKAGES/releasetasks"
fi
version=$(basename "$(ls "$out"/feed/ReleaseTasks.*.nupkg | head -n 1)" .nupkg)
version=${version#ReleaseTasks.}
echo "ReleaseTasks $version"

calls=$out/git-calls-metrics.log
git_wrapper "$out/git-wrapper-metrics" "$calls"

table=()
for n in "${sizes[@]}"; do
  repo=$out/repos/$n
  if [ -d "$repo/.git" ] && [ "$(git -C "$repo" rev-list --count HEAD 2> /dev/null)" = "$n" ] && [ -f "$repo/bench/Bench.csproj" ]; then
    echo "== $n commits: reusing $repo"
  else
    rm -rf "$repo"
    bash build/bench/make-repo.sh --feed "$out/feed" "$repo" "$n"
  fi
  project=$repo/bench/Bench.csproj
  tags=$(git -C "$repo" tag -l | grep -cE '^v[0-9]')
  reference=$(time_cmd git -C "$repo" log -z --format=%H%x00%ct%x00%P%x00%B HEAD)

  dotnet msbuild "$project" -nologo -t:Restore -p:BenchReleaseTasksVersion="$version" > "$logs/metrics-restore-$n.log" 2>&1
  run() {
    local log=$1 s
    : > "$calls"
    s=$(ms)
    if ! PATH=$out/git-wrapper-metrics:$PATH dotnet msbuild "$project" -nologo -nodeReuse:false -v:n -t:ReleaseMetrics \
        -p:BenchReleaseTasksVersion="$version" -p:ReleaseTasksMetricsMonths=0 -clp:PerformanceSummary > "$log" 2>&1; then
      tail -n 20 "$log" >&2
      echo "metrics.sh: ReleaseMetrics failed, see $log" >&2
      exit 1
    fi
    echo $(( $(ms) - s ))
  }
  run "$logs/metrics-warmup-$n.log" > /dev/null
  wall=() target=() task=() git=()
  for r in $(seq 1 "$runs"); do
    log=$logs/metrics-$n-$r.log
    wall+=("$(run "$log")")
    target+=("$(perf "$log" target ReleaseMetrics)")
    task+=("$(perf "$log" task WriteReleaseMetrics)")
    git+=("$(wc -l < "$calls")")
  done
  said=$(grep -h -m 1 "ReleaseTasks: release metrics" "$log" | sed 's/^ *//')
  table+=("| $n | $tags | $reference | $(median "${wall[@]}") | $(median "${target[@]}") | $(median "${task[@]}") | $(range "${git[@]}") |")
  echo "   $n commits: ReleaseMetrics ${target[*]} ms; $said"
done

{
  echo "# ReleaseMetrics benchmark"
  echo
  echo "ReleaseTasks $version, .NET SDK $(dotnet --version), $(git --version), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)."
  echo "Milliseconds, medians of $runs runs (git log: of 5); ReleaseTasksMetricsMonths=0 (the whole history)."
  echo
  echo "| commits | release tags | git log of the whole history (reference) | dotnet msbuild -t:ReleaseMetrics (wall) | ReleaseMetrics target | WriteReleaseMetrics task | git processes |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${table[@]}"
} | tee "$out/metrics.md"
