using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("ReleaseTasks.EndToEnd.Tests.Infrastructure.LongestScenariosFirst", "ReleaseTasks.EndToEnd.Tests")]

namespace ReleaseTasks.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Starts the scenarios with the most test cases first: a collection runs its tests one after another, so a long one
/// started last leaves the other core idle at the end of the run. The number of cases stands in for the duration (it
/// needs no timings kept in the repository). Only the order changes: every test runs, in the collection it had.
/// </summary>
public sealed class LongestScenariosFirst : ITestCollectionOrderer
{
    private static readonly Type[] Classes = typeof(LongestScenariosFirst).Assembly.GetTypes();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderByDescending(c => Classes.Where(t => CollectionName(t) == c.DisplayName).Sum(CaseCount))
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal)
            .ToList();

    // xUnit's names: the [Collection] a class names, otherwise one collection per class.
    private static string CollectionName(Type type) =>
        type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(Xunit.CollectionAttribute))?.ConstructorArguments[0].Value as string
            ?? "Test collection for " + type.FullName;

    // One case per [Fact], one per data row of a [Theory].
    private static int CaseCount(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.GetCustomAttributes<Xunit.FactAttribute>().Any())
            .Sum(m => Math.Max(1, m.GetCustomAttributes<Xunit.Sdk.DataAttribute>().Count()));
}
