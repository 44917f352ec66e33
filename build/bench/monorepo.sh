#!/usr/bin/env bash
# A monorepo on the CI path: a generated repository of --projects projects (make-monorepo.py: components with their own
# tag prefix, most with a path filter, multi-targeted projects, a few thousand commits, tags per prefix), cloned afresh
# with empty temporary and cache directories, then `dotnet build -m -c Release` (cold), the same again (no-op) and
# `dotnet pack -m -c Release` (as a CI job: the pack builds nothing again, so it shows what packing costs).
# Reports per command: git processes (total, per distinct versioning setting, and how many version computations:
# `for-each-ref refs/tags/` calls), the milliseconds of every target the package defines (PerformanceSummary, summed
# over projects and nodes) and of its tasks, wall time, and peak memory of the MSBuild processes (sum of the resident
# sets of the build's process tree, sampled every 200 ms; VBCSCompiler, shared with other builds, left out).
# Writes artifacts/bench/monorepo.md; the logs are under artifacts/bench/monorepo-logs/.
#
# Usage: bash build/bench/monorepo.sh [--projects 200] [--commits 3000] [--runs 1] [--no-pack]
#   --projects N   projects in the repository (default 200); N/20 per component, 8 components, the rest under libs/
#   --commits N    commits of the history (default 3000)
#   --runs N       rounds, each from a fresh clone (default 1: a 200-project round loads 2 cores for minutes)
#   --no-pack      use the package already in artifacts/bench/feed
set -euo pipefail
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
# The compiler server, as on a user's machine (some CI images turn it off through the environment; then each of the
# hundreds of compiles starts a compiler of its own and the build is all compiler start-up).
unset UseSharedCompilation

projects=200; commits=3000; runs=1; pack=true
while [ $# -gt 0 ]; do
  case "$1" in
    --projects) projects=$2; shift 2 ;;
    --commits) commits=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-pack) pack=false; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "monorepo.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

export NUGET_PACKAGES=$out/packages
work=${MONOREPO_BENCH_WORK:-${TMPDIR:-/tmp}/releasetasks-monorepo-bench}
logs=$out/monorepo-logs
# The user cache directory (the version file the other MSBuild nodes read) as a user's ~/.cache: not under a world-
# writable directory such as /tmp, where ReleaseTasks refuses it (docs/design.md, "Caches and their trust").
cache=$out/monorepo-cache
mkdir -p "$out/feed" "$out/repos" "$NUGET_PACKAGES" "$logs" "$work"

if [ "$pack" = true ]; then
  echo "Packing ReleaseTasks into $out/feed ..."
  pack_release_tasks "$out/feed" "$logs/pack.log"
  rm -rf "$NUGET_PACKAGES/releasetasks"
fi
version=$(basename "$(ls "$out"/feed/ReleaseTasks.*.nupkg | head -n 1)" .nupkg); version=${version#ReleaseTasks.}
echo "ReleaseTasks $version"

calls=$work/git-calls.log
git_wrapper "$work/git-wrapper" "$calls"

# --- the repository, made once; every round clones it afresh ------------------------------------------------------
repo=$out/repos/monorepo-$projects-$commits
if ! [ -f "$repo/mono.slnx" ]; then
  rm -rf "$repo"; git init -q -b main "$repo"
  python3 build/bench/make-monorepo.py "$projects" "$commits" "$out/feed" | git -C "$repo" fast-import --quiet
  git -C "$repo" reset -q --hard main
fi
# Through the pack protocol once: one pack and no commit-graph, like a CI checkout; rounds clone this locally.
seed=$work/seed-$projects-$commits
[ -d "$seed/.git" ] || git clone -q --no-local --no-checkout "$repo" "$seed"
settings=$(cut -f2 "$repo/bench-settings.tsv" | sort -u | wc -l)
multi=$(grep -l '<TargetFrameworks>' -r "$repo" --include='*.csproj' | wc -l)
tagcount=$(git -C "$repo" tag | wc -l)
echo "$projects projects ($multi multi-targeted), $(git -C "$repo" rev-list --count HEAD) commits, $tagcount tags, $settings distinct versioning settings"

# Peak of the summed resident sets of a process tree (MSBuild's main process and its nodes), in MB.
sample_tree() {
  local top=$1 file=$2 peak=0 now
  while kill -0 "$top" 2> /dev/null; do
    now=$(ps -e -o pid=,ppid=,rss=,comm=,args= | awk -v top="$top" '
      { parent[$1] = $2; rss[$1] = $3; shared[$1] = ($0 ~ /VBCSCompiler/) }
      END { for (p in parent) { q = p; while (q != "" && q != top && q != 1 && q != 0) q = parent[q]; if (q == top && !shared[p]) sum += rss[p] } print int(sum / 1024) }')
    [ "$now" -gt "$peak" ] && peak=$now
    echo "$peak" > "$file"
    sleep 0.2
  done
}
# One dotnet command in directory $2; sets wall (ms), peak (MB); keeps the git calls beside the log.
run() {
  local log=$1 dir=$2; shift 2
  : > "$calls"
  local s pid sampler; s=$(ms)
  (cd "$dir" && PATH=$work/git-wrapper:$PATH exec "$@" -nologo -nodeReuse:false -v:n -clp:PerformanceSummary -p:BenchReleaseTasksVersion="$version") > "$log" 2>&1 &
  pid=$!
  sample_tree "$pid" "$log.rss" &
  sampler=$!
  if ! wait "$pid"; then grep -E "error" "$log" | sort -u | tail -n 10 >&2; echo "monorepo.sh: failed, see $log" >&2; exit 1; fi
  wall=$(( $(ms) - s ))
  wait "$sampler" || true
  peak=$(cat "$log.rss" 2> /dev/null || echo 0)
  cp "$calls" "$log.git"
}
# Git processes of the last command by versioning setting (the project each one ran in): "setting<TAB>processes<TAB>computations".
by_setting() {
  awk -F'\t' -v root="$1/" '
    FNR == NR { setting[$1] = $2; next }
    { dir = substr($1, length(root) + 1); s = (dir in setting) ? setting[dir] : "(elsewhere: " dir ")"
      n[s]++; if ($2 ~ /for-each-ref/ && $2 ~ /refs\/tags\/ / && $2 !~ /--merged/) c[s]++ }
    END { for (s in n) printf "%s\t%d\t%d\n", s, n[s], c[s] + 0 }' "$repo/bench-settings.tsv" "$2" | sort
}
# The git subcommands of the last command, counted ("12 log, 9 for-each-ref").
subcommands() {
  awk -F'\t' '{ n = split($2, a, " "); for (i = 1; i <= n; i++) { if (a[i] == "-c") { i++; continue } if (a[i] ~ /^-/) continue; c[a[i]]++; break } }
    END { for (k in c) printf "%d %s\n", c[k], k }' "$1" | sort -rn | paste -sd, | sed 's/,/, /g'
}
# The package's targets and tasks in a log, "name ms" per line, largest first.
package_items() {
  local section=$1 names=$2
  awk -v names=" $names " -v section="$section" '
    /Performance Summary:/ { on = ($0 ~ "^ *" section " Performance"); next }
    on && $2 == "ms" && index(names, " " $3 " ") { ms[$3] += $1; calls[$3] += $4 }
    END { for (k in ms) printf "%s %d %d\n", k, ms[k], calls[k] }' "$3" | sort -k2 -rn
}

targets=""; tasks=""
declare -A r=()
steps=(cold noop pack)
for round in $(seq 1 "$runs"); do
  clone=$work/round
  rm -rf "$clone" "$work/tmp" "$cache"; mkdir -p "$work/tmp" "$cache"
  git clone -q "$seed" "$clone"
  s=$(ms); git -C "$clone" describe --tags > /dev/null 2>&1 || true; r[describe]+=" $(( $(ms) - s ))"
  for step in "${steps[@]}"; do
    log=$logs/$step-$round.log
    if [ $step = pack ]; then verb=pack; else verb=build; fi
    TMPDIR=$work/tmp XDG_CACHE_HOME=$cache run "$log" "$clone" dotnet $verb mono.slnx -m -c Release
    [ -n "$targets" ] || targets=$(targets_of releasetasks "$version")
    [ -n "$tasks" ] || tasks=$(find "$NUGET_PACKAGES/releasetasks/$version" -name '*.targets' | xargs grep -ho 'TaskName="ReleaseTasks.Tasks.[A-Za-z]*"' | sed 's/.*\.//; s/"$//' | sort -u | paste -sd' ')
    r[$step,own]+=" $(own_ms "$log" "$targets")"
    r[$step,git]+=" $(wc -l < "$log.git")"
    r[$step,computations]+=" $(by_setting "$clone" "$log.git" | awk -F'\t' '{ c += $3 } END { print c + 0 }')"
    r[$step,wall]+=" $wall"; r[$step,mb]+=" $peak"
    echo "  $step: $wall ms, $(wc -l < "$log.git") git processes"
  done
  echo "round $round done"
done

last=$runs
{
  echo "# Monorepo: fresh clone, dotnet build -m (cold), again (no-op), dotnet pack -m"
  echo
  echo "ReleaseTasks $version, .NET SDK $(dotnet --version), $(git --version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u +%Y-%m-%dT%H:%MZ)."
  echo "$projects projects ($multi multi-targeted), $(git -C "$repo" rev-list --count HEAD) commits, $tagcount tags, $settings distinct versioning settings (tag prefix + path filter); \`git describe --tags\` $(median ${r[describe]}) ms. Medians of $runs round(s)."
  echo
  echo "| command | wall ms | own ms (all package targets) | git processes | version computations | peak MB (MSBuild processes) |"
  echo "|---|---:|---:|---:|---:|---:|"
  for step in "${steps[@]}"; do
    case $step in cold) what='`dotnet build -m` (cold)' ;; noop) what='`dotnet build -m` (no-op)' ;; pack) what='`dotnet pack -m`' ;; esac
    echo "| $what | $(median ${r[$step,wall]}) | $(median ${r[$step,own]}) | $(median ${r[$step,git]}) | $(median ${r[$step,computations]}) | $(median ${r[$step,mb]}) |"
  done
  echo
  echo "Git processes per versioning setting (round $last; computations = \`for-each-ref refs/tags/\` calls, one per version computed from git):"
  echo
  echo "| setting | projects | cold processes | cold computations | no-op processes | pack processes | pack computations |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' -v root="$work/round/" '
    FILENAME == ARGV[1] { setting[$1] = $2; if (!($2 in projects)) order[++n] = $2; projects[$2]++; next }
    { dir = substr($1, length(root) + 1); s = (dir in setting) ? setting[dir] : "(elsewhere)"
      if (!(s in projects)) { order[++n] = s; projects[s] = 0 }
      p[FILENAME, s]++; if ($2 ~ /for-each-ref/ && $2 ~ /refs\/tags\/ / && $2 !~ /--merged/) c[FILENAME, s]++ }
    END { for (i = 1; i <= n; i++) { s = order[i]
            printf "| %s | %d | %d | %d | %d | %d | %d |\n", s, projects[s], p[ARGV[2], s], c[ARGV[2], s], p[ARGV[3], s], p[ARGV[4], s], c[ARGV[4], s] } }' \
    "$repo/bench-settings.tsv" "$logs/cold-$last.log.git" "$logs/noop-$last.log.git" "$logs/pack-$last.log.git"
  echo
  for step in "${steps[@]}"; do
    echo "- $step: git $(subcommands "$logs/$step-$last.log.git")"
    echo "  - targets (ms, calls): $(package_items Target "$targets" "$logs/$step-$last.log" | awk '$2 > 0 { printf "%s %d (%d), ", $1, $2, $3 }' | sed 's/, $//')"
    echo "  - tasks (ms, calls): $(package_items Task "$tasks" "$logs/$step-$last.log" | awk '{ printf "%s %d (%d), ", $1, $2, $3 }' | sed 's/, $//')"
  done
  echo "- versions of the cold build (projects × target frameworks): $(grep -ohE "ReleaseTasks: [0-9][^ ]* \([^)]*\)" "$logs/cold-$last.log" | sort | uniq -c | sort -rn | sed 's/^ *//' | head -n 12 | paste -sd';' | sed 's/;/; /g')"
} > "$out/monorepo.md"
cat "$out/monorepo.md"
