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

    /// <summary>Per article: its organisations and countries alone.</summary>
    public const string OrganizationFacts = nameof(OrganizationFacts);

    /// <summary>Per article: its people and quotations alone.</summary>
    public const string PeopleFacts = nameof(PeopleFacts);

    /// <summary>Per article: its path, file name and headline alone.</summary>
    public const string ArticleHeads = nameof(ArticleHeads);

    /// <summary>The organisations and countries of all the articles, merged, with the cross-article diagnostics.</summary>
    public const string MergeOrganizations = nameof(MergeOrganizations);

    /// <summary>The people and quotations of all the articles, merged.</summary>
    public const string MergePeople = nameof(MergePeople);

    /// <summary>The articles, in path order, with the duplicate-article diagnostics (NF0008).</summary>
    public const string ArticleList = nameof(ArticleList);

    /// <summary>The paths of the articles whose text an earlier one has: their facts are merged once.</summary>
    public const string Duplicates = nameof(Duplicates);

    /// <summary>The cross-article diagnostics of the merge.</summary>
    public const string MergeDiagnostics = nameof(MergeDiagnostics);

    /// <summary>The plan of the types file (from the options alone).</summary>
    public const string PlanTypes = nameof(PlanTypes);

    /// <summary>The plan of the organisations' and countries' files.</summary>
    public const string PlanOrganizations = nameof(PlanOrganizations);

    /// <summary>The plan of the people's and quotations' files.</summary>
    public const string PlanPeople = nameof(PlanPeople);

    /// <summary>The plan of the articles' file.</summary>
    public const string PlanArticles = nameof(PlanArticles);

    /// <summary>The planned emission: the units of all the parts (one per file) and the naming diagnostics.</summary>
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
        OrganizationFacts, PeopleFacts, ArticleHeads, ArticleList, Duplicates, MergeOrganizations, MergePeople, MergeDiagnostics,
        PlanTypes, PlanOrganizations, PlanPeople, PlanArticles, Emit, EmitUnits, GeneratedFiles, EmitDiagnostics, ArticlePaths,
        ModelDiagnostics,
    };
}
