using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsFacts.Benchmarks.Corpus;

/// <summary>One development article with the facts its author marked in its <c>.expected.json</c>.</summary>
/// <param name="Name">The file name without extension ("001_asean-summit-kuala-lumpur").</param>
/// <param name="Text">The article.</param>
/// <param name="People">The people's names ("Rashid Kamaruddin").</param>
/// <param name="Organizations">The organisations' names and acronyms (either may be null).</param>
/// <param name="Quotes">The quoted texts, as written between the marks.</param>
public sealed record SeedArticle(
    string Name,
    string Text,
    IReadOnlyList<string> People,
    IReadOnlyList<(string? Name, string? Acronym)> Organizations,
    IReadOnlyList<string> Quotes);

/// <summary>One article of a built corpus: a virtual path and its text.</summary>
public sealed record CorpusArticle(string Path, string Text);

/// <summary>
/// Builds corpora of any size from the team's development articles (tests/NewsFacts.Tests/Corpus), the
/// same for the same arguments on every machine and runtime: article <c>i</c> is seed <c>i mod 38</c>
/// with, from a <see cref="Random"/> seeded by <c>i</c>, its people renamed with invented name parts,
/// its organisations renamed (invented place words before the kind of body — "Velmaran Cooperation
/// Council" — and invented acronyms), and its quotations rewritten (their words shuffled, terms
/// replaced by invented words). The countries, the sentences around the facts and the article's shape
/// stay, so the extractor does the same kind of work as on the seeds, on facts that are not theirs.
/// </summary>
public static class CorpusBuilder
{
    /// <summary>The folder, beside the program, where the build copies the seed articles.</summary>
    public const string SeedFolder = "Corpus/Seeds";

    private const int BaseSeed = 20_251_101;

    private static readonly string[] Onsets =
    {
        "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "vel", "mor", "tal", "qu",
    };

    private static readonly string[] Nuclei = { "a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y" };

    private static readonly string[] Codas = { "", "", "", "n", "r", "l", "s", "th", "nd", "sk", "m", "v" };

    /// <summary>Words kept in organisation names: the kind of body and the function words.</summary>
    private static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal)
    {
        "Organization", "Organisation", "Union", "Alliance", "Community", "Council", "Association", "Forum", "Group",
        "Bank", "Fund", "League", "Nations", "States", "Countries", "Cooperation", "Economic", "Treaty", "Partnership",
        "Area", "Initiative", "Security", "Collective", "Development", "Regional", "Monetary", "Investment", "Islands",
        "International", "Independent", "United", "of", "the", "and", "for", "in",
    };

    /// <summary>Acronyms an invented one must not be: real ones the articles use for other things.</summary>
    private static readonly HashSet<string> ReservedAcronyms = new(StringComparer.Ordinal)
    {
        "UN", "US", "UK", "EU", "AU", "UAE", "USA", "IMF", "WHO", "WTO", "NATO", "GDP", "CEO", "AI",
    };

    /// <summary>The seed folder beside the program (the build copies it), or the test project's corpus from the repo.</summary>
    public static string FindSeedDirectory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, SeedFolder);
        if (Directory.Exists(beside) && Directory.EnumerateFiles(beside, "*.txt").Any())
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "NewsFacts.Tests", "Corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The development articles (tests/NewsFacts.Tests/Corpus) were not found.");
    }

    /// <summary>Reads the seed articles (every <c>NNN_*.txt</c> with its <c>.expected.json</c>), in name order.</summary>
    public static IReadOnlyList<SeedArticle> LoadSeeds(string? directory = null)
    {
        directory ??= FindSeedDirectory();
        var seeds = new List<SeedArticle>();
        foreach (var file in Directory.GetFiles(directory, "*.txt").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var json = Path.Combine(directory, name + ".expected.json");
            if (!File.Exists(json))
            {
                continue;
            }

            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            using var doc = JsonDocument.Parse(File.ReadAllText(json));
            var root = doc.RootElement;
            var people = Array(root, "people").Select(p => String(p, "name")).OfType<string>().ToList();
            var organizations = Array(root, "organizations").Select(o => (String(o, "name"), String(o, "acronym"))).ToList();
            var quotes = Array(root, "quotes").Select(q => String(q, "text")).OfType<string>().ToList();
            seeds.Add(new SeedArticle(name, text, people, organizations, quotes));
        }

        if (seeds.Count == 0)
        {
            throw new InvalidOperationException("No development article with expected facts in " + directory);
        }

        return seeds;
    }

    /// <summary>A corpus of <paramref name="count"/> articles.</summary>
    public static IReadOnlyList<CorpusArticle> Build(int count, IReadOnlyList<SeedArticle>? seeds = null)
    {
        seeds ??= LoadSeeds();
        var articles = new List<CorpusArticle>(count);
        for (var i = 0; i < count; i++)
        {
            articles.Add(Article(seeds, i));
        }

        return articles;
    }

    /// <summary>Article <paramref name="index"/> of every corpus built from these seeds.</summary>
    public static CorpusArticle Article(IReadOnlyList<SeedArticle> seeds, int index, int variant = 0)
    {
        var seed = seeds[index % seeds.Count];
        var random = new Random(unchecked(BaseSeed + (index * 7919) + (variant * 104_729)));
        var path = "articles/" + index.ToString("D5", CultureInfo.InvariantCulture) + "_" + seed.Name + ".txt";
        return new CorpusArticle(path, Vary(seed, random));
    }

    /// <summary>
    /// The article as a writer would edit it: one paragraph added at the end, with a quotation by a new
    /// person (a new quote and person among its facts; the rest of the text unchanged).
    /// </summary>
    public static CorpusArticle Edited(CorpusArticle article, int edit = 1)
    {
        var random = new Random(unchecked(BaseSeed - edit));
        var speaker = InventedName(random, 2) + " " + InventedName(random, 3);
        var paragraph = "\n\n\"We will judge this meeting by what it delivers next year,\" said " + speaker
            + ", a spokesperson for the delegation.\n";
        return article with { Text = article.Text.TrimEnd('\n') + paragraph };
    }

    /// <summary>The total size of a corpus's texts in UTF-8 bytes.</summary>
    public static long Utf8Bytes(IEnumerable<CorpusArticle> articles) =>
        articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));

    private static string Vary(SeedArticle seed, Random random)
    {
        var text = seed.Text;

        // Quotes first (they may contain names), longest first so a quote inside another is not split.
        foreach (var quote in seed.Quotes.Distinct().OrderByDescending(q => q.Length).ThenBy(q => q, StringComparer.Ordinal))
        {
            if (quote.Length > 0 && text.Contains(quote, StringComparison.Ordinal))
            {
                text = text.Replace(quote, RewriteQuote(quote, random), StringComparison.Ordinal);
            }
        }

        // People: every capitalised part of every name, as a whole word, gets an invented part.
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in seed.People)
        {
            foreach (var part in person.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length >= 2 && char.IsUpper(part[0]) && !parts.ContainsKey(part))
                {
                    parts[part] = InventedName(random, part.Length <= 4 ? 1 + random.Next(2) : 2 + random.Next(2));
                }
            }
        }

        // Organisations: invented place words before the kind of body; invented acronyms.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, acronym) in seed.Organizations)
        {
            if (acronym is not null && !acronyms.ContainsKey(acronym))
            {
                acronyms[acronym] = InventedAcronym(acronym, random, acronyms.Values);
            }

            if (name is not null && name != acronym && !names.ContainsKey(name))
            {
                var invented = InventedOrganization(name, random);
                names[name] = invented;
                var other = name.Contains("Organization", StringComparison.Ordinal)
                    ? name.Replace("Organization", "Organisation", StringComparison.Ordinal)
                    : name.Replace("Organisation", "Organization", StringComparison.Ordinal);
                if (other != name && !names.ContainsKey(other))
                {
                    names[other] = invented;
                }
            }
        }

        foreach (var pair in names.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            text = text.Replace(pair.Key, pair.Value, StringComparison.Ordinal);
        }

        text = ReplaceWords(text, acronyms);
        text = ReplaceWords(text, parts);
        return text;
    }

    /// <summary>Replaces whole words (not inside a longer word), all in one pass.</summary>
    private static string ReplaceWords(string text, Dictionary<string, string> map)
    {
        if (map.Count == 0)
        {
            return text;
        }

        var pattern = @"(?<![\p{L}\p{N}])(" + string.Join("|", map.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])";
        return Regex.Replace(text, pattern, m => map[m.Value], RegexOptions.CultureInvariant);
    }

    /// <summary>A quote with its words shuffled (the closing punctuation kept); a one-word term becomes an invented word.</summary>
    private static string RewriteQuote(string quote, Random random)
    {
        var words = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count <= 1)
        {
            return InventedName(random, 2 + random.Next(2)).ToLowerInvariant();
        }

        var trailing = string.Empty;
        var last = words[^1];
        var cut = last.Length;
        while (cut > 0 && ".,;:!?".IndexOf(last[cut - 1]) >= 0)
        {
            cut--;
        }

        trailing = last.Substring(cut);
        words[^1] = last.Substring(0, cut);
        if (words[0].Length > 1 && char.IsUpper(words[0][0]) && char.IsLower(words[0][1]))
        {
            words[0] = char.ToLowerInvariant(words[0][0]) + words[0].Substring(1);
        }

        for (var i = words.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (words[i], words[j]) = (words[j], words[i]);
        }

        words.RemoveAll(w => w.Length == 0);
        if (words.Count == 0)
        {
            return quote;
        }

        words[0] = char.ToUpperInvariant(words[0][0]) + words[0].Substring(1);
        words[^1] = words[^1].TrimEnd(',', ';', ':');
        return string.Join(" ", words) + trailing;
    }

    private static string InventedName(Random random, int syllables)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            builder.Append(Onsets[random.Next(Onsets.Length)]);
            builder.Append(Nuclei[random.Next(Nuclei.Length)]);
            if (i == syllables - 1 || random.Next(3) == 0)
            {
                builder.Append(Codas[random.Next(Codas.Length)]);
            }
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    /// <summary>"Association of Southeast Asian Nations" → "Association of Velmaran Torisk Nations"; "Mercosur" → "Drailand".</summary>
    private static string InventedOrganization(string name, Random random)
    {
        var words = name.Split(' ');
        var replaced = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length > 0 && char.IsUpper(word[0]) && !OrganizationWords.Contains(word) && !word.Any(char.IsDigit))
            {
                words[i] = InventedName(random, 2 + random.Next(2)) + (word.EndsWith("an", StringComparison.Ordinal) ? "an" : string.Empty);
                replaced = true;
            }
        }

        return replaced ? string.Join(" ", words) : InventedName(random, 3) + " " + words[^1];
    }

    /// <summary>The same shape (letters replaced by letters, digits and '+' kept), not a reserved or used acronym.</summary>
    private static string InventedAcronym(string acronym, Random random, IEnumerable<string> used)
    {
        var taken = new HashSet<string>(used, StringComparer.Ordinal);
        for (var attempt = 0; ; attempt++)
        {
            var chars = acronym.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsLetter(chars[i]))
                {
                    chars[i] = (char)('A' + random.Next(26));
                }
            }

            var candidate = new string(chars);
            if ((candidate != acronym && !ReservedAcronyms.Contains(candidate) && !taken.Contains(candidate)) || attempt > 100)
            {
                return candidate;
            }
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToList()
            : Enumerable.Empty<JsonElement>();

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
