using System;
using Microsoft.Build.Framework;
using ReleaseTasks.ContinuousIntegration;

namespace ReleaseTasks.Tasks;

/// <summary>Names the CI system running the build (empty outside CI), so that builds outside CI pay nothing more.</summary>
public sealed class FindCiSystem : ReleaseTaskBase
{
    [Output] public string Name { get; private set; } = "";

    protected override string What => "find the CI system";

    protected override void ExecuteCore() => Name = CiEnvironment.Detect(Environment.GetEnvironmentVariable)?.System ?? "";
}
