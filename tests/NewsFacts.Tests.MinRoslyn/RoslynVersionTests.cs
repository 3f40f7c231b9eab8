using Microsoft.CodeAnalysis;
using Xunit;

namespace NewsFacts.Tests;

/// <summary>This project runs against the minimum Roslyn the package claims, not a newer one.</summary>
public sealed class RoslynVersionTests
{
    [Fact]
    public void TheCompilerUnderTest_IsRoslyn48()
    {
        var version = typeof(Compilation).Assembly.GetName().Version!;
        Assert.Equal(4, version.Major);
        Assert.Equal(8, version.Minor);
        Assert.Equal(typeof(Compilation).Assembly.GetName().Version, typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly.GetName().Version);
    }
}
