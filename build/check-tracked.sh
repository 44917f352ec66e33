#!/usr/bin/env bash
# Fails when git tracks a build output: compiled assemblies, packages, or anything under bin/, obj/, artifacts/ or
# the task folder that exists only inside the package. A stale binary in the repository is loaded by whoever
# imports the targets from source, and never matches the code beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
outputs=$(git ls-files -z | tr '\0' '\n' | grep -E '(^|/)(bin|obj|artifacts|TestResults)/|^src/ReleaseTasks\.Tasks/tasks/|\.(dll|exe|pdb|nupkg|snupkg)$' || true)
if [ -n "$outputs" ]; then
  echo "Build outputs are tracked by git; remove them with 'git rm --cached' (they are ignored by .gitignore):" >&2
  echo "$outputs" >&2
  exit 1
fi
