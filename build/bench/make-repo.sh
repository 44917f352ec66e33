#!/usr/bin/env bash
# Makes a synthetic git repository of N commits in seconds with git fast-import (the history is described in
# make-repo.py): Conventional Commits, a version tag every 500 commits, branch main, and the class library
# bench/Bench.csproj (net10.0), checked out so that it builds.
#
# Usage: bash build/bench/make-repo.sh [--commit-graph] [--maintained] [--feed DIR] <directory> <commits>
#   --commit-graph  also write .git/objects/info/commit-graph (git commit-graph write --reachable). Off by default:
#                   a fresh clone has none, so the default repository is the realistic one.
#   --maintained    a history shaped like a real project's: maintenance branches whose tags HEAD does not contain,
#                   and topics forked far back merged into main (make-repo.py; <commits> counts main's commits)
#   --feed DIR      the package feed listed in the repository's nuget.config (default: artifacts/bench/feed).
# The directory must not exist yet (or be empty).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
commit_graph=false
shape=
feed=$(cd "$here/../.." && pwd)/artifacts/bench/feed
while [ $# -gt 0 ]; do
  case "$1" in
    --commit-graph) commit_graph=true; shift ;;
    --feed) feed=$2; shift 2 ;;
    --maintained) shape=maintained; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "make-repo.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $# -ne 2 ]; then echo "usage: make-repo.sh [--commit-graph] [--feed DIR] <directory> <commits>" >&2; exit 2; fi
dir=$1
commits=$2
case "$commits" in ''|*[!0-9]*) echo "make-repo.sh: <commits> must be a number" >&2; exit 2 ;; esac
if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then echo "make-repo.sh: $dir exists and is not empty" >&2; exit 1; fi
mkdir -p "$feed"
feed=$(cd "$feed" && pwd)

git init -q -b main "$dir"
# Generation and import run as a pipeline (two processes, so both cores help).
python3 "$here/make-repo.py" "$commits" "$feed" $shape | git -C "$dir" fast-import --quiet
git -C "$dir" reset -q --hard main
if [ "$commit_graph" = true ]; then
  git -C "$dir" commit-graph write --reachable --no-progress
fi
