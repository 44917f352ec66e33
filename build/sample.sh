#!/usr/bin/env bash
# The main job: packs ReleaseTasks into artifacts/feed, then builds, tests and packs the samples against it (and
# builds and tests samples/CentralPackages, which gets it from a GlobalPackageReference),
# showing the version each one computed from this repository's git history and the release notes it packed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

rm -rf artifacts/feed artifacts/samples
dotnet pack src/ReleaseTasks/ReleaseTasks.csproj -c Release -o artifacts/feed -nologo -v:q
package=$(ls artifacts/feed/ReleaseTasks.*.nupkg | head -n 1)
version=$(basename "$package" .nupkg)
version=${version#ReleaseTasks.}
echo "Packed $package"

# A packages folder of the samples' own, emptied of earlier ReleaseTasks builds, so they restore this one.
export NUGET_PACKAGES="$PWD/artifacts/sample-packages"
rm -rf "$NUGET_PACKAGES/releasetasks"

echo
echo "== Building the samples (the 'ReleaseTasks:' lines say which version and why) =="
dotnet build samples/Samples.sln -c Release -nologo -v:n -p:ReleaseTasksSampleVersion="$version" | grep -E "ReleaseTasks: |warning RT[0-9]+|error [A-Z]+[0-9]+:" | sed "s/^ */  /" | sort -u || true

echo
echo "== samples/CentralPackages: ReleaseTasks once for every project, a GlobalPackageReference as the README shows =="
dotnet build samples/CentralPackages/CentralPackages.slnx -c Release -nologo -v:n -p:ReleaseTasksSampleVersion="$version" | grep -E "ReleaseTasks: |warning RT[0-9]+|error [A-Z]+[0-9]+:" | sed "s/^ */  /" | sort -u || true
dotnet test samples/CentralPackages/CentralPackages.slnx -c Release --no-build -nologo -v:q -p:ReleaseTasksSampleVersion="$version"

echo
echo "== Version properties of samples/Greeting =="
dotnet msbuild samples/Greeting/Greeting.csproj -nologo -t:GetReleaseVersion -p:ReleaseTasksSampleVersion="$version" \
  -getProperty:Version -getProperty:InformationalVersion -getProperty:AssemblyVersion -getProperty:FileVersion \
  -getProperty:ReleaseTasksPreviousVersion -getProperty:ReleaseTasksHeight -getProperty:ReleaseTasksBranch

echo
echo "== Testing and packing the samples =="
dotnet test samples/Samples.sln -c Release --no-build -nologo -v:q -p:ReleaseTasksSampleVersion="$version"
dotnet pack samples/Samples.sln -c Release --no-build -nologo -v:q -o artifacts/samples -p:ReleaseTasksSampleVersion="$version"
ls artifacts/samples

echo
echo "== Release notes packed into Samples.Greeting (samples/Greeting/obj/ReleaseNotes.md) =="
cat samples/Greeting/obj/ReleaseNotes.md
