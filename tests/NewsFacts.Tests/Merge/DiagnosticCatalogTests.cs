using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsFacts.Diagnostics;
using NewsFacts.Merge;
using NewsFacts.Model;
using Xunit;

namespace NewsFacts.Tests.Merge;

/// <summary>The pure-C# catalogue (used by the CLI) says what the generator's descriptors say.</summary>
public sealed class DiagnosticCatalogTests
{
    [Fact]
    public void Every_descriptor_has_a_catalogue_entry_with_the_same_wording()
    {
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var entry = DiagnosticCatalog.Find(descriptor.Id);
            Assert.True(entry is not null, "No catalogue entry for " + descriptor.Id);
            Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), entry!.Title);
            Assert.Equal(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), entry.MessageFormat);
            Assert.Equal(descriptor.Category, entry.Category);
            Assert.Equal(descriptor.HelpLinkUri, entry.HelpLinkUri);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), entry.Severity.ToString());
        }

        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id), DiagnosticCatalog.All.Select(e => e.Id));
    }

    [Fact]
    public void Every_id_of_the_model_is_in_the_catalogue()
    {
        var ids = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(10, ids.Count);
        Assert.All(ids, id => Assert.NotNull(DiagnosticCatalog.Find(id)));
    }

    [Fact]
    public void Formatting_pads_missing_arguments_and_keeps_unknown_ids()
    {
        Assert.Equal("Sweden is called both a member and a non-member of ", DiagnosticCatalog.FormatMessage(DiagnosticIds.MemberAndNonMember, new[] { "Sweden" }));
        Assert.Equal("NF4242: a, b", DiagnosticCatalog.FormatMessage("NF4242", new[] { "a", "b" }));
        Assert.Equal(FactsDiagnosticSeverity.Warning, DiagnosticCatalog.SeverityOf("NF4242"));
        Assert.Equal(FactsDiagnosticSeverity.Info, DiagnosticCatalog.SeverityOf(DiagnosticIds.UnattributedQuote));
    }

    [Fact]
    public void Message_arguments_match_the_ids_documented_arguments()
    {
        Assert.Equal(
            "The article says SCO has 9 members, but names 10: A, B",
            DiagnosticCatalog.FormatMessage(DiagnosticIds.CountMismatch, new[] { "SCO", "members", "9", "10", "A, B" }));
        Assert.Equal(
            "Belarus joins SCO at contradicting times: 'on Thursday' and 'July 4'",
            DiagnosticCatalog.FormatMessage(DiagnosticIds.ContradictingJoinDates, new[] { "Belarus", "SCO", "on Thursday", "July 4" }));
        Assert.Equal("members", DiagnosticCatalog.RelationWord(RelationKind.Member));
        Assert.Equal("dialogue partners", DiagnosticCatalog.RelationWord(RelationKind.DialoguePartner));
        _ = DiagnosticSeverity.Warning;
    }
}
