#!/usr/bin/env python3
"""Makes a synthetic repository of N commits in seconds with git fast-import: Conventional Commit messages,
version tags every 500 commits (some pre-release, some annotated), and a class library committed first,
in two flavours sharing one source file: bench/with (references ReleaseTasks) and bench/without."""
import os, subprocess, sys

def main(path, n, package_version, feed):
    os.makedirs(path, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", path], check=True)
    files = {
        "bench/Class1.cs": "namespace Bench\n{\n    public class Class1 { public int Value => 42; }\n}\n",
        "bench/with/Bench.csproj": f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><AssemblyName>Bench</AssemblyName></PropertyGroup>
  <ItemGroup><Compile Include="../Class1.cs" /></ItemGroup>
  <ItemGroup><PackageReference Include="ReleaseTasks" Version="{package_version}" PrivateAssets="all" /></ItemGroup>
</Project>
""",
        "bench/without/Bench.csproj": """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><AssemblyName>Bench</AssemblyName></PropertyGroup>
  <ItemGroup><Compile Include="../Class1.cs" /></ItemGroup>
</Project>
""",
        "nuget.config": f"""<configuration><packageSources><clear/><add key="local" value="{feed}"/><add key="nuget.org" value="https://api.nuget.org/v3/index.json"/></packageSources></configuration>
""",
        ".gitignore": "bin/\nobj/\n",
    }
    types = ["feat", "fix", "fix(core)", "chore", "docs", "perf", "refactor", "feat(api)", "test", "ci"]
    out = []
    def data(text):
        b = text.encode()
        out.append(b"data %d\n" % len(b) + b + b"\n")
    major, minor = 0, 1
    for i in range(1, n + 1):
        if i == 1:
            message = "chore: add the bench library"
        elif i % 1000 == 0:
            message = f"feat!: breaking change {i}\n\nBREAKING CHANGE: change {i} removes an old API."
        else:
            message = f"{types[i % len(types)]}: change number {i}"
        out.append(b"commit refs/heads/main\nmark :%d\n" % i)
        out.append(b"committer Bench <bench@example.com> %d +0000\n" % (1600000000 + i * 60))
        data(message)
        if i > 1:
            out.append(b"from :%d\n" % (i - 1))
        if i == 1:
            for name, text in files.items():
                out.append(f"M 644 inline {name}\n".encode())
                data(text)
        out.append(f"M 644 inline src/file{i % 200}.txt\n".encode())
        data(f"{i}\n")
        if i % 500 == 0 and i < n:
            minor += 1
            tag = f"v{major}.{minor}.0" + ("-rc.1" if i % 1500 == 0 else "")
            if i % 1000 == 0:
                out.append(f"tag {tag}\nfrom :{i}\ntagger Bench <bench@example.com> {1600000000 + i * 60} +0000\n".encode())
                data(f"Release {tag}")
            else:
                out.append(f"reset refs/tags/{tag}\nfrom :{i}\n\n".encode())
    subprocess.run(["git", "-C", path, "fast-import", "--quiet"], input=b"".join(out), check=True)
    subprocess.run(["git", "-C", path, "reset", "-q", "--hard", "main"], check=True)

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
