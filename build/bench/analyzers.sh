#!/usr/bin/env bash
# Measures what the RT5xxx analyzers add to a compile: a library of 2,000 public members with its
# PublicAPI.Shipped.txt, tagged, then one fix commit, built with -p:ReportAnalyzer=true.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
work=${TMPDIR:-/tmp}/releasetasks-bench/analyzers
export NUGET_PACKAGES=$out/packages
rm -rf "$out/feed" "$NUGET_PACKAGES/releasetasks" "$work"
mkdir -p "$work/Lib"
pack_release_tasks "$out/feed" "$out/logs/analyzers-pack.log"

cd "$work"
printf '<configuration><packageSources><clear/><add key="local" value="%s"/><add key="nuget.org" value="https://api.nuget.org/v3/index.json"/></packageSources></configuration>\n' "$out/feed" > nuget.config
printf 'bin/\nobj/\n' > .gitignore
cat > Lib/Lib.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageReference Include="ReleaseTasks" Version="$version" PrivateAssets="all" /></ItemGroup>
</Project>
XML
python3 - <<'PY'
classes, per = 20, 100
code, api = ["namespace Lib\n{"], []
for c in range(classes):
    code.append(f"    public class Big{c}\n    {{")
    api += [f"Lib.Big{c}", f"Lib.Big{c}.Big{c}() -> void"]
    for m in range(per):
        code.append(f"        public int M{m}(int a, string b) => a + b.Length + {m};")
        api.append(f"Lib.Big{c}.M{m}(int a, string b) -> int")
    code.append("    }")
code.append("}")
open("Lib/Big.cs", "w").write("\n".join(code) + "\n")
open("Lib/PublicAPI.Shipped.txt", "w").write("\n".join(api) + "\n")
open("Lib/PublicAPI.Unshipped.txt", "w").write("")
PY
git init -q -b main && git add -A && git -c user.name=b -c user.email=b@b -c commit.gpgsign=false commit -qm "feat: big library" && git tag v1.0.0
echo "// a fix" >> Lib/Big.cs && git add -A && git -c user.name=b -c user.email=b@b -c commit.gpgsign=false commit -qm "fix: a fix"
dotnet restore Lib -nologo -v:q > /dev/null
dotnet build Lib --no-restore -nologo -v:d -p:ReportAnalyzer=true > "$out/analyzers.log"
grep -E "ReleaseTasks: [0-9]|Total analyzer execution time|ApiVersionAnalyzer|RT500" "$out/analyzers.log" | sed 's/^ */  /' | sort -u
