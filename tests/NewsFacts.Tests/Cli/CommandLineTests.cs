extern alias cli;

using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using cli::NewsFacts.Cli;
using cli::NewsFacts.Merge;
using Xunit;
using static NewsFacts.Tests.Cli.CliModels;

namespace NewsFacts.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsfacts-cli-" + Guid.NewGuid().ToString("N"));

    public CommandLineTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteText(string name, string text) => WriteFile(name, new UTF8Encoding(false).GetBytes(text));

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = NewsFactsCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // ----- check output --------------------------------------------------------------------------

    [Fact]
    public void Check_lines_are_in_the_compilers_format_with_1_based_positions()
    {
        var line = DiagnosticFormatter.Format(Diagnostic("NF0002", "news/a.txt", 4, 9, "Sweden", "NATO"));

        Assert.Equal("news/a.txt(5,10): warning NF0002: Sweden is called both a member and a non-member of NATO", line);
    }

    [Fact]
    public void Check_lines_use_each_ids_severity()
    {
        Assert.StartsWith("a.txt(1,1): info NF0005: ", DiagnosticFormatter.Format(Diagnostic("NF0005", "a.txt", 0, 0, "hello")), StringComparison.Ordinal);
        Assert.StartsWith("a.txt(3,1): error NF0099: ", DiagnosticFormatter.Format(Diagnostic("NF0099", "a.txt", 2, 0, "merging", "boom")), StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_never_fail_for_missing_arguments_or_unknown_ids()
    {
        Assert.Equal("The article says  has  , but names : ", DiagnosticFormatter.Message(Diagnostic("NF0001", "a.txt", 0, 0)));
        Assert.Equal("a.txt(1,1): warning NF9999: NF9999: x", DiagnosticFormatter.Format(Diagnostic("NF9999", "a.txt", 0, 0, "x")));
    }

    [Fact]
    public void Writing_reports_whether_any_diagnostic_is_an_error()
    {
        var writer = new StringWriter();
        Assert.False(DiagnosticFormatter.Write(writer, new[] { Diagnostic("NF0002", "a.txt", 0, 0, "Sweden", "NATO"), Diagnostic("NF0005", "a.txt", 1, 0, "q") }));
        Assert.Equal(2, writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.EndsWith("\n", writer.ToString(), StringComparison.Ordinal);

        Assert.True(DiagnosticFormatter.Write(new StringWriter(), new[] { Diagnostic("NF0099", "a.txt", 0, 0, "x", "y") }));
    }

    [Fact]
    public void Check_reports_a_binary_file_and_exits_0_for_warnings()
    {
        var binary = WriteFile("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01 });

        var (code, output, error) = Run("check", binary);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(binary + "(1,1): warning NF0007: The article 'image.txt' is not readable text: the file holds NUL bytes (a binary file, or UTF-16 without a byte-order mark)\n", output);
    }

    [Fact]
    public void Check_reports_duplicate_articles_on_the_later_file()
    {
        const string text = "Leaders meet in Astana\n\nThe Shanghai Cooperation Organization met on Wednesday in Astana, officials said.\n";
        var first = WriteText("a.txt", text);
        var second = WriteText("b.txt", text);

        var result = FactsPipeline.Run(new[] { second, first });
        var duplicates = result.Diagnostics.Where(d => d.Id == "NF0008").ToList();

        // The extractor computes the content hash: when it does, the later file is reported.
        if (result.Articles.All(a => a.ContentHash.Length > 0))
        {
            var d = Assert.Single(duplicates);
            Assert.Equal(second, d.Path);
        }
        else
        {
            Assert.Empty(duplicates);
        }
    }

    // ----- errors and usage ----------------------------------------------------------------------

    [Fact]
    public void A_missing_file_is_an_error_on_stderr_with_exit_code_2()
    {
        var missing = Path.Combine(_dir, "missing.txt");

        foreach (var command in new[] { "extract", "check" })
        {
            var (code, output, error) = Run(command, missing);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Equal("newsfacts: error: file not found: '" + missing + "'.\n", error);
        }
    }

    [Fact]
    public void A_directory_is_not_an_article()
    {
        var (code, _, error) = Run("check", _dir);

        Assert.Equal(2, code);
        Assert.Contains("is a directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_with_code_2()
    {
        Assert.Equal(2, Run().Code);
        Assert.Equal(2, Run("extract").Code);
        Assert.Equal(2, Run("frobnicate", "a.txt").Code);

        var article = WriteText("a.txt", "Hello\n\nA sentence.\n");
        var (code, output, error) = Run("extract", "--indent", "--compact", article);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--indent and --compact", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_0()
    {
        var (code, output, _) = Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("extract", output, StringComparison.Ordinal);
        Assert.Contains("check", output, StringComparison.Ordinal);
    }

    // ----- extract -------------------------------------------------------------------------------

    [Fact]
    public void Extract_prints_one_json_object_listing_every_article()
    {
        var b = WriteText("b.txt", "Second headline\n\nAnother sentence about nothing in particular.\n");
        var a = WriteText("a.txt", "First headline\n\nA sentence about nothing in particular.\n");

        var (code, output, error) = Run("extract", b, a);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.EndsWith("}\n", output, StringComparison.Ordinal);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(new[] { "a.txt", "b.txt" }, root.GetProperty("articles").EnumerateArray().Select(x => x.GetProperty("file").GetString()));
        Assert.Equal(2, root.GetProperty("statistics").GetProperty("articles").GetInt32());
    }

    [Fact]
    public void Extract_is_deterministic_whatever_the_order_of_the_files()
    {
        var a = WriteText("a.txt", "First headline\n\nA sentence about nothing in particular.\n");
        var b = WriteText("b.txt", "Second headline\n\nAnother sentence about nothing in particular.\n");

        Assert.Equal(Run("extract", a, b).Out, Run("extract", b, a).Out);
    }

    [Fact]
    public void Extract_compact_writes_one_line()
    {
        var a = WriteText("a.txt", "First headline\n\nA sentence.\n");

        var (code, output, _) = Run("extract", "--compact", a);

        Assert.Equal(0, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(output).RootElement.ValueKind);
    }

    [Fact]
    public void Extract_writes_to_the_output_file()
    {
        var a = WriteText("a.txt", "First headline\n\nA sentence.\n");
        var target = Path.Combine(_dir, "facts.json");

        var (code, output, _) = Run("extract", a, "--output", target);

        Assert.Equal(0, code);
        Assert.Equal("", output);
        var bytes = File.ReadAllBytes(target);
        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal("a.txt", JsonDocument.Parse(bytes).RootElement.GetProperty("articles")[0].GetProperty("file").GetString());
    }

    [Fact]
    public void Extract_lists_a_binary_file_only_as_a_diagnostic()
    {
        var binary = WriteFile("data.txt", new byte[] { 1, 2, 0, 3 });

        var (code, output, _) = Run("extract", binary);

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, root.GetProperty("articles").GetArrayLength());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("NF0007", diagnostic.GetProperty("id").GetString());
        Assert.Equal("data.txt", diagnostic.GetProperty("file").GetString());
    }

    // ----- reading articles ----------------------------------------------------------------------

    [Fact]
    public void Reads_utf8_with_and_without_a_byte_order_mark()
    {
        var plain = ArticleReader.Decode(Encoding.UTF8.GetBytes("Türkiye — “quoted”"));
        Assert.Equal(("Türkiye — “quoted”", "utf-8", (string?)null), (plain.Text, plain.EncodingName, plain.Problem));

        var bom = ArticleReader.Decode(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Türkiye")).ToArray());
        Assert.Equal(("Türkiye", "utf-8-bom"), (bom.Text, bom.EncodingName));
    }

    [Fact]
    public void Reads_utf16_and_utf32_by_their_byte_order_marks()
    {
        Assert.Equal("Türkiye", ArticleReader.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Türkiye")).ToArray()).Text);
        Assert.Equal("Türkiye", ArticleReader.Decode(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Türkiye")).ToArray()).Text);
        Assert.Equal("Türkiye", ArticleReader.Decode(Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes("Türkiye")).ToArray()).Text);
        Assert.Equal("utf-16le", ArticleReader.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("x")).ToArray()).EncodingName);
    }

    [Fact]
    public void Falls_back_to_latin1_for_invalid_utf8()
    {
        var decoded = ArticleReader.Decode(new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'o', (byte)'k' });

        Assert.Equal(("café ok", "latin-1", (string?)null), (decoded.Text, decoded.EncodingName, decoded.Problem));
    }

    [Fact]
    public void Empty_files_are_text_and_binary_files_are_not()
    {
        Assert.Null(ArticleReader.Decode(Array.Empty<byte>()).Problem);
        Assert.NotNull(ArticleReader.Decode(new byte[] { 65, 0, 66 }).Problem);
        Assert.NotNull(ArticleReader.Decode(new byte[] { 1, 2, 3, 4, 5, 6, 65 }).Problem);
    }

    [Fact]
    public void The_catalogue_formats_with_the_invariant_culture()
    {
        Assert.Equal("The article 'a.txt' has the same content as 'b.txt'; its facts are counted once", DiagnosticCatalog.FormatMessage("NF0008", new[] { "a.txt", "b.txt" }));
    }
}
