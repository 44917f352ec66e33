#!/usr/bin/env bash
# Benchmarks ReleaseTasks inside real builds. Packs the package once into artifacts/bench/feed, makes (or reuses)
# synthetic repositories of 1k, 10k and 100k commits under artifacts/bench/repos (make-repo.sh), and for each one
# builds the same class library without and with the package: a cold build (obj/ and bin/ deleted) and a no-op
# build right after it. It reports the milliseconds of ReleaseTasks' target and task (-clp:PerformanceSummary),
# whole-build wall times, the git processes each build really started (a `git` wrapper first on PATH counts them),
# and, for reference, three plain git commands on each repository. Writes artifacts/bench/results.md
# (results-commit-graph.md with --commit-graph).
#
# Usage: bash build/bench/run.sh [--runs N] [--commit-graph] [commits ...]
#   --runs N          measured repetitions of each build; the table shows medians (default 5)
#   --commit-graph    use repositories with a commit-graph file (make-repo.sh --commit-graph), kept apart
#                     under artifacts/bench/repos/<N>-commit-graph. Off by default: realistic clones have none.
#   commits           repository sizes (default: 1000 10000 100000)
# Everything runs one after the other (never in parallel); run it on an otherwise quiet machine.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

runs=5
commit_graph=false
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --commit-graph) commit_graph=true; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)

# A packages folder of the benchmark's own, so the freshly packed package is the one restored.
export NUGET_PACKAGES=$out/packages
# A temporary directory and a user cache directory of the benchmark's own: the task keeps its shared version cache
# (for the other nodes of a parallel build) under $XDG_CACHE_HOME/ReleaseTasks; a cold build deletes it, and
# nobody else's builds on the machine share it.
export TMPDIR=$out/tmp
export XDG_CACHE_HOME=$out/cache
logs=$out/logs
mkdir -p "$out/feed" "$out/repos" "$NUGET_PACKAGES" "$TMPDIR" "$XDG_CACHE_HOME" "$logs"
# --- the package -------------------------------------------------------------------------------------------
echo "Packing ReleaseTasks into $out/feed ..."
pack_release_tasks "$out/feed" "$logs/pack.log"
rm -rf "$NUGET_PACKAGES/releasetasks"
echo "Packed ReleaseTasks $version"

# --- a git that counts its own starts ------------------------------------------------------------------------
# First on PATH for the builds: every process that runs `git` through PATH goes through it. One line per start:
# the directory and the arguments, quoted so that they can be replayed.
calls=$out/git-calls.log
git_wrapper "$out/git-wrapper" "$calls"
counted_path=$out/git-wrapper:$PATH

# One build of bench/Bench.csproj; prints its wall-clock milliseconds. $1 = log file, $2 = without|with.
build() {
  local log=$1 flavour=$2 extra=() s e
  [ "$flavour" = with ] && extra=(-p:BenchReleaseTasksVersion="$version")
  : > "$calls"
  s=$(ms)
  if ! PATH=$counted_path dotnet build "$repo/bench/Bench.csproj" -nologo -nodeReuse:false -v:n -clp:PerformanceSummary \
      "-flp:Verbosity=detailed;LogFile=$log.detailed" "${extra[@]}" > "$log" 2>&1; then
    grep -E "error|Error" "$log" | tail -n 20 >&2
    echo "run.sh: build failed, see $log" >&2
    exit 1
  fi
  e=$(ms)
  echo $((e - s))
}
# The arguments as logged by the wrapper (printf %q), shown shell-style with commit ids shortened.
readable() {
  local a=() x shown=()
  eval "a=($1)"
  for x in "${a[@]}"; do
    x=$(sed -E 's/\b([0-9a-f]{12})[0-9a-f]{28}\b/\1/g' <<< "$x")
    if [[ $x =~ ^[A-Za-z0-9_./=:+,@-]+$ ]]; then shown+=("$x"); else shown+=("'$x'"); fi
  done
  echo "${shown[*]}"
}
clean() { rm -rf "$repo/bench/obj" "$repo/bench/bin" "$TMPDIR/ReleaseTasks" "$XDG_CACHE_HOME/ReleaseTasks"; }

results=$out/results.md
[ "$commit_graph" = true ] && results=$out/results-commit-graph.md
table=()
notes=()
for n in "${sizes[@]}"; do
  name=$n
  [ "$commit_graph" = true ] && name=$n-commit-graph
  repo=$out/repos/$name
  if [ -d "$repo/.git" ] && [ "$(git -C "$repo" rev-list --count HEAD 2> /dev/null)" = "$n" ] && [ -f "$repo/bench/Bench.csproj" ]; then
    echo "== $name commits: reusing $repo"
  else
    rm -rf "$repo"
    s=$(ms)
    flags=()
    [ "$commit_graph" = true ] && flags=(--commit-graph)
    bash build/bench/make-repo.sh "${flags[@]}" --feed "$out/feed" "$repo" "$n"
    made=$(( $(ms) - s ))
    echo "== $name commits: made $repo in $made ms"
    notes+=("- $name commits: repository generated in $made ms (git fast-import).")
  fi

  describe=$(time_cmd git -C "$repo" describe --tags)
  merged=$(time_cmd git -C "$repo" for-each-ref --merged HEAD refs/tags)
  count=$(time_cmd git -C "$repo" rev-list --count HEAD)

  # Warm-up, not measured: restores each flavour once (the first restore of the package extracts it) and brings
  # the SDK and the repository into the file cache.
  for flavour in without with; do
    clean
    build "$logs/warmup-$name-$flavour.log" "$flavour" > /dev/null
  done

  declare -A t=()
  for r in $(seq 1 "$runs"); do
    for flavour in without with; do
      clean
      t[cold_$flavour]+=" $(build "$logs/cold-$name-$flavour-$r.log" "$flavour")"
      t[cold_git_$flavour]+=" $(wc -l < "$calls")"
      [ "$flavour" = with ] && cp "$calls" "$logs/git-calls-cold-$name.log"
      t[noop_$flavour]+=" $(build "$logs/noop-$name-$flavour-$r.log" "$flavour")"
      t[noop_git_$flavour]+=" $(wc -l < "$calls")"
    done
    for flavour in without with; do
      for task in RestoreTask ResolvePackageAssets Csc; do
        t[cold_${task}_$flavour]+=" $(perf "$logs/cold-$name-$flavour-$r.log" task $task)"
      done
    done
    t[cold_target]+=" $(perf "$logs/cold-$name-with-$r.log" target GetReleaseVersion)"
    t[cold_task]+=" $(perf "$logs/cold-$name-with-$r.log" task ComputeReleaseVersion)"
    t[noop_target]+=" $(perf "$logs/noop-$name-with-$r.log" target GetReleaseVersion)"
    t[noop_task]+=" $(perf "$logs/noop-$name-with-$r.log" task ComputeReleaseVersion)"
  done
  m() { median ${t[$1]}; }
  cold_without=$(m cold_without); cold_with=$(m cold_with)
  noop_without=$(m noop_without); noop_with=$(m noop_with)
  table+=("| $n | $describe | $merged | $count | $cold_without | $cold_with | $((cold_with - cold_without)) | $(m cold_target) | $(m cold_task) | $(range ${t[cold_git_with]}) | $noop_without | $noop_with | $((noop_with - noop_without)) | $(m noop_target) | $(m noop_task) | $(range ${t[noop_git_with]}) |")

  # What the task said about itself, and the git calls of the last cold build, each replayed and timed.
  last=$logs/cold-$name-with-$runs.log
  said=$(grep -h -m 1 -E "ReleaseTasks: [0-9]" "$last" | sed 's/^ *//')
  cold_detail=$(grep -h -m 1 "ReleaseTasks: \[detail\]" "$last.detailed" | sed 's/^ *ReleaseTasks: \[detail\] //')
  noop_detail=$(grep -h -m 1 "ReleaseTasks: \[detail\]" "$logs/noop-$name-with-$runs.log.detailed" | sed 's/^ *ReleaseTasks: \[detail\] //')
  notes+=("- $name commits: \`$said\`; the task's own account: cold \"$cold_detail\", no-op \"$noop_detail\"; builds without the package started $(range ${t[cold_git_without]} ${t[noop_git_without]}) git process(es).")
  breakdown=""
  for task in RestoreTask ResolvePackageAssets Csc; do
    breakdown+="$task $(m cold_${task}_without) → $(m cold_${task}_with), "
  done
  notes+=("  - where the cold Δ goes (task ms, without → with): ${breakdown}ComputeReleaseVersion $(m cold_task).")
  while IFS=$'\t' read -r dir args; do
    [ -n "$args" ] || continue
    took=$(cd "$dir" && time_cmd eval "\"$real_git\" $args")
    notes+=("  - the cold build ran \`git $(readable "$args")\`: $took ms when replayed")
  done < "$logs/git-calls-cold-$name.log"
  unset t
  echo "   done: cold $cold_without → $cold_with ms, no-op $noop_without → $noop_with ms"
done

{
  echo "# ReleaseTasks build benchmark"
  echo
  echo "ReleaseTasks $version, .NET SDK $(dotnet --version), $(git --version), $(nproc) cores, $(uname -sr)," \
       "$(date -u +%Y-%m-%dT%H:%MZ). Milliseconds; builds are medians of $runs runs, git commands medians of 5."
  [ "$commit_graph" = true ] && echo "Repositories with a commit-graph file (make-repo.sh --commit-graph)."
  echo
  echo "| commits | git describe --tags | git for-each-ref --merged HEAD refs/tags | git rev-list --count HEAD | cold build without | cold build with | cold Δ | cold GetReleaseVersion | cold ComputeReleaseVersion | cold git processes | no-op build without | no-op build with | no-op Δ | no-op GetReleaseVersion | no-op ComputeReleaseVersion | no-op git processes |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${table[@]}"
  echo
  printf '%s\n' "${notes[@]}"
} > "$results"
echo
cat "$results"
