#!/usr/bin/env bash
# The CI path, side by side in one run: a fresh clone, then a cold `dotnet build`, a no-op build and `dotnet pack`,
# for ReleaseTasks (as packed from src/ now), optionally ReleaseTasks as of an earlier commit, MinVer and
# Nerdbank.GitVersioning, on synthetic repositories, a synthetic history shaped like a real project's, and real
# histories given by path. Reports the milliseconds of each package's own targets (-clp:PerformanceSummary, every
# target the package's build files define), wall time, git processes started and peak memory; medians of the rounds,
# and `git describe --tags` on the same clones for scale. Writes artifacts/bench/ci-results.md.
#
# Usage: bash build/bench/ci.sh [--runs N] [--before REF] [--synthetic "1000 10000"] [--shaped N] [--real DIR]...
#   --runs N        rounds (default 5); each round clones every history afresh and empties the temporary and cache
#                   directories, and runs the tools in a rotating order
#   --before REF    also measure ReleaseTasks packed from that commit (git archive; version 0.0.1-before)
#   --synthetic     sizes of make-repo.sh repositories (default "1000 10000 100000"; "" for none)
#   --shaped N      a make-repo.sh --maintained repository of N main commits (default 10000; 0 for none)
#   --real DIR      a real repository to clone from (e.g. a clone of git/git kept outside this repository); repeatable
set -euo pipefail
source "$(dirname "$0")/lib.sh"
runs=5; before=; synthetic="1000 10000 100000"; shaped=10000; real=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --before) before=$2; shift 2 ;;
    --synthetic) synthetic=$2; shift 2 ;;
    --shaped) shaped=$2; shift 2 ;;
    --real) real+=("$(cd "$2" && pwd)"); shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "ci.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
minver=$(awk -F'\t' '$1 == "MinVer" { print $2 }' /work/.library/env/packages/nuget.tsv 2> /dev/null || true); minver=${minver:-6.0.0}
nbgv=$(awk -F'\t' '$1 == "Nerdbank.GitVersioning" { print $2 }' /work/.library/env/packages/nuget.tsv 2> /dev/null || true); nbgv=${nbgv:-3.10.94}

export NUGET_PACKAGES=$out/ci-packages
work=${CI_BENCH_WORK:-${TMPDIR:-/tmp}/releasetasks-ci-bench}
# The user cache of each round: under artifacts/, as a user's ~/.cache is; ReleaseTasks refuses one in a world-writable
# directory such as /tmp, and would then measure a build without it.
cache=$out/ci-bench-cache
logs=$out/ci-logs
mkdir -p "$out/ci-feed" "$NUGET_PACKAGES" "$logs" "$work"

# --- the packages ----------------------------------------------------------------------------------------------
pack_release_tasks "$out/ci-feed" "$logs/pack.log"
tools=(releasetasks minver nbgv)
if [ -n "$before" ]; then
  rm -rf "$work/before-src" && mkdir -p "$work/before-src"
  git archive "$before" | tar -x -C "$work/before-src"
  (cd "$work/before-src" && dotnet pack src/ReleaseTasks -c Release -o "$out/ci-feed" -nologo -v:q -p:Version=0.0.1-before) > "$logs/pack-before.log" 2>&1 \
    || { tail -n 30 "$logs/pack-before.log" >&2; exit 1; }
  tools=(releasetasks before minver nbgv)
fi
rm -rf "$NUGET_PACKAGES/releasetasks"
echo "ReleaseTasks $version${before:+, before = $before}, MinVer $minver, Nerdbank.GitVersioning $nbgv"

calls=$work/git-calls.log
git_wrapper "$work/git-wrapper" "$calls"

# --- the histories: a source per history, cloned afresh in every round -------------------------------------------
names=(); sources=()
for n in $synthetic; do
  repo=$out/repos/$n
  if ! [ -f "$repo/bench/Bench.csproj" ] || [ "$(git -C "$repo" rev-list --count HEAD)" != "$n" ]; then
    rm -rf "$repo"; bash build/bench/make-repo.sh --feed "$out/feed" "$repo" "$n"
  fi
  names+=("synthetic $n"); sources+=("$repo")
done
if [ "$shaped" != 0 ]; then
  repo=$out/repos/maintained-$shaped
  [ -f "$repo/bench/Bench.csproj" ] || { rm -rf "$repo"; bash build/bench/make-repo.sh --maintained --feed "$out/feed" "$repo" "$shaped"; }
  names+=("real-project-shaped $shaped"); sources+=("$repo")

fi
# One clone through the pack protocol per synthetic source: a single pack and no commit-graph, like a CI checkout;
# the rounds clone that locally (hard links, same objects). A real history is taken as it is: give a plain clone
# (no commit-graph, as `git clone` makes it).
for i in "${!sources[@]}"; do
  seed=$work/seed-$i
  if ! [ -d "$seed/.git" ]; then git clone -q --no-local --no-checkout "${sources[$i]}" "$seed"; fi
  sources[$i]=$seed
done
for r in "${real[@]}"; do
  [ -e "$r/.git/objects/info/commit-graph" ] && echo "ci.sh: warning: $r has a commit-graph file, which a fresh clone has not" >&2
  names+=("$(basename "$r")"); sources+=("$r")
done

# --- the bench projects, committed in each clone -------------------------------------------------------------------
add_projects() {
  local dir=$1/cibench t
  mkdir -p "$dir"
  printf '<Project />\n' > "$dir/Directory.Build.props"; printf '<Project />\n' > "$dir/Directory.Build.targets"
  printf '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n' > "$dir/Directory.Packages.props"
  printf 'root = true\n' > "$dir/.editorconfig"
  printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="ci" value="%s" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>\n' "$out/ci-feed" > "$dir/nuget.config"
  for t in "${tools[@]}"; do
    mkdir -p "$dir/$t"
    local ref props=""
    case $t in
      releasetasks) ref="<PackageReference Include=\"ReleaseTasks\" Version=\"$version\" PrivateAssets=\"all\" />" ;;
      before) ref='<PackageReference Include="ReleaseTasks" Version="0.0.1-before" PrivateAssets="all" />' ;;
      minver) ref="<PackageReference Include=\"MinVer\" Version=\"$minver\" PrivateAssets=\"all\" />"; props='<MinVerTagPrefix>v</MinVerTagPrefix>' ;;
      nbgv) ref="<PackageReference Include=\"Nerdbank.GitVersioning\" Version=\"$nbgv\" PrivateAssets=\"all\" />"
            printf '{ "version": "1.0-alpha" }\n' > "$dir/$t/version.json" ;;
    esac
    printf '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><TargetFramework>net10.0</TargetFramework><IsPackable>true</IsPackable>%s</PropertyGroup>\n  <ItemGroup>%s</ItemGroup>\n</Project>\n' "$props" "$ref" > "$dir/$t/Bench.csproj"
    printf 'namespace Bench;\npublic class Class1 { public int Value => 42; }\n' > "$dir/$t/Class1.cs"
  done
  git -C "$1" add -f cibench
  git -C "$1" -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false commit -q --no-verify -m "chore: bench projects"
}

# One command; sets wall (ms), peak (MB), procs (git processes).
run() {
  local log=$1; shift
  : > "$calls"
  local s; s=$(ms)
  if ! PATH=$work/git-wrapper:$PATH /usr/bin/time -f '%M' -o "$log.rss" "$@" -nologo -nodeReuse:false -v:n -clp:PerformanceSummary > "$log" 2>&1; then
    grep -E "error" "$log" | tail -n 10 >&2; echo "ci.sh: failed, see $log" >&2; exit 1
  fi
  wall=$(( $(ms) - s )); peak=$(( $(tail -n 1 "$log.rss") / 1024 )); procs=$(wc -l < "$calls")
}

# The table so far (written after every round, so a long run can be read before it ends).
report() {
  local done_rounds=$1
results=$out/ci-results.md
{
  echo "# CI path: fresh clone, cold build, no-op build, pack"
  echo
  echo "ReleaseTasks $version${before:+ (before: $before)}, MinVer $minver, Nerdbank.GitVersioning $nbgv; .NET SDK $(dotnet --version), $(git --version), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)."
  echo "Medians of $done_rounds rounds. ms = the package's own targets (PerformanceSummary); wall = the whole command; git = processes started; MB = peak RSS."
  echo
  echo "| history | git describe --tags | tool | cold ms | no-op ms | pack ms | cold wall | no-op wall | pack wall | git cold/no-op/pack | peak MB | cold ÷ describe | pack ÷ describe |"
  echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|"
  for i in "${!sources[@]}"; do
    d=$(median ${r[$i,describe]})
    for t in "${tools[@]}"; do
      m() { median ${r[$i,$t,$1,$2]}; }
      c=$(m cold own); p=$(m pack own)
      ratio() { awk -v a="$1" -v b="$d" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }'; }
      echo "| ${names[$i]} | $d | $t | $c | $(m noop own) | $p | $(m cold wall) | $(m noop wall) | $(m pack wall) | $(m cold git)/$(m noop git)/$(m pack git) | $(m cold mb) | $(ratio "$c") | $(ratio "$p") |"
    done
  done
  echo
  for i in "${!sources[@]}"; do for t in "${tools[@]}"; do echo "- ${names[$i]}, $t: \`${r[$i,$t,version]}\`"; done; done
} > "$results"

}

declare -A r=()
for round in $(seq 1 "$runs"); do
  for i in "${!sources[@]}"; do
    clone=$work/round-$i
    rm -rf "$clone" "$work/tmp" "$cache"; mkdir -p "$work/tmp" "$cache"
    git clone -q "${sources[$i]}" "$clone"
    add_projects "$clone"
    s=$(ms); git -C "$clone" describe --tags > /dev/null 2>&1 || true; r[$i,describe]+=" $(( $(ms) - s ))"
    n=${#tools[@]}
    for k in $(seq 0 $((n - 1))); do
      t=${tools[$(( (k + round) % n ))]}
      proj=$clone/cibench/$t/Bench.csproj
      for step in cold noop pack; do
        log=$logs/$t-$i-$round-$step.log
        if [ $step = pack ]; then verb=pack; else verb=build; fi
        TMPDIR=$work/tmp XDG_CACHE_HOME=$cache run "$log" dotnet $verb "$proj"
        case $t in releasetasks|before) id=releasetasks; v=$([ $t = before ] && echo 0.0.1-before || echo "$version") ;; minver) id=minver; v=$minver ;; nbgv) id=nerdbank.gitversioning; v=$nbgv ;; esac
        r[$i,$t,$step,own]+=" $(own_ms "$log" "$(targets_of $id $v)")"
        r[$i,$t,$step,wall]+=" $wall"; r[$i,$t,$step,git]+=" $procs"; r[$i,$t,$step,mb]+=" $peak"
      done
      r[$i,$t,version]=$(grep -ohE "(ReleaseTasks: [0-9][^ ]*|MinVer: Calculated version [^ .]*[^ ]*|NBGV[^ ]* [0-9][^ ]*)" "$logs/$t-$i-$round-cold.log" | head -n 1 || true)
    done
    echo "round $round: ${names[$i]} done"
  done
  report "$round"
done
cat "$out/ci-results.md"

