namespace NewsFacts;

/// <summary>The tracking names of the incremental pipeline's steps (see <see cref="NewsFactsGenerator"/>).</summary>
public static class TrackingNames
{
    /// <summary>The MSBuild properties read into a <see cref="Model.GeneratorOptions"/> (without the language version).</summary>
    public const string BuildProperties = nameof(BuildProperties);

    /// <summary>The consumer's effective C# language version.</summary>
    public const string LanguageVersion = nameof(LanguageVersion);

    /// <summary>The complete <see cref="Model.GeneratorOptions"/>.</summary>
    public const string Options = nameof(Options);

    /// <summary>Each additional file with its metadata: an <see cref="ArticleInput"/>, or null when it is no NewsArticle.</summary>
    public const string ArticleFiles = nameof(ArticleFiles);

    /// <summary>Only the NewsArticle files.</summary>
    public const string Articles = nameof(Articles);

    /// <summary>Per article: the extracted <see cref="Model.ArticleFacts"/>.</summary>
    public const string Extraction = nameof(Extraction);

    /// <summary>All the articles' facts, collected.</summary>
    public const string CollectedArticles = nameof(CollectedArticles);

    /// <summary>The merged <see cref="Model.FactsModel"/>, with the cross-article diagnostics.</summary>
    public const string Merge = nameof(Merge);

    /// <summary>The merged model without its diagnostics: the emitter's input.</summary>
    public const string Facts = nameof(Facts);

    /// <summary>The cross-article diagnostics of the merge.</summary>
    public const string MergeDiagnostics = nameof(MergeDiagnostics);

    /// <summary>The planned emission: the units (one per file) and the naming diagnostics.</summary>
    public const string Emit = nameof(Emit);

    /// <summary>The units alone, one item per generated file (an unchanged unit stays cached).</summary>
    public const string EmitUnits = nameof(EmitUnits);

    /// <summary>Each unit written: one file, written again only when its unit changed.</summary>
    public const string GeneratedFiles = nameof(GeneratedFiles);

    /// <summary>The naming diagnostics (NF0009) of the emission.</summary>
    public const string EmitDiagnostics = nameof(EmitDiagnostics);

    /// <summary>The file names and paths of the articles, to place merged and naming diagnostics.</summary>
    public const string ArticlePaths = nameof(ArticlePaths);

    /// <summary>The merged and naming diagnostics with the articles' paths.</summary>
    public const string ModelDiagnostics = nameof(ModelDiagnostics);

    /// <summary>Every step's name, in pipeline order.</summary>
    public static readonly string[] All =
    {
        BuildProperties, LanguageVersion, Options, ArticleFiles, Articles, Extraction,
        CollectedArticles, Merge, Facts, MergeDiagnostics, Emit, EmitUnits, GeneratedFiles, EmitDiagnostics, ArticlePaths,
        ModelDiagnostics,
    };
}
