# Sourced by the benchmark scripts (run.sh, ci.sh, metrics.sh, analyzers.sh, monorepo.sh): the preamble they share.
# Moves to the repository root and sets root, out (artifacts/bench) and the SDK's quiet, no-node-reuse environment;
# defines the timing helpers, the packing of ReleaseTasks and the git wrapper that counts processes.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD
out=$root/artifacts/bench
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
real_git=$(command -v git)

ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%d\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
range() { local lo hi; lo=$(printf '%s\n' "$@" | sort -n | head -n 1); hi=$(printf '%s\n' "$@" | sort -n | tail -n 1); [ "$lo" = "$hi" ] && echo "$lo" || echo "$lo–$hi"; }
# Median milliseconds of a command run 5 times (its output discarded).
time_cmd() { local t=() i s; for i in 1 2 3 4 5; do s=$(ms); "$@" > /dev/null 2>&1 < /dev/null; t+=($(( $(ms) - s ))); done; median "${t[@]}"; }
# Milliseconds of a target or task in the -clp:PerformanceSummary of a log (0 when it did not run).
perf() {
  awk -v section="$2" -v name="$3" '
    /Performance Summary:/ { current = ($0 ~ /^ *Target Performance/) ? "target" : ($0 ~ /^ *Task Performance/) ? "task" : "other"; next }
    current == section && $2 == "ms" && $3 == name { sum += $1 }
    END { print sum + 0 }' "$1"
}

# Targets a restored package defines (its build/, buildTransitive/ and buildMultiTargeting/ files): their sum is its own time.
targets_of() {
  local id=$1 v=$2
  find "$NUGET_PACKAGES/$id/$v" \( -name '*.targets' -o -name '*.props' \) 2> /dev/null \
    | xargs -r grep -ho '<Target Name="[^"]*"' | sed 's/<Target Name="//; s/"$//' | sort -u | paste -sd' '
}
own_ms() {
  awk -v names=" $2 " '
    /Performance Summary:/ { on = ($0 ~ /^ *Target Performance/); next }
    on && $2 == "ms" && index(names, " " $3 " ") { sum += $1 }
    END { print sum + 0 }' "$1"
}

# pack_release_tasks FEED LOG [extra pack arguments]: packs src/ReleaseTasks as it is now (committed or not) into FEED,
# alone there, and sets version. The restored copy in $NUGET_PACKAGES is the caller's to remove.
pack_release_tasks() {
  local feed=$1 log=$2; shift 2
  mkdir -p "$feed" "$(dirname "$log")"
  rm -f "$feed"/ReleaseTasks.*.nupkg
  if ! dotnet pack "$root/src/ReleaseTasks" -c Release -o "$feed" -nologo -v:q "$@" > "$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "$(basename "$0"): dotnet pack failed (full log: $log)" >&2
    exit 1
  fi
  version=$(basename "$(ls "$feed"/ReleaseTasks.*.nupkg | head -n 1)" .nupkg)
  version=${version#ReleaseTasks.}
}

# git_wrapper DIR CALLS: writes DIR/git, which appends its directory and its arguments (quoted so that they can be
# replayed) to CALLS and execs the real git. Put DIR first on PATH for the builds only.
git_wrapper() {
  mkdir -p "$1"
  cat > "$1/git" <<SH
#!/usr/bin/env bash
printf '%s\t%s\n' "\$PWD" "\$(printf '%q ' "\$@")" >> "$2"
exec "$real_git" "\$@"
SH
  chmod +x "$1/git"
}
