namespace NewsFacts.Benchmarks;

/// <summary>The benchmark groups; each has its own baseline for the Ratio column.</summary>
public static class Categories
{
    public const string Extraction = nameof(Extraction);
    public const string FullRun = nameof(FullRun);
    public const string Incremental = nameof(Incremental);
    public const string ConsumerCompile = nameof(ConsumerCompile);

    /// <summary>The articles of the generator and compile benchmarks.</summary>
    public const int GeneratorArticles = 1_000;
}
