using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using NewsFacts.Model;

namespace NewsFacts.Merge;

/// <summary>
/// Merges the facts of every article into one <see cref="FactsModel"/>, and finds the problems that
/// only show across sentences and articles. Pure C#, no Roslyn types, shared by the generator and the
/// CLI. The result depends on the facts alone, never on the order of the input. Never throws, except
/// <see cref="OperationCanceledException"/> when cancelled.
/// </summary>
public static class FactsMerger
{
    /// <summary>What a merge covers (see <see cref="Merge(IReadOnlyList{ArticleFacts}, MergeParts, CancellationToken)"/>).</summary>
    [Flags]
    public enum MergeParts
    {
        /// <summary>The article list alone.</summary>
        None = 0,

        /// <summary>Organisations and countries, and the cross-article checks.</summary>
        Organizations = 1,

        /// <summary>People and quotations.</summary>
        People = 2,

        /// <summary>Articles with the same content (NF0008).</summary>
        Duplicates = 4,

        /// <summary>Everything.</summary>
        All = Organizations | People | Duplicates,
    }

    public static FactsModel Merge(IReadOnlyList<ArticleFacts> articles, CancellationToken cancellationToken = default) =>
        Merge(articles, MergeParts.All, cancellationToken);

    /// <summary>
    /// Merges some of the facts: the organisations and countries (with the cross-article checks), the
    /// people and quotations, the duplicate articles, or none (the article list alone). The
    /// generator merges the two apart, so that an edit that changes the facts of one side only (a new
    /// quotation) leaves the other side's merge cached. <see cref="Merge(IReadOnlyList{ArticleFacts}, CancellationToken)"/>
    /// is both at once.
    /// </summary>
    public static FactsModel Merge(IReadOnlyList<ArticleFacts> articles, MergeParts parts, CancellationToken cancellationToken = default)
    {
        var sorted = SortArticles(articles);
        try
        {
            return new Merger(sorted, cancellationToken).Run(parts);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception)
        {
            // A bug must not drop the generator's output: keep the articles, leave the rest empty.
            return new FactsModel(
                sorted.Select(a => new ArticleInfo(a.File ?? "", a.Title)).ToEquatableArray(),
                EquatableArray<MergedOrganization>.Empty,
                EquatableArray<MergedCountry>.Empty,
                EquatableArray<MergedPerson>.Empty,
                EquatableArray<QuoteFacts>.Empty,
                EquatableArray<ArticleDiagnostic>.Empty);
        }
    }

    /// <summary>
    /// Folds an organisation's name for comparison: case, a leading "the", dashes and spaces, and
    /// British/American spellings (Organisation/Organization, Co-operation/Cooperation, Centre/Center,
    /// Defence/Defense).
    /// </summary>
    public static string FoldOrganizationName(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        var builder = new StringBuilder(name!.Length);
        var space = false;
        foreach (var raw in name)
        {
            var c = raw;
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') c = '-';
            if (c == '\u2019' || c == '\u2018') c = '\'';
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        var s = builder.ToString();
        if (s.StartsWith("the ", StringComparison.Ordinal)) s = s.Substring(4);
        s = s.Replace("organisation", "organization")
            .Replace("co-operation", "cooperation")
            .Replace("co-operative", "cooperative")
            .Replace("centre", "center")
            .Replace("defence", "defense");
        return s;
    }

    /// <summary>Folds a joining time for comparison: case, spaces, and a leading "on" or "in".</summary>
    public static string FoldWhen(string? when)
    {
        if (string.IsNullOrEmpty(when)) return "";
        var s = string.Join(" ", when!.Split(new[] { ' ', '\t', '\r', '\n', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries))
            .ToLowerInvariant()
            .TrimEnd('.', ',');
        if (s.StartsWith("on ", StringComparison.Ordinal) || s.StartsWith("in ", StringComparison.Ordinal)) s = s.Substring(3);
        return s;
    }

    private static readonly string[] Months =
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    };

    /// <summary>
    /// A time expression that names a calendar date or year ("july 4", "1 january 2026", "2027"), not one relative to
    /// the article's own date ("thursday", "next year", "this month").
    /// </summary>
    public static bool IsCalendarDate(string folded)
    {
        foreach (var word in folded.Split(' ', ','))
        {
            if (word.Length == 4 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year > 1900) return true;
            foreach (var m in Months)
            {
                if (word.StartsWith(m, StringComparison.Ordinal)) return folded.IndexOfAny("0123456789".ToCharArray()) >= 0;
            }
        }
        return false;
    }

    /// <summary>Orders evidence by file, line, column, then sentence (ordinal).</summary>
    /// <summary>The order of evidence (file, line, column, sentence): <see cref="EvidenceOrder.Compare"/>.</summary>
    public static int CompareEvidence(Evidence? x, Evidence? y) => EvidenceOrder.Compare(x, y);

    /// <summary>
    /// The paths of the articles whose text an earlier one has already (in the merge's order: file name,
    /// then path): their facts count once (NF0008 reports them). The generator finds them from the
    /// articles' heads, so that the halves it merges apart need no content hash.
    /// </summary>
    public static EquatableArray<string> LaterDuplicatePaths(IReadOnlyList<ArticleFacts> articles) =>
        LaterDuplicates(SortArticles(articles)).Select(a => a.Path ?? "").ToEquatableArray();

    /// <summary>Cross-article diagnostics without repeats, in a fixed order (path, line, column, id, arguments).</summary>
    public static EquatableArray<ArticleDiagnostic> SortDiagnostics(IEnumerable<ArticleDiagnostic> diagnostics) =>
        diagnostics
            .Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => string.Join("\u0001", d.Args), StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>The sorted articles whose non-empty content hash an earlier one has.</summary>
    private static List<ArticleFacts> LaterDuplicates(List<ArticleFacts> sorted)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var later = new List<ArticleFacts>();
        foreach (var article in sorted)
        {
            if (!string.IsNullOrEmpty(article.ContentHash) && !hashes.Add(article.ContentHash)) later.Add(article);
        }

        return later;
    }

    private sealed class ReferenceComparer : IEqualityComparer<ArticleFacts>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(ArticleFacts? x, ArticleFacts? y) => ReferenceEquals(x, y);

        public int GetHashCode(ArticleFacts obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    private static List<ArticleFacts> SortArticles(IReadOnlyList<ArticleFacts>? articles)
    {
        var list = new List<ArticleFacts>();
        if (articles is null) return list;
        foreach (var article in articles)
        {
            if (article is not null) list.Add(article);
        }

        // Stable sort with a total order on everything that may differ, so the input order never shows.
        // The generator gives them in path order, mostly in this order already: checked in one pass first.
        static int Compare(ArticleFacts a, ArticleFacts b)
        {
            var c = string.CompareOrdinal(a.File ?? "", b.File ?? "");
            if (c == 0) c = string.CompareOrdinal(a.Path ?? "", b.Path ?? "");
            if (c == 0) c = string.CompareOrdinal(a.ContentHash ?? "", b.ContentHash ?? "");
            return c != 0 ? c : string.CompareOrdinal(a.Title ?? "", b.Title ?? "");
        }

        var sorted = true;
        for (var i = 1; i < list.Count && sorted; i++) sorted = Compare(list[i - 1], list[i]) <= 0;
        if (sorted) return list;
        return list
            .OrderBy(a => a.File ?? "", StringComparer.Ordinal)
            .ThenBy(a => a.Path ?? "", StringComparer.Ordinal)
            .ThenBy(a => a.ContentHash ?? "", StringComparer.Ordinal)
            .ThenBy(a => a.Title ?? "", StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One run of the merge over sorted articles.</summary>
    private sealed class Merger
    {
        private static readonly Evidence NoEvidence = new("", 0, 0, "");

        private readonly List<ArticleFacts> _articles;

        // The articles whose facts are merged: a duplicate (same content hash as an earlier one) counts once.
        private readonly List<ArticleFacts> _factArticles = new();
        private readonly CancellationToken _ct;
        private readonly Dictionary<string, string> _pathOfFile = new(StringComparer.Ordinal);
        private readonly List<ArticleDiagnostic> _diagnostics = new();

        public Merger(List<ArticleFacts> articles, CancellationToken cancellationToken)
        {
            _articles = articles;
            _ct = cancellationToken;
            foreach (var article in articles)
            {
                var file = article.File ?? "";
                if (!_pathOfFile.ContainsKey(file)) _pathOfFile[file] = article.Path ?? file;
            }

            var later = new HashSet<ArticleFacts>(LaterDuplicates(articles), ReferenceComparer.Instance);
            foreach (var article in articles)
            {
                if (!later.Contains(article)) _factArticles.Add(article);
            }
        }

        public FactsModel Run(MergeParts parts)
        {
            var infos = _articles.Select(a => new ArticleInfo(a.File ?? "", a.Title)).ToEquatableArray();
            var organizations = EquatableArray<MergedOrganization>.Empty;
            var countries = EquatableArray<MergedCountry>.Empty;
            var people = EquatableArray<MergedPerson>.Empty;
            var quotes = EquatableArray<QuoteFacts>.Empty;
            if ((parts & MergeParts.Organizations) != 0)
            {
                organizations = MergeOrganizations();
                countries = MergeCountries();
            }

            if ((parts & MergeParts.Duplicates) != 0)
            {
                FindDuplicateArticles();
            }

            if ((parts & MergeParts.People) != 0)
            {
                PersonNames nameMap;
                (people, nameMap) = MergePeople();
                quotes = MergeQuotes(nameMap);
            }

            return new FactsModel(infos, organizations, countries, people, quotes, SortDiagnostics(_diagnostics));
        }

        // ----- Organisations -------------------------------------------------------------------

        private sealed class OrgInstance
        {
            public OrgInstance(int order, OrganizationFacts org)
            {
                Order = order;
                Org = org;
            }

            public int Order { get; }

            public OrganizationFacts Org { get; }

            public Evidence Evidence => Org.Evidence ?? NoEvidence;
        }

        private sealed class RelationItem
        {
            public RelationItem(StateRelation relation, int order)
            {
                Relation = relation;
                Order = order;
            }

            public StateRelation Relation { get; }

            public int Order { get; }

            public Evidence Evidence => Relation.Evidence ?? NoEvidence;

            public string CountryKey => CountryGroupKey(Relation.Iso2, Relation.Country);
        }

        private sealed class CountItem
        {
            public CountItem(StatedCount count, int order)
            {
                Count = count;
                Order = order;
            }

            public StatedCount Count { get; }

            public int Order { get; }

            public Evidence Evidence => Count.Evidence ?? NoEvidence;
        }

        private EquatableArray<MergedOrganization> MergeOrganizations()
        {
            var instances = new List<OrgInstance>();
            foreach (var article in _factArticles)
            {
                foreach (var org in article.Organizations)
                {
                    _ct.ThrowIfCancellationRequested();
                    if (org is not null) instances.Add(new OrgInstance(instances.Count, org));
                }
            }

            // Union-find over instances: same key, same folded name, same acronym, or a name that is the other's acronym.
            var parent = Enumerable.Range(0, instances.Count).ToArray();
            int Find(int i)
            {
                while (parent[i] != i)
                {
                    parent[i] = parent[parent[i]];
                    i = parent[i];
                }
                return i;
            }

            void Union(int a, int b)
            {
                a = Find(a);
                b = Find(b);
                if (a == b) return;
                if (a < b) parent[b] = a;
                else parent[a] = b;
            }

            var firstWithToken = new Dictionary<string, int>(StringComparer.Ordinal);
            void Link(int i, string? token)
            {
                var folded = Fold(token);
                if (folded.Length == 0) return;
                if (firstWithToken.TryGetValue(folded, out var other)) Union(i, other);
                else firstWithToken[folded] = i;
            }

            for (var i = 0; i < instances.Count; i++)
            {
                _ct.ThrowIfCancellationRequested();
                var org = instances[i].Org;
                Link(i, org.Key);
                Link(i, org.Name);
                Link(i, org.Acronym);
            }

            var groups = new Dictionary<int, List<OrgInstance>>();
            foreach (var instance in instances)
            {
                var root = Find(instance.Order);
                if (!groups.TryGetValue(root, out var list)) groups[root] = list = new List<OrgInstance>();
                list.Add(instance);
            }

            var merged = new List<MergedOrganization>();
            foreach (var group in groups.Values)
            {
                _ct.ThrowIfCancellationRequested();
                merged.Add(MergeOrganization(group));
            }

            return merged
                .OrderBy(o => o.Evidence.Count == 0 ? NoEvidence : o.Evidence[0], EvidenceOrder.Comparer)
                .ThenBy(o => o.Name, StringComparer.Ordinal)
                .ThenBy(o => o.Key, StringComparer.Ordinal)
                .ToEquatableArray();
        }

        // Folded organisation names of this merge: the same names come from article after article.
        private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);

        private string Fold(string? name)
        {
            if (string.IsNullOrEmpty(name)) return "";
            if (!_folded.TryGetValue(name!, out var folded)) _folded.Add(name!, folded = FoldOrganizationName(name));
            return folded;
        }

        private MergedOrganization MergeOrganization(List<OrgInstance> group)
        {
            // Instances come in article order, then the extractor's order within the article.
            var acronym = group.Select(g => g.Org.Acronym).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));
            var acronyms = new HashSet<string>(
                group.Select(g => g.Org.Acronym).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()),
                StringComparer.OrdinalIgnoreCase);

            string? name = null;
            foreach (var preferFull in new[] { true, false })
            {
                foreach (var instance in group)
                {
                    var candidate = StripLeadingThe(instance.Org.Name);
                    if (string.IsNullOrEmpty(candidate)) continue;
                    if (preferFull && acronyms.Contains(candidate!)) continue;
                    if (name is null || candidate!.Length > name.Length) name = candidate;
                }
                if (name is not null) break;
            }
            name ??= acronym ?? group[0].Org.Key ?? "";

            var foldedAcronym = Fold(acronym);
            var key = group.Select(g => g.Org.Key).FirstOrDefault(k => foldedAcronym.Length > 0 && Fold(k) == foldedAcronym)
                ?? group.Select(g => g.Org.Key).FirstOrDefault(k => !string.IsNullOrEmpty(k))
                ?? FoldOrganizationName(name);

            var relationItems = new List<RelationItem>();
            var countItems = new List<CountItem>();
            foreach (var instance in group)
            {
                foreach (var relation in instance.Org.Relations)
                {
                    _ct.ThrowIfCancellationRequested();
                    if (relation is not null) relationItems.Add(new RelationItem(relation, relationItems.Count));
                }
                foreach (var count in instance.Org.Counts)
                {
                    _ct.ThrowIfCancellationRequested();
                    if (count is not null) countItems.Add(new CountItem(count, countItems.Count));
                }
            }

            // Evidence order first, extraction order second: independent of the input order.
            relationItems = relationItems.OrderBy(r => r.Evidence, EvidenceOrder.Comparer).ThenBy(r => r.Order).ToList();
            countItems = countItems.OrderBy(c => c.Evidence, EvidenceOrder.Comparer).ThenBy(c => c.Order).ToList();

            var relations = new List<MergedRelation>();
            var relationGroups = new List<List<RelationItem>>();
            foreach (var byKey in relationItems.GroupBy(r => (r.Relation.Kind, r.CountryKey)))
            {
                _ct.ThrowIfCancellationRequested();
                var items = byKey.ToList();
                relationGroups.Add(items);
            }
            relationGroups = relationGroups
                .OrderBy(g => g[0].Relation.Kind)
                .ThenBy(g => g[0].Evidence, EvidenceOrder.Comparer)
                .ThenBy(g => g[0].Relation.Country ?? "", StringComparer.Ordinal)
                .ToList();
            foreach (var items in relationGroups)
            {
                var first = items[0].Relation;
                EquatableArray<string> whens;
                EquatableArray<Evidence> evidence;
                if (items.Count == 1)
                {
                    // Most relations are stated once: no sets and sorts for one item.
                    whens = string.IsNullOrWhiteSpace(first.When) ? EquatableArray<string>.Empty : new EquatableArray<string>(new[] { first.When! });
                    evidence = new EquatableArray<Evidence>(new[] { items[0].Evidence });
                }
                else
                {
                    whens = items
                        .Select(i => i.Relation.When)
                        .Where(w => !string.IsNullOrWhiteSpace(w))
                        .Select(w => w!)
                        .Distinct(StringComparer.Ordinal)
                        .ToEquatableArray();
                    evidence = SortedDistinct(items.Select(i => i.Evidence));
                }

                relations.Add(new MergedRelation(first.Kind, first.Country ?? "", first.Iso2 ?? "", whens, evidence));
            }

            var counts = countItems
                .GroupBy(c => (c.Count.Kind, c.Count.Value))
                .Select(g => g.ToList())
                .OrderBy(g => g[0].Count.Kind)
                .ThenBy(g => g[0].Evidence, EvidenceOrder.Comparer)
                .ThenBy(g => g[0].Count.Value)
                .Select(g => new MergedCount(
                    g[0].Count.Kind,
                    g[0].Count.Value,
                    SortedDistinct(g.Select(c => c.Evidence))))
                .ToList();

            var orgEvidence = SortedDistinct(group.Select(g => g.Evidence));

            var result = new MergedOrganization(key, name, acronym?.Trim(), relations.ToEquatableArray(), counts.ToEquatableArray(), orgEvidence);

            CheckMemberAndNonMember(result);
            CheckJoinDates(result, relationItems);
            CheckCountsAcrossArticles(result, countItems);
            CheckCountsAgainstNames(result, relationItems);
            return result;
        }

        /// <summary>The name without a leading "the " (an article of the sentence, not of the name).</summary>
        private static string StripLeadingThe(string? name)
        {
            var trimmed = (name ?? "").Trim();
            return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && trimmed.Length > 4 ? trimmed.Substring(4).TrimStart() : trimmed;
        }

        private static string CountryGroupKey(string? iso2, string? country)
        {
            if (!string.IsNullOrWhiteSpace(iso2))
            {
                // The extractor gives two upper-case letters: the code itself is the key, no new string.
                return iso2!.Length == 2 && iso2[0] is >= 'A' and <= 'Z' && iso2[1] is >= 'A' and <= 'Z'
                    ? iso2
                    : iso2.Trim().ToUpperInvariant();
            }

            return "name:" + (country ?? "").Trim().ToLowerInvariant();
        }

        // NF0002: a state called a member and a non-member of the same organisation.
        private void CheckMemberAndNonMember(MergedOrganization org)
        {
            foreach (var member in org.Relations.Where(r => r.Kind == RelationKind.Member))
            {
                var key = CountryGroupKey(member.Iso2, member.Country);
                var nonMember = org.Relations.FirstOrDefault(r => r.Kind == RelationKind.NonMember && CountryGroupKey(r.Iso2, r.Country) == key);
                if (nonMember is null) continue;
                var at = Later(FirstOf(member.Evidence), FirstOf(nonMember.Evidence));
                Report(DiagnosticIds.MemberAndNonMember, at, member.Country, org.Name);
            }
        }

        // NF0003: two different times given for a state joining an organisation.
        private void CheckJoinDates(MergedOrganization org, List<RelationItem> relationItems)
        {
            foreach (var byCountry in relationItems.Where(r => r.Relation.Kind == RelationKind.Joining).GroupBy(r => r.CountryKey))
            {
                _ct.ThrowIfCancellationRequested();
                var items = byCountry.ToList();
                var seen = new List<(string Folded, string AsWritten)>();
                foreach (var item in items)
                {
                    var folded = FoldWhen(item.Relation.When);
                    // Only calendar dates can contradict: "Thursday" or "next year" depend on when the article was written.
                    if (folded.Length == 0 || !IsCalendarDate(folded) || seen.Any(s => s.Folded == folded)) continue;
                    if (seen.Count > 0)
                    {
                        Report(DiagnosticIds.ContradictingJoinDates, item.Evidence, items[0].Relation.Country, org.Name, seen[0].AsWritten, item.Relation.When!);
                    }
                    seen.Add((folded, item.Relation.When!));
                }
            }
        }

        // NF0010: two articles state different counts for the same relation of an organisation.
        private void CheckCountsAcrossArticles(MergedOrganization org, List<CountItem> countItems)
        {
            foreach (var byKind in countItems.GroupBy(c => c.Count.Kind))
            {
                var items = byKind.ToList();
                var reported = new HashSet<(int, int)>();
                for (var i = 0; i < items.Count; i++)
                {
                    _ct.ThrowIfCancellationRequested();
                    var value = items[i].Count.Value;
                    for (var j = 0; j < i; j++)
                    {
                        var earlier = items[j].Count.Value;
                        if (earlier == value) continue;
                        if (string.Equals(items[j].Evidence.File, items[i].Evidence.File, StringComparison.Ordinal)) continue;

                        // Each pair of values is reported once, at the first statement that makes the disagreement.
                        if (!reported.Add((Math.Min(earlier, value), Math.Max(earlier, value)))) continue;
                        Report(
                            DiagnosticIds.CountsDisagreeAcrossArticles,
                            items[i].Evidence,
                            org.Name,
                            DiagnosticCatalog.RelationWord(byKind.Key),
                            earlier.ToString(CultureInfo.InvariantCulture),
                            value.ToString(CultureInfo.InvariantCulture));
                        break;
                    }
                }
            }
        }

        // NF0001: a stated count disagrees with the states named.
        private void CheckCountsAgainstNames(MergedOrganization org, List<RelationItem> relationItems)
        {
            foreach (var kind in new[] { RelationKind.Member, RelationKind.DialoguePartner, RelationKind.Observer })
            {
                if (!org.Counts.Any(c => c.Kind == kind)) continue;
                var named = org.Relations.Where(r => r.Kind == kind)
                    .OrderBy(r => FirstOf(r.Evidence), EvidenceOrder.Comparer)
                    .ToList();
                foreach (var count in org.Counts.Where(c => c.Kind == kind))
                {
                    _ct.ThrowIfCancellationRequested();
                    var stated = count.Value;
                    if (stated < 0) continue;
                    if (named.Count > stated)
                    {
                        // Located where the names first outnumber the count, or at the count if it comes later.
                        var at = Later(FirstOf(named[stated].Evidence), FirstOf(count.Evidence));
                        Report(
                            DiagnosticIds.CountMismatch,
                            at,
                            org.Name,
                            DiagnosticCatalog.RelationWord(kind),
                            stated.ToString(CultureInfo.InvariantCulture),
                            named.Count.ToString(CultureInfo.InvariantCulture),
                            string.Join(", ", named.Select(r => r.Country)));
                        continue;
                    }

                    // A complete list: the count and the states in one sentence, and the list's size differs.
                    foreach (var evidence in count.Evidence)
                    {
                        if (string.IsNullOrWhiteSpace(evidence.Sentence)) continue;
                        var inSentence = relationItems
                            .Where(r => r.Relation.Kind == kind
                                && string.Equals(r.Evidence.File, evidence.File, StringComparison.Ordinal)
                                && string.Equals(r.Evidence.Sentence, evidence.Sentence, StringComparison.Ordinal))
                            .GroupBy(r => r.CountryKey)
                            .Select(g => g.First().Relation.Country)
                            .ToList();
                        if (inSentence.Count == stated || !IsCompleteList(evidence.Sentence, inSentence.Count, stated)) continue;
                        Report(
                            DiagnosticIds.CountMismatch,
                            evidence,
                            org.Name,
                            DiagnosticCatalog.RelationWord(kind),
                            stated.ToString(CultureInfo.InvariantCulture),
                            inSentence.Count.ToString(CultureInfo.InvariantCulture),
                            string.Join(", ", inSentence));
                    }
                }
            }
        }

        private static readonly string[] PartialListMarkers =
        {
            "includ", "such as", "among", " like ", " other", "led by", " lead", "e.g.", "for example", "notably", "along with", "alongside", "founding", "founder",
        };

        /// <summary>
        /// Whether a sentence that holds a count and <paramref name="named"/> states reads as the complete
        /// list: at least two states, at most two short of the count and covering three quarters of it
        /// ("nine member states (eight names)"), and no word that marks a partial list ("including").
        /// A sentence naming a few states beside a count ("Indonesia joined, making 10 members") is prose.
        /// </summary>
        private static bool IsCompleteList(string sentence, int named, int stated)
        {
            if (named < 2 || named < stated - 2 || named * 4 < stated * 3) return false;
            var lower = " " + sentence.ToLowerInvariant() + " ";
            return !PartialListMarkers.Any(m => lower.IndexOf(m, StringComparison.Ordinal) >= 0);
        }

        // ----- Countries -----------------------------------------------------------------------

        private EquatableArray<MergedCountry> MergeCountries()
        {
            var items = new List<(CountryFacts Country, int Order)>();
            foreach (var article in _factArticles)
            {
                foreach (var country in article.Countries)
                {
                    _ct.ThrowIfCancellationRequested();
                    if (country is not null) items.Add((country, items.Count));
                }
            }

            return items
                .OrderBy(i => i.Country.Evidence ?? NoEvidence, EvidenceOrder.Comparer)
                .ThenBy(i => i.Order)
                .GroupBy(i => CountryGroupKey(i.Country.Iso2, i.Country.Name))
                .Select(g =>
                {
                    var list = g.Select(i => i.Country).ToList();
                    return new MergedCountry(
                        list[0].Name ?? "",
                        list[0].Iso2 ?? "",
                        list.Select(c => c.AsWritten).Where(a => !string.IsNullOrEmpty(a)).Distinct(StringComparer.Ordinal).ToEquatableArray(),
                        SortedDistinct(list.Select(c => c.Evidence ?? NoEvidence)));
                })
                .OrderBy(c => FirstOf(c.Evidence), EvidenceOrder.Comparer)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .ToEquatableArray();
        }

        // ----- People --------------------------------------------------------------------------

        private (EquatableArray<MergedPerson> People, PersonNames Names) MergePeople()
        {
            var total = 0;
            foreach (var article in _factArticles) total += article.People.Count;
            var items = new List<(PersonFacts Person, int Order)>(total);
            foreach (var article in _factArticles)
            {
                foreach (var person in article.People)
                {
                    _ct.ThrowIfCancellationRequested();
                    if (person is not null && !string.IsNullOrWhiteSpace(person.Name)) items.Add((person, items.Count));
                }
            }

            // In evidence order (then extraction order): the articles come in file order, so the items
            // mostly are already; checked in one pass before sorting.
            var inOrder = true;
            for (var i = 1; i < items.Count && inOrder; i++)
            {
                inOrder = CompareEvidence(items[i - 1].Person.Evidence ?? NoEvidence, items[i].Person.Evidence ?? NoEvidence) <= 0;
            }

            if (!inOrder)
            {
                items = items.OrderBy(i => i.Person.Evidence ?? NoEvidence, EvidenceOrder.Comparer).ThenBy(i => i.Order).ToList();
            }

            var names = new PersonNames(items.ConvertAll(i => i.Person.Name), _ct);

            // Grouped by the fullest name (ignoring case), groups in the order of their first item: most
            // people are named in one article only, so one-item groups need no list of their own.
            var keys = new string[items.Count];
            var groupOf = new Dictionary<string, int>(items.Count, StringComparer.OrdinalIgnoreCase);
            var firstItem = new List<int>(items.Count);
            var moreItems = new Dictionary<int, List<(PersonFacts Person, int Order)>>();
            for (var i = 0; i < items.Count; i++)
            {
                keys[i] = names.Resolve(items[i].Person.Name) ?? PersonNames.Normalize(items[i].Person.Name);
                if (!groupOf.TryGetValue(keys[i], out var g))
                {
                    groupOf.Add(keys[i], firstItem.Count);
                    firstItem.Add(i);
                }
                else
                {
                    if (!moreItems.TryGetValue(g, out var more)) moreItems.Add(g, more = new List<(PersonFacts Person, int Order)> { items[firstItem[g]] });
                    more.Add(items[i]);
                }
            }

            var people = new List<MergedPerson>(firstItem.Count);
            for (var g = 0; g < firstItem.Count; g++)
            {
                _ct.ThrowIfCancellationRequested();
                var canonical = keys[firstItem[g]];

                if (!moreItems.TryGetValue(g, out var group))
                {
                    var only = items[firstItem[g]];
                    people.Add(new MergedPerson(
                        canonical,
                        string.IsNullOrWhiteSpace(only.Person.Title) ? null : only.Person.Title,
                        string.IsNullOrWhiteSpace(only.Person.Country) ? null : only.Person.Country,
                        new EquatableArray<Evidence>(new[] { only.Person.Evidence ?? NoEvidence })));
                    continue;
                }

                // Prefer the longer name's title and country, then the first in evidence order.
                var byPreference = group
                    .OrderByDescending(i => PersonNames.TokenCount(i.Person.Name))
                    .ThenBy(i => i.Person.Evidence ?? NoEvidence, EvidenceOrder.Comparer)
                    .ThenBy(i => i.Order)
                    .Select(i => i.Person)
                    .ToList();
                var title = byPreference.Select(p => p.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
                var country = byPreference.Select(p => p.Country).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
                var evidence = SortedDistinct(group.Select(i => i.Person.Evidence ?? NoEvidence));
                people.Add(new MergedPerson(canonical, title, country, evidence));
            }

            static int ComparePeople(MergedPerson a, MergedPerson b)
            {
                var c = CompareEvidence(FirstOf(a.Evidence), FirstOf(b.Evidence));
                return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
            }

            // Checked in one pass before sorting (stable for equal keys, as OrderBy is).
            var sortedAlready = true;
            for (var i = 1; i < people.Count && sortedAlready; i++)
            {
                sortedAlready = ComparePeople(people[i - 1], people[i]) <= 0;
            }

            var merged = sortedAlready
                ? new EquatableArray<MergedPerson>(people.ToArray())
                : people.OrderBy(p => p, Comparer<MergedPerson>.Create(ComparePeople)).ToEquatableArray();
            return (merged, names);
        }

        // ----- Quotes --------------------------------------------------------------------------

        private EquatableArray<QuoteFacts> MergeQuotes(PersonNames names)
        {
            var total = 0;
            foreach (var article in _factArticles) total += article.Quotes.Count;
            var items = new List<(QuoteFacts Quote, int Order)>(total);
            foreach (var article in _factArticles)
            {
                foreach (var quote in article.Quotes)
                {
                    _ct.ThrowIfCancellationRequested();
                    if (quote is null) continue;
                    var speaker = quote.Speaker;
                    if (quote.SpeakerKind != SpeakerKind.Body && !string.IsNullOrWhiteSpace(speaker))
                    {
                        speaker = names.Resolve(speaker) ?? speaker;
                    }
                    var addressee = string.IsNullOrWhiteSpace(quote.Addressee) ? quote.Addressee : names.Resolve(quote.Addressee) ?? quote.Addressee;
                    var rewritten = ReferenceEquals(speaker, quote.Speaker) && ReferenceEquals(addressee, quote.Addressee)
                        ? quote
                        : quote with { Speaker = speaker, Addressee = addressee };
                    items.Add((rewritten, items.Count));
                }
            }

            // In file, line and column order: the articles come in file order, so the quotes mostly are
            // already (checked in one pass before sorting; the order is total, Order breaks ties).
            static int Compare((QuoteFacts Quote, int Order) a, (QuoteFacts Quote, int Order) b)
            {
                var c = string.CompareOrdinal(a.Quote.Evidence?.File ?? "", b.Quote.Evidence?.File ?? "");
                if (c == 0) c = (a.Quote.Evidence?.Line ?? 0).CompareTo(b.Quote.Evidence?.Line ?? 0);
                if (c == 0) c = (a.Quote.Evidence?.Column ?? 0).CompareTo(b.Quote.Evidence?.Column ?? 0);
                if (c == 0) c = string.CompareOrdinal(a.Quote.Text ?? "", b.Quote.Text ?? "");
                if (c == 0) c = string.CompareOrdinal(a.Quote.Speaker ?? "", b.Quote.Speaker ?? "");
                return c != 0 ? c : a.Order.CompareTo(b.Order);
            }

            var inOrder = true;
            for (var i = 1; i < items.Count && inOrder; i++)
            {
                inOrder = Compare(items[i - 1], items[i]) < 0;
            }

            if (!inOrder)
            {
                items.Sort(Compare);
            }

            var quotes = new QuoteFacts[items.Count];
            for (var i = 0; i < quotes.Length; i++) quotes[i] = items[i].Quote;
            return new EquatableArray<QuoteFacts>(quotes);
        }

        // ----- Articles ------------------------------------------------------------------------

        // NF0008: two articles with the same non-empty content hash; reported on the later file.
        private void FindDuplicateArticles()
        {
            var firstWithHash = new Dictionary<string, ArticleFacts>(StringComparer.Ordinal);
            foreach (var article in _articles)
            {
                _ct.ThrowIfCancellationRequested();
                if (string.IsNullOrEmpty(article.ContentHash)) continue;
                if (firstWithHash.TryGetValue(article.ContentHash, out var first))
                {
                    _diagnostics.Add(new ArticleDiagnostic(
                        DiagnosticIds.DuplicateArticle,
                        new[] { article.File ?? "", first.File ?? "" }.ToEquatableArray(),
                        article.Path ?? article.File ?? "",
                        0, 0, 0, 0, 0, 0));
                }
                else
                {
                    firstWithHash[article.ContentHash] = article;
                }
            }
        }

        // ----- Helpers -------------------------------------------------------------------------

        /// <summary>Evidence without duplicates in evidence order (<see cref="EvidenceOrder.SortedDistinct"/>).</summary>
        private static EquatableArray<Evidence> SortedDistinct(IEnumerable<Evidence> items) =>
            new(EvidenceOrder.SortedDistinct(items).ToArray());

        private static Evidence FirstOf(EquatableArray<Evidence> evidence) => evidence.Count == 0 ? NoEvidence : evidence[0] ?? NoEvidence;

        private static Evidence Later(Evidence a, Evidence b) => CompareEvidence(a, b) >= 0 ? a : b;

        /// <summary>
        /// Adds a diagnostic at a piece of evidence. Evidence holds 1-based line and column but no offset,
        /// so the location is the point at that line and column: Start 0, Length 0 (see the report).
        /// </summary>
        private void Report(string id, Evidence evidence, params string[] args)
        {
            var file = evidence.File ?? "";
            var path = _pathOfFile.TryGetValue(file, out var p) ? p : file;
            var line = Math.Max(0, evidence.Line - 1);
            var column = Math.Max(0, evidence.Column - 1);
            _diagnostics.Add(new ArticleDiagnostic(
                id,
                args.Select(a => a ?? "").ToEquatableArray(),
                path,
                0,
                0,
                line,
                column,
                line,
                column));
        }
    }

    /// <summary>
    /// Resolves people's names to the fullest name given: a name whose tokens are a subset of a longer
    /// name's with the same last token ("Velasco" in "Dara Velasco"), or a single token equal to a longer
    /// name's first token ("Lin" in "Lin Mei"), goes to that longer name, unless it fits two different
    /// fullest names (then it stays itself).
    /// </summary>
    private sealed class PersonNames
    {
        private readonly List<string> _names;

        // The names by the folded key of their last token and of their first token: a shorter name can
        // only fit a longer one with the same last token, or (one token) the same first token, so
        // only those are compared (linear in the names, where comparing every pair was quadratic).
        private readonly List<string[]> _tokenKeys;
        private readonly Dictionary<string, List<int>> _byLastKey;
        private readonly Dictionary<string, List<int>> _byFirstKey;

        // Folded name (case, diacritics) -> the fullest name it goes to (itself when none or ambiguous).
        private readonly Dictionary<string, string> _canonical;
        private readonly CancellationToken _ct;

        public PersonNames(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
        {
            _ct = cancellationToken;
            _names = new List<string>(names.Count);
            _tokenKeys = new List<string[]>(names.Count);
            _byLastKey = new Dictionary<string, List<int>>(names.Count, StringComparer.Ordinal);
            _byFirstKey = new Dictionary<string, List<int>>(names.Count, StringComparer.Ordinal);
            _canonical = new Dictionary<string, string>(names.Count, StringComparer.Ordinal);
            var seen = new Dictionary<string, bool>(names.Count, StringComparer.Ordinal);
            foreach (var raw in names)
            {
                var name = Normalize(raw);
                if (name.Length > 0 && !seen.ContainsKey(Key(name)))
                {
                    seen.Add(Key(name), true);
                    var keys = TokenKeys(name);
                    Index(_byLastKey, keys[keys.Length - 1], _names.Count);
                    Index(_byFirstKey, keys[0], _names.Count);
                    _names.Add(name);
                    _tokenKeys.Add(keys);
                }
            }

            for (var n = 0; n < _names.Count; n++)
            {
                _ct.ThrowIfCancellationRequested();
                var name = _names[n];

                // Most names fit no longer one: they are their own fullest name (no search).
                var fitsAny = false;
                foreach (var i in Candidates(_tokenKeys[n]))
                {
                    if (Fits(_tokenKeys[n], _tokenKeys[i])) { fitsAny = true; break; }
                }

                if (!fitsAny)
                {
                    _canonical[Key(name)] = name;
                    continue;
                }

                var maximal = MaximalNames(name);
                _canonical[Key(name)] = maximal.Count == 1 ? maximal[0] : name;
            }
        }

        // Resolve's answers by the name as written: the same speakers come back in quote after quote.
        private readonly Dictionary<string, string?> _resolved = new(StringComparer.Ordinal);

        /// <summary>The fullest name for a known or fitting name, or null when none or ambiguous.</summary>
        public string? Resolve(string? raw)
        {
            if (raw is null) return null;
            if (_resolved.TryGetValue(raw, out var known)) return known;
            return _resolved[raw] = ResolveCore(raw);
        }

        private string? ResolveCore(string raw)
        {
            var name = Normalize(raw);
            if (name.Length == 0) return null;
            if (_canonical.TryGetValue(Key(name), out var canonical)) return canonical;
            var maximal = MaximalNames(name);
            return maximal.Count == 1 && Key(maximal[0]) != Key(name) ? maximal[0] : null;
        }

        public static string Normalize(string? name)
            => name is null ? "" : NormalizedNames.GetValue(name, static n => string.Join(" ", Tokens(n)));

        /// <summary>The number of tokens of a name (as <see cref="Tokens"/> cuts it), without cutting it.</summary>
        public static int TokenCount(string? name)
        {
            var count = 0;
            var inToken = false;
            foreach (var c in name ?? "")
            {
                var separator = c is ' ' or '\t' or '\r' or '\n' or '\u00A0';
                if (!separator && !inToken) count++;
                inToken = !separator;
            }

            return count;
        }

        public static string[] Tokens(string? name)
            => (name ?? "").Split(new[] { ' ', '\t', '\r', '\n', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries);

        // Folded forms by name, shared by every merge of the process: names come back in every mention,
        // every quotation and every run (an edit merges all the articles again, and the names of the
        // articles it did not change are the same string instances), so each is folded once. Weak: an
        // entry lives as long as its name.
        private static readonly ConditionalWeakTable<string, string> NormalizedNames = new();
        private static readonly ConditionalWeakTable<string, string[]> TokenKeysOfName = new();
        private static readonly ConditionalWeakTable<string, string> KeyOfName = new();

        /// <summary>A name folded for comparison: tokens folded by <see cref="TokenKey"/>, one space apart.</summary>
        private static string Key(string name) =>
            KeyOfName.GetValue(name, static n => string.Join(" ", TokenKeys(n)));

        /// <summary>The folded tokens of a name (shared: never changed by callers).</summary>
        private static string[] TokenKeys(string name) =>
            TokenKeysOfName.GetValue(name, static n =>
            {
                var tokens = Tokens(n);
                var keys = new string[tokens.Length];
                for (var i = 0; i < tokens.Length; i++) keys[i] = TokenKey(tokens[i]);
                return keys;
            });

        /// <summary>A token folded for comparison: case, Latin diacritics ("Okafor" = "Okafor"), a final "." or ",".</summary>
        private static string TokenKey(string token)
        {
            var builder = new StringBuilder(token.Length);
            foreach (var c in token.TrimEnd('.', ','))
            {
                var lower = char.ToLowerInvariant(c);
                var index = lower < 128 ? -1 : DiacriticsFrom.IndexOf(lower);
                builder.Append(index < 0 ? lower : DiacriticsTo[index]);
            }
            return builder.ToString();
        }

        private const string DiacriticsFrom = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžșț";
        private const string DiacriticsTo = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzst";

        private static void Index(Dictionary<string, List<int>> index, string key, int name)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = new List<int>(1);
            list.Add(name);
        }

        /// <summary>
        /// Whether the name with token keys <paramref name="shorter"/> names the same person as the longer
        /// one with token keys <paramref name="longer"/>: the same last token and all its tokens in the
        /// longer name, or a single token that is the longer name's first.
        /// </summary>
        private static bool Fits(string[] shorter, string[] longer)
        {
            if (shorter.Length == 0 || shorter.Length >= longer.Length) return false;
            if (shorter[shorter.Length - 1] == longer[longer.Length - 1]
                && shorter.All(t => Array.IndexOf(longer, t) >= 0))
            {
                return true;
            }
            return shorter.Length == 1 && shorter[0] == longer[0];
        }

        /// <summary>The names a name with these token keys may fit (same last, or for one token same first, token key), in name order.</summary>
        private IEnumerable<int> Candidates(string[] keys)
        {
            if (keys.Length == 0) return Array.Empty<int>();
            _byLastKey.TryGetValue(keys[keys.Length - 1], out var byLast);
            List<int>? byFirst = null;
            if (keys.Length == 1) _byFirstKey.TryGetValue(keys[0], out byFirst);
            if (byFirst is null || byFirst.Count == 0) return byLast ?? (IEnumerable<int>)Array.Empty<int>();
            if (byLast is null || byLast.Count == 0) return byFirst;
            return byLast.Union(byFirst).OrderBy(i => i);
        }

        /// <summary>The distinct fullest names reachable from a name (the name itself when none is longer).</summary>
        private List<string> MaximalNames(string name)
        {
            var result = new List<string>();
            var visited = new HashSet<string>(StringComparer.Ordinal);
            Visit(name);
            return result;

            void Visit(string current)
            {
                if (!visited.Add(Key(current))) return;
                _ct.ThrowIfCancellationRequested();
                var keys = TokenKeys(current);
                var any = false;
                foreach (var i in Candidates(keys))
                {
                    if (!Fits(keys, _tokenKeys[i])) continue;
                    any = true;
                    Visit(_names[i]);
                }
                if (!any)
                {
                    var key = Key(current);
                    var known = false;
                    foreach (var r in result) known |= Key(r) == key;
                    if (!known) result.Add(current);
                }
            }
        }
    }
}
