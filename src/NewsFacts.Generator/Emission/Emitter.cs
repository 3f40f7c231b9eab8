using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NewsFacts.Model;

namespace NewsFacts.Emission;

/// <summary>
/// Writes the generated C# from a <see cref="FactsModel"/> and the <see cref="GeneratorOptions"/> alone.
/// The output depends on nothing else (no machine path, no culture, no input order), and compiles as
/// C# 7.3 for any target framework with <c>IReadOnlyList&lt;T&gt;</c> (netstandard2.0, net472, net8+).
/// <para>
/// Two steps, so that the pipeline can cache between them: <see cref="Plan"/> orders the facts, names
/// them and cuts the output into <see cref="EmitUnit"/>s (one per file: one per organisation, one per
/// article's quotations, one per initial of people's names, and the index and type files); <see cref="Write"/>
/// writes one unit from its data alone.
/// </para>
/// </summary>
public static class Emitter
{
    /// <summary>The tool name in [GeneratedCode].</summary>
    public const string GeneratorName = "NewsFacts";

    /// <summary>The tool version in [GeneratedCode] (kept fixed so the output does not change with builds).</summary>
    public const string GeneratorVersion = "0.1.0";

    public const string TypesHintName = "NewsFacts.Types.g.cs";
    public const string OrganizationsHintName = "NewsFacts.Organizations.g.cs";
    public const string CountriesHintName = "NewsFacts.Countries.g.cs";
    public const string PeopleHintName = "NewsFacts.People.g.cs";
    public const string QuotesHintName = "NewsFacts.Quotes.g.cs";
    public const string ArticlesHintName = "NewsFacts.Articles.g.cs";

    /// <summary>The most evidence sentences a member's XML doc shows (then "… and N more").</summary>
    public const int MaxEvidenceShown = 3;

    /// <summary>Plans and writes every file of a model: the whole output at once (tests, tools).</summary>
    public static EmitResult Emit(FactsModel model, GeneratorOptions options, CancellationToken cancellationToken = default)
    {
        var plan = Plan(model, options, cancellationToken);
        var files = new List<GeneratedFile>(plan.Units.Count);
        foreach (var unit in plan.Units)
        {
            files.Add(Write(unit, cancellationToken));
        }

        return new EmitResult(files.ToEquatableArray(), plan.Diagnostics);
    }

    /// <summary>Orders and names the facts of a model and cuts its output into units, one per file.</summary>
    public static EmitPlanResult Plan(FactsModel model, GeneratorOptions options, CancellationToken cancellationToken = default) =>
        Plan(model, options, EmitParts.All, cancellationToken);

    /// <summary>
    /// Plans some parts of the output from a model holding (at least) their facts: the units of the
    /// other parts are left out, and so are their naming diagnostics.
    /// </summary>
    public static EmitPlanResult Plan(FactsModel model, GeneratorOptions options, EmitParts parts, CancellationToken cancellationToken = default)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        options ??= GeneratorOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();
        var plan = EmissionPlan.Create(model);
        cancellationToken.ThrowIfCancellationRequested();
        var units = plan.ToUnits(SettingsOf(options), parts, cancellationToken);

        var diagnostics = plan.Collisions
            .Where(c => (c.Part & parts) != 0)
            .Select(c => ToDiagnostic(c.Collision, c.Evidence))
            .Distinct()
            .ToList();

        return new EmitPlanResult(units.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Writes one file from its unit alone.</summary>
    public static GeneratedFile Write(EmitUnit unit, CancellationToken cancellationToken = default)
    {
        if (unit is null)
        {
            throw new ArgumentNullException(nameof(unit));
        }

        var writer = new UnitWriter(unit.Settings);
        string text = unit switch
        {
            TypesUnit => writer.WriteTypes(),
            OrganizationsIndexUnit index => writer.WriteOrganizationsIndex(index),
            OrganizationsPartUnit part => writer.WriteOrganizationsPart(part, cancellationToken),
            CountriesUnit countries => writer.WriteCountries(countries),
            PeopleIndexUnit index => writer.WritePeopleIndex(index),
            PeoplePartUnit part => writer.WritePeoplePart(part, cancellationToken),
            QuotesIndexUnit index => writer.WriteQuotesIndex(index),
            QuotesPartUnit part => writer.WriteQuotesPart(part, cancellationToken),
            ArticlesUnit articles => writer.WriteArticles(articles),
            _ => throw new ArgumentException("Unknown unit " + unit.GetType().Name, nameof(unit)),
        };
        return new GeneratedFile(unit.HintName, text);
    }

    /// <summary>The settings of every file: a valid namespace, the accessibility, nullable or not.</summary>
    public static EmitSettings SettingsOf(GeneratorOptions options) =>
        new(NamespaceOf(options.Namespace), options.Visibility, options.SupportsNullable);

    /// <summary>A valid namespace from the configured one: each dotted part kept when valid, else made valid.</summary>
    private static string NamespaceOf(string? configured)
    {
        var text = string.IsNullOrWhiteSpace(configured) ? GeneratorOptions.DefaultNamespace : configured!.Trim();
        if (text.StartsWith("global::", StringComparison.Ordinal))
        {
            text = text.Substring("global::".Length);
        }

        var parts = text.Split('.')
            .Select(p => p.Trim().TrimStart('@'))
            .Where(p => p.Length > 0)
            .Select(Identifiers.MakeValid)
            .ToList();
        return parts.Count == 0 ? GeneratorOptions.DefaultNamespace : string.Join(".", parts);
    }

    private static ArticleDiagnostic ToDiagnostic(NameCollision collision, Evidence? evidence)
    {
        var line = Math.Max(0, (evidence?.Line ?? 1) - 1);
        var column = Math.Max(0, (evidence?.Column ?? 1) - 1);
        return new ArticleDiagnostic(
            DiagnosticIds.NameCollision,
            new[] { collision.Name, collision.First, collision.Second, collision.Used }.ToEquatableArray(),
            evidence?.File ?? string.Empty,
            0,
            0,
            line,
            column,
            line,
            column);
    }

    /// <summary>Writes the files of one unit's settings.</summary>
    private sealed class UnitWriter
    {
        private readonly EmitSettings _settings;
        private readonly string _ns;
        private readonly string _nullableString;
        private readonly string _generatedCode;

        public UnitWriter(EmitSettings settings)
        {
            _settings = settings;
            _ns = settings.Namespace;
            _nullableString = settings.SupportsNullable ? "string?" : "string";
            _generatedCode = "[global::System.CodeDom.Compiler.GeneratedCode(" + Literals.String(GeneratorName) + ", " + Literals.String(GeneratorVersion) + ")]";
        }

        private string Country => Global("Country");

        private string Organization => Global("Organization");

        private string Accession => Global("Accession");

        private string Person => Global("Person");

        private string Quote => Global("Quote");

        private string QuoteKind => Global("QuoteKind");

        private string Article => Global("Article");

        private static string ReadOnlyList(string type) => "global::System.Collections.Generic.IReadOnlyList<" + type + ">";

        private string Global(string typeName) => "global::" + _ns + "." + typeName;

        // ---------------------------------------------------------------- types

        public string WriteTypes()
        {
            var w = Begin("The types of the facts read from the news articles.");
            var s = _nullableString;

            // Country
            w.WriteSummary("A country (a state) named by the news articles.");
            WriteTypeHeader(w, "sealed class Country");
            w.OpenBlock();
            WriteConstructorDoc(w, "Creates a country.", ("name", "The common English short name."), ("iso2", "The ISO 3166-1 alpha-2 code."));
            w.WriteLine("internal Country(string name, string iso2)");
            w.OpenBlock();
            w.WriteLine("this.Name = name;");
            w.WriteLine("this.Iso2 = iso2;");
            w.CloseBlock();
            w.WriteLine();
            WriteProperty(w, "The common English short name (\"Turkey\", \"United States\").", "string", "Name");
            WriteProperty(w, "The ISO 3166-1 alpha-2 code (\"TR\", \"US\").", "string", "Iso2");
            w.WriteSummary("An empty list of countries, shared by the relation lists that name none.");
            w.WriteLine("internal static readonly " + ReadOnlyList(Country) + " NoCountries = new global::System.Collections.ObjectModel.ReadOnlyCollection<" + Country + ">(new " + Country + "[0]);");
            w.WriteLine();
            w.WriteSummary("Returns the name of the country.");
            w.WriteLine("public override string ToString() => this.Name;");
            w.WriteLine();
            w.WriteSummary("Whether <paramref name=\"nameOrIso2\"/> is this country's name or ISO code, ignoring case (the rule of <c>Countries.Get</c>).");
            w.WriteLine("internal bool Matches(" + s + " nameOrIso2) =>");
            w.Indent++;
            w.WriteLine("string.Equals(this.Name, nameOrIso2, global::System.StringComparison.OrdinalIgnoreCase)");
            w.WriteLine("|| string.Equals(this.Iso2, nameOrIso2, global::System.StringComparison.OrdinalIgnoreCase);");
            w.Indent--;
            w.CloseBlock();
            w.WriteLine();

            // Accession
            w.WriteSummary("A state joining an organisation, with when it joins as the articles write it.");
            WriteTypeHeader(w, "sealed class Accession");
            w.OpenBlock();
            WriteConstructorDoc(
                w,
                "Creates an accession.",
                ("country", "The joining state."),
                ("when", "The time words as written (\"on Thursday\"), or null."),
                ("whens", "Every distinct time expression the articles give."));
            w.WriteLine("internal Accession(" + Country + " country, " + s + " when, " + ReadOnlyList("string") + " whens)");
            w.OpenBlock();
            w.WriteLine("this.Country = country;");
            w.WriteLine("this.When = when;");
            w.WriteLine("this.Whens = whens;");
            w.CloseBlock();
            w.WriteLine();
            WriteProperty(w, "The joining state.", Country, "Country");
            WriteProperty(w, "When the state joins, as the articles write it (\"on Thursday\", \"July 4\"), or null when they do not say.", s, "When");
            WriteProperty(w, "Every distinct time expression the articles give (more than one when they disagree).", ReadOnlyList("string"), "Whens");
            w.WriteSummary("An empty list of accessions, shared by the joining lists that name none.");
            w.WriteLine("internal static readonly " + ReadOnlyList(Accession) + " NoAccessions = new global::System.Collections.ObjectModel.ReadOnlyCollection<" + Accession + ">(new " + Accession + "[0]);");
            w.WriteLine();
            w.WriteSummary("Returns the state's name, and when it joins if known.");
            w.WriteLine("public override string ToString() => this.When == null ? this.Country.Name : this.Country.Name + \" (\" + this.When + \")\";");
            w.CloseBlock();
            w.WriteLine();

            // Organization
            w.WriteSummary("An organisation named by the news articles, with the states in relation with it.");
            WriteTypeHeader(w, "sealed class Organization");
            w.OpenBlock();
            WriteConstructorDoc(
                w,
                "Creates an organisation.",
                ("name", "The full name."),
                ("acronym", "The acronym, or null."),
                ("memberCount", "The stated number of member states, or null."),
                ("dialoguePartnerCount", "The stated number of dialogue partners, or null."),
                ("observerCount", "The stated number of observer states, or null."),
                ("members", "The member states named."),
                ("dialoguePartners", "The dialogue partners named."),
                ("observers", "The observer states named."),
                ("nonMembers", "The states said not to be members."),
                ("joining", "The states joining."));
            w.WriteLine("internal Organization(");
            w.Indent++;
            w.WriteLine("string name,");
            w.WriteLine(s + " acronym,");
            w.WriteLine("int? memberCount,");
            w.WriteLine("int? dialoguePartnerCount,");
            w.WriteLine("int? observerCount,");
            w.WriteLine(ReadOnlyList(Country) + " members,");
            w.WriteLine(ReadOnlyList(Country) + " dialoguePartners,");
            w.WriteLine(ReadOnlyList(Country) + " observers,");
            w.WriteLine(ReadOnlyList(Country) + " nonMembers,");
            w.WriteLine(ReadOnlyList(Accession) + " joining)");
            w.Indent--;
            w.OpenBlock();
            w.WriteLine("this.Name = name;");
            w.WriteLine("this.Acronym = acronym;");
            w.WriteLine("this.MemberCount = memberCount;");
            w.WriteLine("this.DialoguePartnerCount = dialoguePartnerCount;");
            w.WriteLine("this.ObserverCount = observerCount;");
            w.WriteLine("this.Members = members;");
            w.WriteLine("this.DialoguePartners = dialoguePartners;");
            w.WriteLine("this.Observers = observers;");
            w.WriteLine("this.NonMembers = nonMembers;");
            w.WriteLine("this.Joining = joining;");
            w.CloseBlock();
            w.WriteLine();
            WriteProperty(w, "The full name as the articles write it.", "string", "Name");
            WriteProperty(w, "The acronym the articles define or use, or null.", s, "Acronym");
            WriteProperty(w, "The number of member states the articles state, or null when none is stated (not the count of <see cref=\"Members\"/>).", "int?", "MemberCount");
            WriteProperty(w, "The number of dialogue partners the articles state, or null when none is stated.", "int?", "DialoguePartnerCount");
            WriteProperty(w, "The number of observer states the articles state, or null when none is stated.", "int?", "ObserverCount");
            WriteProperty(w, "The member states the articles name, in name order.", ReadOnlyList(Country), "Members");
            WriteProperty(w, "The dialogue partners the articles name, in name order.", ReadOnlyList(Country), "DialoguePartners");
            WriteProperty(w, "The observer states the articles name, in name order.", ReadOnlyList(Country), "Observers");
            WriteProperty(w, "The states the articles say are not members, in name order.", ReadOnlyList(Country), "NonMembers");
            WriteProperty(w, "The states joining, with when, in name order.", ReadOnlyList(Accession), "Joining");
            w.WriteSummary("Whether the articles name the country with this name or ISO 3166-1 alpha-2 code (ignoring case) a member state.");
            w.WriteLine("/// <param name=\"country\">The country's common English name or its ISO 3166-1 alpha-2 code.</param>");
            WriteMemberSearch(w, "public bool IsMember(" + s + " country)", "member.Matches(country)");
            w.WriteSummary("Whether the articles name <paramref name=\"country\"/> a member state.");
            w.WriteLine("/// <param name=\"country\">A country, such as a field of <c>Countries</c>.</param>");
            WriteMemberSearch(w, "public bool IsMember(" + Country + " country)", "object.ReferenceEquals(member, country)");
            w.WriteSummary("Returns the name, with the acronym when there is one.");
            w.WriteLine("public override string ToString() => this.Acronym == null || this.Acronym == this.Name ? this.Name : this.Name + \" (\" + this.Acronym + \")\";");
            w.CloseBlock();
            w.WriteLine();

            // QuoteKind
            w.WriteSummary("What a quotation is.");
            WriteTypeHeader(w, "enum QuoteKind");
            w.OpenBlock();
            w.WriteSummary("Reported speech: words someone said or wrote.");
            w.WriteLine("Statement = 0,");
            w.WriteLine();
            w.WriteSummary("A scare-quoted word or a coined phrase.");
            w.WriteLine("Term = 1,");
            w.CloseBlock();
            w.WriteLine();

            // Quote
            w.WriteSummary("A quotation in an article: the exact words, who said them, and where.");
            WriteTypeHeader(w, "sealed class Quote");
            w.OpenBlock();
            WriteConstructorDoc(
                w,
                "Creates a quotation.",
                ("text", "The words inside the quotation marks."),
                ("speaker", "Who said them, or null."),
                ("addressee", "Who was told, or null."),
                ("kind", "A statement or a term."),
                ("file", "The article's file name."),
                ("line", "The 1-based line of the opening mark."),
                ("column", "The 1-based column of the opening mark."));
            w.WriteLine("internal Quote(string text, " + s + " speaker, " + s + " addressee, " + QuoteKind + " kind, string file, int line, int column)");
            w.OpenBlock();
            w.WriteLine("this.Text = text;");
            w.WriteLine("this.Speaker = speaker;");
            w.WriteLine("this.Addressee = addressee;");
            w.WriteLine("this.Kind = kind;");
            w.WriteLine("this.File = file;");
            w.WriteLine("this.Line = line;");
            w.WriteLine("this.Column = column;");
            w.CloseBlock();
            w.WriteLine();
            WriteProperty(w, "The words inside the quotation marks, without the marks.", "string", "Text");
            WriteProperty(w, "The full name of the person, or the body that speaks (a ministry, a readout), or null when unattributed.", s, "Speaker");
            WriteProperty(w, "Who was told (\"told Xi\" gives Xi's full name), or null.", s, "Addressee");
            WriteProperty(w, "Whether the quotation is reported speech or a scare-quoted term.", QuoteKind, "Kind");
            WriteProperty(w, "The file name of the article.", "string", "File");
            WriteProperty(w, "The 1-based line where the quotation opens.", "int", "Line");
            WriteProperty(w, "The 1-based column where the quotation opens.", "int", "Column");
            w.WriteSummary("Returns the words of the quotation.");
            w.WriteLine("public override string ToString() => this.Text;");
            w.CloseBlock();
            w.WriteLine();

            // Person
            w.WriteSummary("A person named by the news articles, under the fullest name they give.");
            WriteTypeHeader(w, "sealed class Person");
            w.OpenBlock();
            WriteConstructorDoc(
                w,
                "Creates a person.",
                ("name", "The full name."),
                ("title", "The title or office, or null."),
                ("country", "The country the person is from or represents, or null."),
                ("quotes", "The person's quotations."));
            w.WriteLine("internal Person(string name, " + s + " title, " + s + " country, " + ReadOnlyList(Quote) + " quotes)");
            w.OpenBlock();
            w.WriteLine("this.Name = name;");
            w.WriteLine("this.Title = title;");
            w.WriteLine("this.Country = country;");
            w.WriteLine("this.Quotes = quotes;");
            w.CloseBlock();
            w.WriteLine();
            WriteProperty(w, "The fullest name the articles give (\"Dara Velasco\" where a sentence says \"Velasco\").", "string", "Name");
            WriteProperty(w, "The title or office (\"President\"), or null.", s, "Title");
            WriteProperty(w, "The country the person is from or represents, or null.", s, "Country");
            WriteProperty(w, "The person's quotations, in order of article, line and column.", ReadOnlyList(Quote), "Quotes");
            w.WriteSummary("Returns the name of the person.");
            w.WriteLine("public override string ToString() => this.Name;");
            w.CloseBlock();
            w.WriteLine();

            // Article
            w.WriteSummary("A news article the facts were read from.");
            WriteTypeHeader(w, "sealed class Article");
            w.OpenBlock();
            WriteConstructorDoc(w, "Creates an article.", ("file", "The file name."), ("title", "The headline, or null."));
            w.WriteLine("internal Article(string file, " + s + " title)");
            w.OpenBlock();
            w.WriteLine("this.File = file;");
            w.WriteLine("this.Title = title;");
            w.CloseBlock();
            w.WriteLine();
            WriteProperty(w, "The file name of the article (no directory).", "string", "File");
            WriteProperty(w, "The headline, or null when the article has none.", s, "Title");
            w.WriteSummary("Returns the file name of the article.");
            w.WriteLine("public override string ToString() => this.File;");
            w.CloseBlock();

            return End(w);
        }

        /// <summary>A method returning whether a member of <c>this.Members</c> meets the condition.</summary>
        private static void WriteMemberSearch(IndentedWriter w, string signature, string condition)
        {
            w.WriteLine(signature);
            w.OpenBlock();
            w.WriteLine("foreach (var member in this.Members)");
            w.OpenBlock();
            w.WriteLine("if (" + condition + ")");
            w.OpenBlock();
            w.WriteLine("return true;");
            w.CloseBlock();
            w.CloseBlock();
            w.WriteLine();
            w.WriteLine("return false;");
            w.CloseBlock();
            w.WriteLine();
        }

        // ---------------------------------------------------------------- organisations

        public string WriteOrganizationsIndex(OrganizationsIndexUnit unit)
        {
            var w = Begin("The organisations named by the news articles, with their member states and partners.");
            w.WriteSummary(new[]
            {
                "The organisations named by the news articles (" + Count(unit.Identifiers.Count, "organisation") + "), each as a static class",
                "with its name, acronym, stated counts and the states in relation with it.",
            });
            WriteTypeHeader(w, "static partial class Organizations");
            w.OpenBlock();
            w.WriteSummary("Every organisation named by the articles, in the order of their acronyms (or names).");
            WriteList(w, Organization, "All", unit.Identifiers.Select(id => id + ".Info").ToList());
            w.CloseBlock();
            return End(w);
        }

        public string WriteOrganizationsPart(OrganizationsPartUnit unit, CancellationToken cancellationToken)
        {
            var w = Begin("The organisations named by the news articles whose class names start with " + unit.Letter + ".");
            WritePartHeader(w, "static partial class Organizations");
            w.OpenBlock();
            for (var i = 0; i < unit.Organizations.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (i > 0)
                {
                    w.WriteLine();
                }

                WriteOrganization(w, unit.Organizations[i]);
            }

            w.CloseBlock();
            return End(w);
        }

        private void WriteOrganization(IndentedWriter w, OrganizationUnitData organization)
        {
            var display = organization.DisplayName;
            var summary = new List<string>
            {
                XmlDoc.EscapeInline(display) + " — an organisation named in the articles.",
            };
            var stated = new List<string>();
            foreach (var group in organization.Groups)
            {
                var named = group.Relations.Count;
                var noun = EmissionPlan.Describe(group.Kind).Noun;
                if (named > 0 || group.Counts.Count > 0)
                {
                    stated.Add(noun + ": " + (group.Counts.Count > 0 ? Literals.Int(group.Counts[0].Value) + " stated, " : string.Empty) + Literals.Int(named) + " named");
                }
            }

            if (stated.Count > 0)
            {
                summary.Add("<para>" + Capitalize(string.Join("; ", stated)) + ".</para>");
            }

            summary.AddRange(EvidenceLines(organization.Evidence));
            w.WriteSummary(summary);
            w.WriteLine(_generatedCode);
            w.WriteLine("public static class " + organization.Identifier);
            w.OpenBlock();

            w.WriteSummary(new[]
            {
                "The full name of the " + XmlDoc.EscapeInline(organization.ShortName) + " as the articles write it.",
                "<para>Value: " + XmlDoc.EscapeInline(Literals.String(organization.Name)) + "</para>",
            });
            w.WriteLine("public const string Name = " + Literals.String(organization.Name) + ";");
            w.WriteLine();

            if (organization.Acronym is not null)
            {
                w.WriteSummary(new[]
                {
                    "The acronym of the " + XmlDoc.EscapeInline(organization.Name) + ".",
                    "<para>Value: " + XmlDoc.EscapeInline(Literals.String(organization.Acronym)) + "</para>",
                });
            }
            else
            {
                w.WriteSummary(new[]
                {
                    "The acronym of the " + XmlDoc.EscapeInline(organization.Name) + ": none in the articles.",
                    "<para>Value: null</para>",
                });
            }

            w.WriteLine("public const " + (organization.Acronym is null ? _nullableString : "string") + " Acronym = " + Literals.String(organization.Acronym) + ";");
            w.WriteLine();

            foreach (var group in organization.Groups)
            {
                var counts = group.Counts;
                if (counts.Count == 0)
                {
                    continue;
                }

                var description = EmissionPlan.Describe(group.Kind);
                var lines = new List<string>
                {
                    "The number of " + description.Noun + " of the " + XmlDoc.EscapeInline(display) + ", as the articles state it.",
                    "<para>Value: " + Literals.Int(counts[0].Value) + "</para>",
                };
                lines.AddRange(EvidenceLines(counts[0].Evidence));
                if (counts.Count > 1)
                {
                    lines.Add("<para>The articles disagree; also stated: "
                        + string.Join(", ", counts.Skip(1).Select(c => Literals.Int(c.Value) + " (" + EvidencePlace(c.Evidence.Shown.FirstOrDefault()) + ")"))
                        + ".</para>");
                }

                w.WriteSummary(lines);
                w.WriteLine("public const int " + description.CountName + " = " + Literals.Int(counts[0].Value) + ";");
                w.WriteLine();
            }

            foreach (var group in organization.Groups)
            {
                WriteRelationClass(w, organization, group);
                w.WriteLine();
            }

            w.WriteSummary(new[]
            {
                "The " + XmlDoc.EscapeInline(display) + " as an <see cref=\"" + Organization + "\"/>, with its stated counts and every state in relation with it.",
            });
            w.WriteLine("public static readonly " + Organization + " Info = new " + Organization + "(");
            w.Indent++;
            w.WriteLine("Name,");
            w.WriteLine("Acronym,");
            w.WriteLine(CountArgument(organization, RelationKind.Member) + ",");
            w.WriteLine(CountArgument(organization, RelationKind.DialoguePartner) + ",");
            w.WriteLine(CountArgument(organization, RelationKind.Observer) + ",");
            w.WriteLine("Members.All,");
            w.WriteLine("DialoguePartners.All,");
            w.WriteLine("Observers.All,");
            w.WriteLine("NonMembers.All,");
            w.WriteLine("Joining.All);");
            w.Indent--;
            w.WriteLine();
            WriteIsMember(w, organization);
            w.CloseBlock();
        }

        /// <summary>IsMember(string), checked at compile time by NF0101, and its typed twin IsMember(Country).</summary>
        private void WriteIsMember(IndentedWriter w, OrganizationUnitData organization)
        {
            var display = XmlDoc.EscapeInline(organization.DisplayName);
            w.WriteSummary(new[]
            {
                "Whether the articles name the country with this name or ISO 3166-1 alpha-2 code (ignoring case) a member state of the " + display + ".",
                "<para>A constant name that no article gives is a compile-time error (NF0101); prefer <see cref=\"IsMember(" + Country + ")\"/> with a field of <c>Countries</c>.</para>",
            });
            w.WriteLine("/// <param name=\"country\">The country's common English name or its ISO 3166-1 alpha-2 code.</param>");
            w.WriteLine("public static bool IsMember(string country) => Info.IsMember(country);");
            w.WriteLine();
            w.WriteSummary("Whether the articles name <paramref name=\"country\"/> a member state of the " + display + ".");
            w.WriteLine("/// <param name=\"country\">A country, such as a field of <c>Countries</c>.</param>");
            w.WriteLine("public static bool IsMember(" + Country + " country) => Info.IsMember(country);");
        }

        private static string CountArgument(OrganizationUnitData organization, RelationKind kind) =>
            organization.Groups.Any(g => g.Kind == kind && g.Counts.Count > 0) ? EmissionPlan.Describe(kind).CountName : "null";

        private void WriteRelationClass(IndentedWriter w, OrganizationUnitData organization, RelationGroupData group)
        {
            var kind = group.Kind;
            var description = EmissionPlan.Describe(kind);
            var relations = group.Relations;
            var display = XmlDoc.EscapeInline(organization.DisplayName);
            var summary = new List<string>
            {
                description.Heading + " the " + display + " named in the articles (" + Literals.Int(relations.Count) + ")"
                    + (relations.Count == 0 ? ": none." : ":"),
            };
            if (relations.Count > 0)
            {
                summary.Add(XmlDoc.EscapeInline(string.Join(", ", relations.Select(r => r.Country.Name))) + ".");
            }

            w.WriteSummary(summary);
            w.WriteLine(_generatedCode);
            w.WriteLine("public static class " + description.ClassName);
            w.OpenBlock();

            var elementType = kind == RelationKind.Joining ? Accession : Country;
            foreach (var relation in relations)
            {
                var country = relation.Country;
                var lines = new List<string>();
                if (kind == RelationKind.Joining)
                {
                    var when = relation.Whens.Count == 0
                        ? "the articles do not say when"
                        : "when: " + string.Join(" or ", relation.Whens.Select(x => "\"" + XmlDoc.EscapeInline(x) + "\""))
                            + (relation.Whens.Count > 1 ? " (the articles disagree)" : string.Empty);
                    lines.Add(XmlDoc.EscapeInline(country.Name) + " — joining the " + display + "; " + when + ".");
                }
                else
                {
                    lines.Add(XmlDoc.EscapeInline(country.Name) + " — " + description.Phrase + " the " + display + ".");
                }

                lines.Add("<para>Value: " + XmlDoc.EscapeInline(Literals.String(country.Name)) + " (" + XmlDoc.EscapeInline(country.Iso2) + ")</para>");
                lines.AddRange(EvidenceLines(relation.Evidence));
                w.WriteSummary(lines);

                var countryReference = Global("Countries") + "." + country.Identifier;
                if (kind == RelationKind.Joining)
                {
                    var whens = StringList(relation.Whens);
                    w.WriteLine("public static readonly " + Accession + " " + country.Identifier + " = new " + Accession + "("
                        + countryReference + ", " + Literals.String(relation.Whens.FirstOrDefault()) + ", " + whens + ");");
                }
                else
                {
                    w.WriteLine("public static readonly " + Country + " " + country.Identifier + " = " + countryReference + ";");
                }

                w.WriteLine();
            }

            w.WriteSummary(relations.Count == 0
                ? description.Heading + " the " + display + ": none named, an empty list."
                : description.Heading + " the " + display + " (" + Literals.Int(relations.Count) + "), in name order.");
            if (relations.Count == 0)
            {
                // One shared empty list: most organisations name no observers, no joining states.
                w.WriteLine("public static readonly " + ReadOnlyList(elementType) + " All = " + elementType + (kind == RelationKind.Joining ? ".NoAccessions;" : ".NoCountries;"));
            }
            else
            {
                WriteList(w, elementType, "All", relations.Select(r => r.Country.Identifier).ToList());
            }
            w.CloseBlock();
        }

        // ---------------------------------------------------------------- countries

        public string WriteCountries(CountriesUnit unit)
        {
            var countries = unit.Countries;
            var w = Begin("The countries named by the news articles.");
            w.WriteSummary("The countries named by the news articles (" + Count(countries.Count, "country", "countries") + "), under their common English short names.");
            WriteTypeHeader(w, "static class Countries");
            w.OpenBlock();

            foreach (var country in countries)
            {
                var lines = new List<string>
                {
                    XmlDoc.EscapeInline(country.Name) + " (" + XmlDoc.EscapeInline(country.Iso2) + ") — a country named in the articles"
                        + (country.AsWritten.Count > 0 ? ", written " + string.Join(", ", country.AsWritten.Select(a => "\"" + XmlDoc.EscapeInline(a) + "\"")) : string.Empty)
                        + ".",
                    "<para>Value: " + XmlDoc.EscapeInline(Literals.String(country.Name)) + " (" + XmlDoc.EscapeInline(country.Iso2) + ")</para>",
                };
                if (country.Relations.Count > 0)
                {
                    lines.Add("<para>" + XmlDoc.EscapeInline(Capitalize(string.Join("; ", country.Relations))) + ".</para>");
                }

                lines.AddRange(EvidenceLines(country.Evidence));
                w.WriteSummary(lines);
                w.WriteLine("public static readonly " + Country + " " + country.Identifier + " = new " + Country + "("
                    + Literals.String(country.Name) + ", " + Literals.String(country.Iso2) + ");");
                w.WriteLine();
            }

            w.WriteSummary("Every country named by the articles, in name order.");
            WriteList(w, Country, "All", countries.Select(c => c.Identifier).ToList());
            w.WriteLine();
            WriteCountryLookups(w, countries.Count > 0 ? countries[0] : null);
            w.CloseBlock();
            return End(w);
        }

        /// <summary>Countries.Get and Countries.Find: string-keyed lookups, checked at compile time by NF0101.</summary>
        private void WriteCountryLookups(IndentedWriter w, CountryUnitData? example)
        {
            var typed = example is null
                ? "the typed fields of this class"
                : "the typed fields of this class (<see cref=\"" + example.Identifier + "\"/>)";
            w.WriteSummary(new[]
            {
                "The country of the articles with this name or ISO 3166-1 alpha-2 code, ignoring case"
                    + (example is null
                        ? "."
                        : " (<c>Get(" + XmlDoc.EscapeInline(Literals.String(example.Name)) + ")</c>, <c>Get(" + XmlDoc.EscapeInline(Literals.String(example.Iso2)) + ")</c>)."),
                "<para>A constant name that no article gives is a compile-time error (NF0101); prefer " + typed + ".</para>",
            });
            w.WriteLine("/// <param name=\"name\">The country's common English name or its ISO 3166-1 alpha-2 code.</param>");
            w.WriteLine("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No country of the articles has this name.</exception>");
            w.WriteLine("public static " + Country + " Get(string name)");
            w.OpenBlock();
            w.WriteLine("var country = Find(name);");
            w.WriteLine("if (country == null)");
            w.OpenBlock();
            w.WriteLine("throw new global::System.Collections.Generic.KeyNotFoundException(\"No country of the news articles is named '\" + name + \"'.\");");
            w.CloseBlock();
            w.WriteLine();
            w.WriteLine("return country;");
            w.CloseBlock();
            w.WriteLine();
            w.WriteSummary("The country of the articles with this name or ISO 3166-1 alpha-2 code, ignoring case, or null when there is none.");
            w.WriteLine("/// <param name=\"name\">The country's common English name or its ISO 3166-1 alpha-2 code.</param>");
            w.WriteLine("public static " + Country + (_settings.SupportsNullable ? "?" : string.Empty) + " Find(" + _nullableString + " name)");
            w.OpenBlock();
            w.WriteLine("foreach (var country in All)");
            w.OpenBlock();
            w.WriteLine("if (country.Matches(name))");
            w.OpenBlock();
            w.WriteLine("return country;");
            w.CloseBlock();
            w.CloseBlock();
            w.WriteLine();
            w.WriteLine("return null;");
            w.CloseBlock();
        }

        // ---------------------------------------------------------------- people

        public string WritePeopleIndex(PeopleIndexUnit unit)
        {
            var w = Begin("The people named by the news articles.");
            w.WriteSummary("The people named by the news articles (" + Count(unit.Count, "person", "people") + "), under the fullest names the articles give.");
            WriteTypeHeader(w, "static partial class People");
            w.OpenBlock();
            w.WriteSummary("Every person named by the articles, in name order.");
            WriteLazyAll(w, Person, unit.Parts, sorted: true);
            w.WriteLine();
            w.WriteLine("private static void Sort(" + Person + "[] people)");
            w.OpenBlock();
            w.WriteLine("var order = new int[people.Length];");
            w.WriteLine("for (var i = 0; i < order.Length; i++)");
            w.OpenBlock();
            w.WriteLine("order[i] = i;");
            w.CloseBlock();
            w.WriteLine();
            w.WriteLine("var keys = (" + Person + "[])people.Clone();");
            w.WriteLine("global::System.Array.Sort(order, (a, b) =>");
            w.OpenBlock();
            w.WriteLine("var c = string.CompareOrdinal(keys[a].Name, keys[b].Name);");
            w.WriteLine("if (c == 0) c = string.CompareOrdinal(keys[a].Title ?? string.Empty, keys[b].Title ?? string.Empty);");
            w.WriteLine("if (c == 0) c = string.CompareOrdinal(keys[a].Country ?? string.Empty, keys[b].Country ?? string.Empty);");
            w.WriteLine("return c != 0 ? c : a.CompareTo(b);");
            w.CloseBlock(");");
            w.WriteLine("for (var i = 0; i < order.Length; i++)");
            w.OpenBlock();
            w.WriteLine("people[i] = keys[order[i]];");
            w.CloseBlock();
            w.CloseBlock();
            w.CloseBlock();
            return End(w);
        }

        public string WritePeoplePart(PeoplePartUnit unit, CancellationToken cancellationToken)
        {
            var w = Begin("The people named by the news articles whose field names start with " + unit.Part.Substring(EmissionPlan.PartPrefix.Length).TrimEnd('_') + ".");
            WritePartHeader(w, "static partial class People");
            w.OpenBlock();

            foreach (var person in unit.People)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var details = new List<string>();
                if (person.Title is not null)
                {
                    details.Add(person.Title);
                }

                if (person.Country is not null)
                {
                    details.Add(person.Country);
                }

                var lines = new List<string>
                {
                    XmlDoc.EscapeInline(person.Name) + (details.Count > 0 ? " — " + XmlDoc.EscapeInline(string.Join(", ", details)) : " — a person named in the articles")
                        + "; " + (person.QuoteIdentifiers.Count == 0 ? "no quotation" : Count(person.QuoteIdentifiers.Count, "quotation")) + ".",
                    "<para>Value: " + XmlDoc.EscapeInline(Literals.String(person.Name)) + "</para>",
                };
                lines.AddRange(EvidenceLines(person.Evidence));
                w.WriteSummary(lines);
                w.WriteLine("public static readonly " + Person + " " + person.Identifier + " = new " + Person + "(");
                w.Indent++;
                w.WriteLine(Literals.String(person.Name) + ",");
                w.WriteLine(Literals.String(person.Title) + ",");
                w.WriteLine(Literals.String(person.Country) + ",");
                w.WriteLine(ListExpression(Quote, person.QuoteIdentifiers.Select(q => Global("Quotes") + "." + q).ToList()) + ");");
                w.Indent--;
                w.WriteLine();
            }

            WritePartArray(w, Person, unit.Part, unit.People.Select(p => p.Identifier).ToList());
            w.CloseBlock();
            return End(w);
        }

        // ---------------------------------------------------------------- quotes

        public string WriteQuotesIndex(QuotesIndexUnit unit)
        {
            var w = Begin("The quotations of the news articles.");
            w.WriteSummary("The quotations of the news articles (" + Count(unit.Count, "quotation") + "): statements, named after their speaker, and scare-quoted terms.");
            WriteTypeHeader(w, "static partial class Quotes");
            w.OpenBlock();
            w.WriteSummary("Every quotation, in order of article file, line and column.");
            WriteLazyAll(w, Quote, unit.Parts, sorted: false);
            w.CloseBlock();
            return End(w);
        }

        public string WriteQuotesPart(QuotesPartUnit unit, CancellationToken cancellationToken)
        {
            var w = Begin("The quotations of " + Count(unit.Articles.Count, "news article") + ": "
                + string.Join(", ", unit.Articles.Select(a => a.File is null ? "(no file)" : OneLine(a.File))) + ".");
            WritePartHeader(w, "static partial class Quotes");
            w.OpenBlock();
            for (var i = 0; i < unit.Articles.Count; i++)
            {
                if (i > 0)
                {
                    w.WriteLine();
                }

                WriteArticleQuotes(w, unit.Articles[i], cancellationToken);
            }

            w.CloseBlock();
            return End(w);
        }

        private void WriteArticleQuotes(IndentedWriter w, ArticleQuotesData unit, CancellationToken cancellationToken)
        {
            foreach (var quote in unit.Quotes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var facts = quote.Facts;
                var place = EvidencePlace(facts.Evidence);
                string intro;
                if (facts.Kind == Model.QuoteKind.Term)
                {
                    intro = "A term in quotation marks in " + place
                        + (facts.Speaker is not null ? ", used by " + XmlDoc.EscapeInline(facts.Speaker) : string.Empty) + ":";
                }
                else if (facts.Speaker is not null)
                {
                    intro = XmlDoc.EscapeInline(facts.Speaker)
                        + (facts.Addressee is not null ? " told " + XmlDoc.EscapeInline(facts.Addressee) : " said")
                        + ", in " + place + ":";
                }
                else
                {
                    intro = "A statement with no attributed speaker, in " + place + ":";
                }

                var lines = new List<string> { intro, "<para>\"" + XmlDoc.Escape(facts.Text) + "\"</para>" };
                if (facts.Repaired)
                {
                    lines.Add("<para>The quotation mark is never closed in the article; the quotation is taken to end with its paragraph.</para>");
                }

                w.WriteSummary(lines);
                w.WriteLine("public static readonly " + Quote + " " + quote.Identifier + " = new " + Quote + "(");
                w.Indent++;
                w.WriteLine(Literals.String(facts.Text ?? string.Empty) + ",");
                w.WriteLine(Literals.String(facts.Speaker) + ",");
                w.WriteLine(Literals.String(facts.Addressee) + ",");
                w.WriteLine(QuoteKind + "." + (facts.Kind == Model.QuoteKind.Term ? "Term" : "Statement") + ",");
                w.WriteLine(Literals.String(facts.Evidence?.File ?? string.Empty) + ",");
                w.WriteLine(Literals.Int(facts.Evidence?.Line ?? 0) + ",");
                w.WriteLine(Literals.Int(facts.Evidence?.Column ?? 0) + ");");
                w.Indent--;
                w.WriteLine();
            }

            WritePartArray(w, Quote, unit.Part, unit.Quotes.Select(q => q.Identifier).ToList());
        }

        // ---------------------------------------------------------------- articles

        public string WriteArticles(ArticlesUnit unit)
        {
            var articles = unit.Articles;
            var w = Begin("The news articles the facts were read from.");
            w.WriteSummary("The news articles the facts were read from (" + Count(articles.Count, "article") + ").");
            WriteTypeHeader(w, "static class Articles");
            w.OpenBlock();

            foreach (var article in articles)
            {
                w.WriteSummary(new[]
                {
                    "The article " + XmlDoc.EscapeInline(article.File) + " — "
                        + (article.Title is null ? "no headline found." : "\"" + XmlDoc.EscapeInline(article.Title) + "\"."),
                    "<para>Value: " + XmlDoc.EscapeInline(Literals.String(article.File)) + "</para>",
                });
                w.WriteLine("public static readonly " + Article + " " + article.Identifier + " = new " + Article + "("
                    + Literals.String(article.File) + ", " + Literals.String(article.Title) + ");");
                w.WriteLine();
            }

            w.WriteSummary("Every article, in file name order.");
            WriteList(w, Article, "All", articles.Select(a => a.Identifier).ToList());
            w.CloseBlock();
            return End(w);
        }

        // ---------------------------------------------------------------- helpers

        private IndentedWriter Begin(string description)
        {
            var w = new IndentedWriter();
            w.WriteLine("// <auto-generated/>");
            w.WriteLine("// " + description);
            w.WriteLine("// Generated by NewsFacts " + GeneratorVersion + " from the news articles of the project. Edit the articles, not this file.");
            if (_settings.SupportsNullable)
            {
                w.WriteLine("#nullable enable");
            }

            w.WriteLine();
            w.WriteLine("namespace " + _ns);
            w.OpenBlock();
            return w;
        }

        private static string End(IndentedWriter w)
        {
            w.CloseBlock();
            return w.ToString();
        }

        /// <summary>A name for a // comment: line breaks and control characters become spaces.</summary>
        private static string OneLine(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsControl(chars[i]) || char.IsSurrogate(chars[i]) || chars[i] is '\u2028' or '\u2029' or '\u0085')
                {
                    chars[i] = ' ';
                }
            }

            return new string(chars);
        }

        private void WriteTypeHeader(IndentedWriter w, string declaration)
        {
            w.WriteLine(_generatedCode);
            w.WriteLine(_settings.Visibility + " " + declaration);
        }

        /// <summary>Another part of a partial class: no doc and no attribute (they are on the index part).</summary>
        private void WritePartHeader(IndentedWriter w, string declaration) =>
            w.WriteLine(_settings.Visibility + " " + declaration);

        /// <summary>A part's private array of its fields, declared after them (initialised after them in the type initializer).</summary>
        private static void WritePartArray(IndentedWriter w, string elementType, string part, IReadOnlyList<string> items) =>
            w.WriteLine("private static readonly " + elementType + "[] " + part + " = new " + elementType + "[] { " + string.Join(", ", items) + " };");

        /// <summary>
        /// <c>All</c> as a property built on first use from the parts' arrays: the parts are other files of a
        /// partial class, whose field initialisers run in no fixed order, so a field could see them null.
        /// </summary>
        private void WriteLazyAll(IndentedWriter w, string elementType, IReadOnlyList<string> parts, bool sorted)
        {
            var list = ReadOnlyList(elementType);
            w.WriteLine("public static " + list + " All");
            w.OpenBlock();
            w.WriteLine("get { return all ?? (all = BuildAll()); }");
            w.CloseBlock();
            w.WriteLine();
            w.WriteLine("private static " + list + (_settings.SupportsNullable ? "?" : string.Empty) + " all;");
            w.WriteLine();
            w.WriteLine("private static " + list + " BuildAll()");
            w.OpenBlock();
            w.WriteLine("var parts = new " + elementType + "[][] { " + string.Join(", ", parts) + " };");
            w.WriteLine("var length = 0;");
            w.WriteLine("foreach (var part in parts)");
            w.OpenBlock();
            w.WriteLine("length += part.Length;");
            w.CloseBlock();
            w.WriteLine();
            w.WriteLine("var items = new " + elementType + "[length];");
            w.WriteLine("var at = 0;");
            w.WriteLine("foreach (var part in parts)");
            w.OpenBlock();
            w.WriteLine("global::System.Array.Copy(part, 0, items, at, part.Length);");
            w.WriteLine("at += part.Length;");
            w.CloseBlock();
            w.WriteLine();
            if (sorted)
            {
                w.WriteLine("Sort(items);");
            }

            w.WriteLine("return new global::System.Collections.ObjectModel.ReadOnlyCollection<" + elementType + ">(items);");
            w.CloseBlock();
        }

        private static void WriteProperty(IndentedWriter w, string xmlSummary, string type, string name)
        {
            w.WriteSummary(xmlSummary);
            w.WriteLine("public " + type + " " + name + " { get; }");
            w.WriteLine();
        }

        private static void WriteConstructorDoc(IndentedWriter w, string xmlSummary, params (string Name, string Doc)[] parameters)
        {
            w.WriteSummary(xmlSummary);
            foreach (var (name, doc) in parameters)
            {
                w.WriteLine("/// <param name=\"" + name + "\">" + doc + "</param>");
            }
        }

        private static void WriteList(IndentedWriter w, string elementType, string name, IReadOnlyList<string> items)
        {
            w.WriteLine("public static readonly " + ReadOnlyList(elementType) + " " + name + " = " + ListExpression(elementType, items) + ";");
        }

        private static string ListExpression(string elementType, IReadOnlyList<string> items)
        {
            var collection = "new global::System.Collections.ObjectModel.ReadOnlyCollection<" + elementType + ">(";
            if (items.Count == 0)
            {
                return collection + "global::System.Array.Empty<" + elementType + ">())";
            }

            return collection + "new " + elementType + "[] { " + string.Join(", ", items) + " })";
        }

        private static string StringList(IReadOnlyList<string> items) =>
            ListExpression("string", items.Select(i => Literals.String(i)).ToList());

        // Evidence lines as written: one list sentence is the evidence of every state it names, so
        // each distinct line is shortened and escaped once per file.
        private readonly Dictionary<Evidence, string> _evidenceLines = new();

        private IEnumerable<string> EvidenceLines(EvidenceShown evidence)
        {
            foreach (var shown in evidence.Shown)
            {
                if (!_evidenceLines.TryGetValue(shown, out var line))
                {
                    line = "<para>" + EvidencePlace(shown) + ": \"" + XmlDoc.EscapeInline(XmlDoc.Shorten(shown.Sentence)) + "\"</para>";
                    _evidenceLines.Add(shown, line);
                }

                yield return line;
            }

            if (evidence.Total > evidence.Shown.Count)
            {
                yield return "<para>… and " + Literals.Int(evidence.Total - evidence.Shown.Count) + " more.</para>";
            }
        }

        /// <summary>"file(line)" for a piece of evidence, escaped.</summary>
        private static string EvidencePlace(Evidence? evidence) =>
            evidence is null
                ? "(unknown place)"
                : XmlDoc.EscapeInline(evidence.File) + "(" + Literals.Int(evidence.Line) + ")";

        private static string Count(int n, string singular, string? plural = null) =>
            Literals.Int(n) + " " + (n == 1 ? singular : plural ?? singular + "s");

        private static string Capitalize(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
