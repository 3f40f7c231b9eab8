using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsFacts.Demo;

/// <summary>Prints the facts generated from the seed articles, through the generated API only.</summary>
internal static class Program
{
    private static int Main()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Console.WriteLine($"NewsFacts from {Articles.All.Count} article(s):");
        foreach (var article in Articles.All)
        {
            Console.WriteLine($"  {article.File}: {article.Title ?? "(no headline)"}");
        }

        Console.WriteLine();
        Console.WriteLine($"Organisations ({Organizations.All.Count}):");
        foreach (var organization in Organizations.All)
        {
            Console.WriteLine($"  {organization}");
            PrintCount("member states", organization.MemberCount, organization.Members.Count);
            PrintCount("dialogue partners", organization.DialoguePartnerCount, organization.DialoguePartners.Count);
            PrintCount("observers", organization.ObserverCount, organization.Observers.Count);
            PrintCountries("members", organization.Members);
            PrintCountries("dialogue partners", organization.DialoguePartners);
            PrintCountries("observers", organization.Observers);
            PrintCountries("non-members", organization.NonMembers);
            if (organization.Joining.Count > 0)
            {
                Console.WriteLine("    joining: " + string.Join(", ", organization.Joining.Select(a => a.When is null ? a.Country.Name : $"{a.Country.Name} ({a.When})")));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Countries ({Countries.All.Count}): {string.Join(", ", Countries.All.Select(c => $"{c.Name} [{c.Iso2}]"))}");

        Console.WriteLine();
        Console.WriteLine($"People ({People.All.Count}):");
        foreach (var person in People.All)
        {
            var details = new[] { person.Title, person.Country }.Where(d => d is not null);
            var suffix = details.Any() ? " — " + string.Join(", ", details) : string.Empty;
            Console.WriteLine($"  {person.Name}{suffix} ({person.Quotes.Count} quote(s))");
        }

        Console.WriteLine();
        Console.WriteLine($"Quotes ({Quotes.All.Count}):");
        foreach (var quote in Quotes.All)
        {
            var speaker = quote.Speaker ?? "(unattributed)";
            var addressee = quote.Addressee is null ? string.Empty : $" to {quote.Addressee}";
            Console.WriteLine($"  [{quote.Kind}] {speaker}{addressee}, {quote.File}({quote.Line},{quote.Column}): \"{quote.Text}\"");
        }

        return 0;
    }

    private static void PrintCount(string what, int? stated, int named)
    {
        if (stated is null && named == 0)
        {
            return;
        }

        Console.WriteLine($"    {what}: {(stated is null ? "no count stated" : $"{stated} stated")}, {named} named");
    }

    private static void PrintCountries(string what, IReadOnlyList<Country> countries)
    {
        if (countries.Count > 0)
        {
            Console.WriteLine($"    {what}: {string.Join(", ", countries.Select(c => c.Name))}");
        }
    }
}
