using System;
using System.Collections.Generic;

namespace NewsFacts.Extraction.Lexicon;

/// <summary>How a surface form refers to its country.</summary>
public enum CountryFormKind
{
    /// <summary>The canonical common English short name ("Kazakhstan").</summary>
    Name,
    /// <summary>An official name, abbreviation or alternative spelling ("Republic of Kazakhstan", "U.S.", "Türkiye").</summary>
    Alias,
    /// <summary>An adjective of nationality ("Kazakh", "Turkish"); some double as singular demonyms ("Chinese", "Swiss").</summary>
    Adjective,
    /// <summary>A noun for the people, usually plural ("Kazakhs", "Britons", "Frenchmen").</summary>
    Demonym,
    /// <summary>A capital or seat of government, often used for the government itself ("Moscow", "Astana").</summary>
    Capital,
}

/// <summary>A country (UN member or observer state, Taiwan, Kosovo, or a state in free association: the Cook Islands, Niue).</summary>
public sealed class CountryEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="name">The common English short name ("United States", "Ivory Coast").</param>
    /// <param name="iso2">The ISO 3166-1 alpha-2 code ("US"); "XK" for Kosovo.</param>
    public CountryEntry(string name, string iso2)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Iso2 = iso2 ?? throw new ArgumentNullException(nameof(iso2));
    }

    /// <summary>The common English short name: "United States", "Turkey", "Ivory Coast", "Czech Republic".</summary>
    public string Name { get; }

    /// <summary>The ISO 3166-1 alpha-2 code ("US", "TR"); "XK" for Kosovo.</summary>
    public string Iso2 { get; }

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Iso2 + ")";
}

/// <summary>What a surface form means: its country, how it names it, and whether it is also an ordinary word, a first name or another place.</summary>
public readonly struct CountryForm
{
    /// <summary>Creates a form.</summary>
    public CountryForm(CountryEntry country, CountryFormKind kind, bool ambiguous)
    {
        Country = country;
        Kind = kind;
        Ambiguous = ambiguous;
    }

    /// <summary>The country the form refers to.</summary>
    public CountryEntry Country { get; }

    /// <summary>How the form refers to the country.</summary>
    public CountryFormKind Kind { get; }

    /// <summary>True when the form is also a common word, a first name or another place ("Jordan", "Georgia", "America", "Washington", "Indian"): the caller should want corroborating context.</summary>
    public bool Ambiguous { get; }

    /// <inheritdoc />
    public override string ToString() => (Country?.Name ?? "?") + " " + Kind + (Ambiguous ? " (ambiguous)" : "");
}

/// <summary>
/// The countries of the world with their names, aliases, adjectives, demonyms and capitals.
/// Lookups are exact and case-sensitive on the whole surface (tokens separated by one space); built once, read without locks.
/// </summary>
public static class CountryGazetteer
{
    private static readonly CountryEntry[] s_all;
    private static readonly Dictionary<string, CountryForm> s_forms;
    private static readonly Dictionary<string, CountryEntry> s_byName;
    private static readonly List<string> s_conflicts = new List<string>();

    /// <summary>All countries, in data order.</summary>
    public static IReadOnlyList<CountryEntry> All => s_all;

    /// <summary>The most words (space-separated tokens) in any surface form.</summary>
    public static int MaxWords { get; }

    /// <summary>The number of distinct surface forms.</summary>
    public static int FormCount => s_forms.Count;

    /// <summary>
    /// Data errors found while building the tables (a surface claimed by two countries, a duplicated name or code).
    /// Always empty for correct data; the first claimant wins.
    /// </summary>
    public static IReadOnlyList<string> Conflicts => s_conflicts;

    /// <summary>Every surface form with its meaning (for tests and tools).</summary>
    public static IEnumerable<KeyValuePair<string, CountryForm>> Forms => s_forms;

    /// <summary>
    /// States of the past that no state of today continues under the facts' names ("Czechoslovakia", "the Soviet Union"): an
    /// item of a list of states, but no state of its own. (Those that one state continues are aliases of it: "Upper Volta",
    /// "the Malagasy Republic", "West Germany".)
    /// </summary>
    public static bool IsFormerState(string name) => name is "Czechoslovakia" or "Yugoslavia" or "Jugoslavia" or "Soviet Union" or "USSR" or "East Germany"
        or "East Pakistan" or "West Pakistan" or "South Vietnam" or "North Vietnam" or "South Yemen" or "North Yemen" or "Zanzibar" or "Tanganyika" or "Rhodesia" or "Prussia"
        or "Ottoman Empire" or "Austria-Hungary" or "Austro-Hungarian Empire" or "Holy Roman Empire";

    /// <summary>
    /// Looks up the exact surface text ("United States", "U.S.", "Türkiye", "Kazakh", "Russians", "Moscow").
    /// Case-sensitive; a typographic apostrophe (’) is read as an ASCII one. "the Netherlands" is not a form: look up "Netherlands".
    /// </summary>
    public static bool TryLookup(string surface, out CountryForm form)
    {
        if (string.IsNullOrEmpty(surface))
        {
            form = default;
            return false;
        }
        if (s_forms.TryGetValue(surface, out form))
            return true;
        if (surface.IndexOf('\u2019') >= 0 || surface.IndexOf('\u02BC') >= 0)
            return s_forms.TryGetValue(surface.Replace('\u2019', '\'').Replace('\u02BC', '\''), out form);
        return false;
    }

    /// <summary>Finds a country by its canonical <see cref="CountryEntry.Name"/> (ordinal).</summary>
    public static bool TryGetByName(string name, out CountryEntry entry)
    {
        if (name == null)
        {
            entry = null!;
            return false;
        }
        if (s_byName.TryGetValue(name, out var found))
        {
            entry = found;
            return true;
        }
        entry = null!;
        return false;
    }

    static CountryGazetteer()
    {
        var rows = Data();
        s_all = new CountryEntry[rows.Length];
        s_forms = new Dictionary<string, CountryForm>(rows.Length * 8, StringComparer.Ordinal);
        s_byName = new Dictionary<string, CountryEntry>(rows.Length, StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var maxWords = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var nameAmbiguous = Strip(row.Name, out var name);
            var entry = new CountryEntry(name, row.Iso2);
            s_all[i] = entry;
            if (s_byName.ContainsKey(name))
                s_conflicts.Add("duplicate name '" + name + "'");
            else
                s_byName.Add(name, entry);
            if (!codes.Add(row.Iso2))
                s_conflicts.Add("duplicate code '" + row.Iso2 + "' (" + name + ")");

            Add(entry, name, CountryFormKind.Name, nameAmbiguous, ref maxWords);
            AddAll(entry, row.Aliases, CountryFormKind.Alias, ref maxWords);
            AddAll(entry, row.Adjectives, CountryFormKind.Adjective, ref maxWords);
            AddAll(entry, row.Demonyms, CountryFormKind.Demonym, ref maxWords);
            AddAll(entry, row.Capitals, CountryFormKind.Capital, ref maxWords);
        }
        MaxWords = maxWords;
    }

    private static void AddAll(CountryEntry entry, string list, CountryFormKind kind, ref int maxWords)
    {
        if (list.Length == 0)
            return;
        foreach (var raw in list.Split('|'))
        {
            var ambiguous = Strip(raw, out var surface);
            if (surface.Length == 0)
            {
                s_conflicts.Add("empty form for " + entry.Name);
                continue;
            }
            Add(entry, surface, kind, ambiguous, ref maxWords);
        }
    }

    private static void Add(CountryEntry entry, string surface, CountryFormKind kind, bool ambiguous, ref int maxWords)
    {
        if (surface.IndexOf("  ", StringComparison.Ordinal) >= 0 || surface[0] == ' ' || surface[surface.Length - 1] == ' ')
            s_conflicts.Add("badly spaced form '" + surface + "' for " + entry.Name);
        if (s_forms.TryGetValue(surface, out var existing))
        {
            // The same country may list one surface twice (Chinese: adjective and demonym; Singapore: name and capital): keep the first.
            if (!ReferenceEquals(existing.Country, entry))
                s_conflicts.Add("'" + surface + "' claimed by " + existing.Country.Name + " and " + entry.Name);
            return;
        }
        s_forms.Add(surface, new CountryForm(entry, kind, ambiguous));
        var words = 1;
        foreach (var c in surface)
            if (c == ' ')
                words++;
        if (words > maxWords)
            maxWords = words;
    }

    // A trailing '?' in the data marks an ambiguous form.
    private static bool Strip(string raw, out string surface)
    {
        var s = raw.Trim();
        if (s.Length > 0 && s[s.Length - 1] == '?')
        {
            surface = s.Substring(0, s.Length - 1).TrimEnd();
            return true;
        }
        surface = s;
        return false;
    }

    private sealed class Row
    {
        public Row(string name, string iso2, string aliases, string adjectives, string demonyms, string capitals)
        {
            Name = name;
            Iso2 = iso2;
            Aliases = aliases;
            Adjectives = adjectives;
            Demonyms = demonyms;
            Capitals = capitals;
        }

        public string Name { get; }
        public string Iso2 { get; }
        public string Aliases { get; }
        public string Adjectives { get; }
        public string Demonyms { get; }
        public string Capitals { get; }
    }

    private static Row C(string name, string iso2, string aliases = "", string adjectives = "", string demonyms = "", string capitals = "")
        => new Row(name, iso2, aliases, adjectives, demonyms, capitals);

    // One line per country. Forms are '|'-separated; a trailing '?' marks a form as ambiguous (also a common word,
    // a first name or another place). Adjectives that double as singular nouns ("Chinese", "Swiss") are listed once.
    // Deliberately absent: "Korea"/"Korean" (which Korea?), "Congolese", "Guinean", "Dominican"/"Dominicans" (Dominica or
    // the Dominican Republic?), "African", "Arab", "English"/"Scottish"/"Welsh" (not states), "the Netherlands" (caller drops "the").
    private static Row[] Data() => new[]
    {
        // ---- Africa (54)
        C("Algeria", "DZ", aliases: "People's Democratic Republic of Algeria", adjectives: "Algerian", demonyms: "Algerians", capitals: "Algiers"),
        C("Angola", "AO", aliases: "Republic of Angola", adjectives: "Angolan", demonyms: "Angolans", capitals: "Luanda"),
        C("Benin", "BJ", aliases: "Republic of Benin|Benin Republic|Dahomey", adjectives: "Beninese|Beninois", capitals: "Porto-Novo|Porto Novo"),
        C("Botswana", "BW", aliases: "Republic of Botswana|Bechuanaland", adjectives: "Botswanan|Motswana", demonyms: "Batswana|Botswanans", capitals: "Gaborone"),
        C("Burkina Faso", "BF", aliases: "Burkina|Upper Volta", adjectives: "Burkinabe|Burkinabè|Burkinabé", demonyms: "Burkinabes", capitals: "Ouagadougou"),
        C("Burundi", "BI", aliases: "Republic of Burundi", adjectives: "Burundian", demonyms: "Burundians", capitals: "Gitega"),
        C("Cameroon", "CM", aliases: "Republic of Cameroon|Cameroun", adjectives: "Cameroonian", demonyms: "Cameroonians", capitals: "Yaounde|Yaoundé"),
        C("Cape Verde", "CV", aliases: "Cabo Verde|Republic of Cabo Verde|Republic of Cape Verde", adjectives: "Cape Verdean|Cabo Verdean", demonyms: "Cape Verdeans|Cabo Verdeans", capitals: "Praia"),
        C("Central African Republic", "CF", aliases: "CAR?|Centrafrique", adjectives: "Central African?", demonyms: "Central Africans?", capitals: "Bangui"),
        C("Chad?", "TD", aliases: "Republic of Chad", adjectives: "Chadian", demonyms: "Chadians", capitals: "N'Djamena|Ndjamena|N'Djaména"),
        C("Comoros", "KM", aliases: "Union of the Comoros|Comoro Islands", adjectives: "Comorian|Comoran", demonyms: "Comorians", capitals: "Moroni"),
        C("Democratic Republic of the Congo", "CD", aliases: "Democratic Republic of Congo|DR Congo|D.R. Congo|DRC|D.R.C.|Congo-Kinshasa|Congo?|Zaire", capitals: "Kinshasa"),
        C("Republic of the Congo", "CG", aliases: "Republic of Congo|Congo Republic|Congo-Brazzaville", capitals: "Brazzaville"),
        C("Djibouti", "DJ", aliases: "Republic of Djibouti", adjectives: "Djiboutian", demonyms: "Djiboutians", capitals: "Djibouti City"),
        C("Egypt", "EG", aliases: "United Arab Republic|Arab Republic of Egypt", adjectives: "Egyptian", demonyms: "Egyptians", capitals: "Cairo"),
        C("Equatorial Guinea", "GQ", aliases: "Republic of Equatorial Guinea", adjectives: "Equatorial Guinean|Equatoguinean", demonyms: "Equatorial Guineans|Equatoguineans", capitals: "Malabo"),
        C("Eritrea", "ER", aliases: "State of Eritrea", adjectives: "Eritrean", demonyms: "Eritreans", capitals: "Asmara"),
        C("Eswatini", "SZ", aliases: "Swaziland|Kingdom of Eswatini|Kingdom of Swaziland", adjectives: "Swazi|Liswati", demonyms: "Swazis|Emaswati", capitals: "Mbabane|Lobamba"),
        C("Ethiopia", "ET", aliases: "Federal Democratic Republic of Ethiopia|Abyssinia", adjectives: "Ethiopian", demonyms: "Ethiopians", capitals: "Addis Ababa"),
        C("Gabon", "GA", aliases: "Gabonese Republic", adjectives: "Gabonese", capitals: "Libreville"),
        C("Gambia", "GM", aliases: "Republic of the Gambia|Republic of The Gambia", adjectives: "Gambian", demonyms: "Gambians", capitals: "Banjul"),
        C("Ghana", "GH", aliases: "Republic of Ghana", adjectives: "Ghanaian", demonyms: "Ghanaians", capitals: "Accra"),
        C("Guinea", "GN", aliases: "Republic of Guinea|Guinea-Conakry", capitals: "Conakry"),
        C("Guinea-Bissau", "GW", aliases: "Guinea Bissau|Republic of Guinea-Bissau", adjectives: "Bissau-Guinean", demonyms: "Bissau-Guineans", capitals: "Bissau"),
        C("Ivory Coast", "CI", aliases: "Côte d'Ivoire|Cote d'Ivoire|Côte D'Ivoire|Cote D'Ivoire|Republic of Côte d'Ivoire|Republic of Cote d'Ivoire", adjectives: "Ivorian|Ivoirian", demonyms: "Ivorians|Ivoirians", capitals: "Yamoussoukro"),
        C("Kenya", "KE", aliases: "Republic of Kenya", adjectives: "Kenyan", demonyms: "Kenyans", capitals: "Nairobi"),
        C("Lesotho", "LS", aliases: "Kingdom of Lesotho|Basutoland", adjectives: "Basotho|Mosotho|Lesothan", capitals: "Maseru"),
        C("Liberia", "LR", aliases: "Republic of Liberia", adjectives: "Liberian", demonyms: "Liberians", capitals: "Monrovia"),
        C("Libya", "LY", aliases: "State of Libya", adjectives: "Libyan", demonyms: "Libyans", capitals: "Tripoli?"),
        C("Madagascar", "MG", aliases: "Republic of Madagascar|Malagasy Republic", adjectives: "Malagasy|Madagascan", demonyms: "Madagascans", capitals: "Antananarivo"),
        C("Malawi", "MW", aliases: "Republic of Malawi|Nyasaland", adjectives: "Malawian", demonyms: "Malawians", capitals: "Lilongwe"),
        C("Mali", "ML", aliases: "Republic of Mali", adjectives: "Malian", demonyms: "Malians", capitals: "Bamako"),
        C("Mauritania", "MR", aliases: "Islamic Republic of Mauritania", adjectives: "Mauritanian", demonyms: "Mauritanians", capitals: "Nouakchott"),
        C("Mauritius", "MU", aliases: "Republic of Mauritius", adjectives: "Mauritian", demonyms: "Mauritians", capitals: "Port Louis"),
        C("Morocco", "MA", aliases: "Kingdom of Morocco", adjectives: "Moroccan", demonyms: "Moroccans", capitals: "Rabat"),
        C("Mozambique", "MZ", aliases: "Republic of Mozambique", adjectives: "Mozambican", demonyms: "Mozambicans", capitals: "Maputo"),
        C("Namibia", "NA", aliases: "Republic of Namibia", adjectives: "Namibian", demonyms: "Namibians", capitals: "Windhoek"),
        C("Niger", "NE", aliases: "Republic of Niger|Republic of the Niger|Niger Republic", adjectives: "Nigerien", demonyms: "Nigeriens", capitals: "Niamey"),
        C("Nigeria", "NG", aliases: "Federal Republic of Nigeria", adjectives: "Nigerian", demonyms: "Nigerians", capitals: "Abuja"),
        C("Rwanda", "RW", aliases: "Republic of Rwanda", adjectives: "Rwandan|Rwandese", demonyms: "Rwandans", capitals: "Kigali"),
        C("Sao Tome and Principe", "ST", aliases: "São Tomé and Príncipe|Sao Tome & Principe|São Tomé & Príncipe", adjectives: "Santomean|Sao Tomean", demonyms: "Santomeans", capitals: "São Tomé|Sao Tome"),
        C("Senegal", "SN", aliases: "Republic of Senegal", adjectives: "Senegalese", capitals: "Dakar"),
        C("Seychelles", "SC", aliases: "Republic of Seychelles", adjectives: "Seychellois", capitals: "Victoria?"),
        C("Sierra Leone", "SL", aliases: "Republic of Sierra Leone", adjectives: "Sierra Leonean", demonyms: "Sierra Leoneans", capitals: "Freetown"),
        C("Somalia", "SO", aliases: "Federal Republic of Somalia|Somali Republic", adjectives: "Somali|Somalian", demonyms: "Somalis|Somalians", capitals: "Mogadishu"),
        C("South Africa", "ZA", aliases: "Republic of South Africa|Union of South Africa|RSA?|SA?", adjectives: "South African", demonyms: "South Africans", capitals: "Pretoria|Tshwane|Cape Town|Bloemfontein"),
        C("South Sudan", "SS", aliases: "Republic of South Sudan", adjectives: "South Sudanese", capitals: "Juba"),
        C("Sudan", "SD", aliases: "Republic of the Sudan|Republic of Sudan", adjectives: "Sudanese", capitals: "Khartoum"),
        C("Tanzania", "TZ", aliases: "United Republic of Tanzania", adjectives: "Tanzanian", demonyms: "Tanzanians", capitals: "Dodoma"),
        C("Togo", "TG", aliases: "Togolese Republic", adjectives: "Togolese", capitals: "Lome|Lomé"),
        C("Tunisia", "TN", aliases: "Republic of Tunisia|Tunisian Republic", adjectives: "Tunisian", demonyms: "Tunisians", capitals: "Tunis"),
        C("Uganda", "UG", aliases: "Republic of Uganda", adjectives: "Ugandan", demonyms: "Ugandans", capitals: "Kampala"),
        C("Zambia", "ZM", aliases: "Republic of Zambia|Northern Rhodesia", adjectives: "Zambian", demonyms: "Zambians", capitals: "Lusaka"),
        C("Zimbabwe", "ZW", aliases: "Republic of Zimbabwe", adjectives: "Zimbabwean", demonyms: "Zimbabweans", capitals: "Harare"),

        // ---- Americas (35)
        C("Antigua and Barbuda", "AG", aliases: "Antigua & Barbuda|Antigua", adjectives: "Antiguan|Barbudan", demonyms: "Antiguans|Barbudans", capitals: "St. John's?|St John's?|Saint John's?"),
        C("Argentina", "AR", aliases: "Argentine Republic", adjectives: "Argentine|Argentinian|Argentinean", demonyms: "Argentines|Argentinians|Argentineans", capitals: "Buenos Aires"),
        C("Bahamas", "BS", aliases: "Commonwealth of The Bahamas|Commonwealth of the Bahamas", adjectives: "Bahamian", demonyms: "Bahamians", capitals: "Nassau"),
        C("Barbados", "BB", adjectives: "Barbadian|Bajan", demonyms: "Barbadians|Bajans", capitals: "Bridgetown"),
        C("Belize", "BZ", aliases: "British Honduras", adjectives: "Belizean", demonyms: "Belizeans", capitals: "Belmopan"),
        C("Bolivia", "BO", aliases: "Plurinational State of Bolivia", adjectives: "Bolivian", demonyms: "Bolivians", capitals: "Sucre|La Paz"),
        C("Brazil", "BR", aliases: "Federative Republic of Brazil|Brasil", adjectives: "Brazilian", demonyms: "Brazilians", capitals: "Brasilia|Brasília"),
        C("Canada", "CA", adjectives: "Canadian", demonyms: "Canadians", capitals: "Ottawa"),
        C("Chile", "CL", aliases: "Republic of Chile", adjectives: "Chilean", demonyms: "Chileans", capitals: "Santiago?"),
        C("Colombia", "CO", aliases: "Republic of Colombia", adjectives: "Colombian", demonyms: "Colombians", capitals: "Bogota|Bogotá"),
        C("Costa Rica", "CR", aliases: "Republic of Costa Rica", adjectives: "Costa Rican", demonyms: "Costa Ricans", capitals: "San Jose?|San José?"),
        C("Cuba", "CU", aliases: "Republic of Cuba", adjectives: "Cuban", demonyms: "Cubans", capitals: "Havana"),
        C("Dominica", "DM", aliases: "Commonwealth of Dominica", capitals: "Roseau"),
        C("Dominican Republic", "DO", capitals: "Santo Domingo"),
        C("Ecuador", "EC", aliases: "Republic of Ecuador", adjectives: "Ecuadorian|Ecuadorean", demonyms: "Ecuadorians|Ecuadoreans", capitals: "Quito"),
        C("El Salvador", "SV", aliases: "Republic of El Salvador", adjectives: "Salvadoran|Salvadorean", demonyms: "Salvadorans|Salvadoreans", capitals: "San Salvador"),
        C("Grenada", "GD", adjectives: "Grenadian", demonyms: "Grenadians", capitals: "St. George's|St George's|Saint George's"),
        C("Guatemala", "GT", aliases: "Republic of Guatemala", adjectives: "Guatemalan", demonyms: "Guatemalans", capitals: "Guatemala City"),
        C("Guyana", "GY", aliases: "Co-operative Republic of Guyana|Cooperative Republic of Guyana|British Guiana", adjectives: "Guyanese", capitals: "Georgetown?"),
        C("Haiti", "HT", aliases: "Republic of Haiti|Haïti", adjectives: "Haitian", demonyms: "Haitians", capitals: "Port-au-Prince"),
        C("Honduras", "HN", aliases: "Republic of Honduras", adjectives: "Honduran", demonyms: "Hondurans", capitals: "Tegucigalpa"),
        C("Jamaica", "JM", adjectives: "Jamaican", demonyms: "Jamaicans", capitals: "Kingston?"),
        C("Mexico", "MX", aliases: "United Mexican States|México", adjectives: "Mexican", demonyms: "Mexicans", capitals: "Mexico City"),
        C("Nicaragua", "NI", aliases: "Republic of Nicaragua", adjectives: "Nicaraguan", demonyms: "Nicaraguans", capitals: "Managua"),
        C("Panama", "PA", aliases: "Republic of Panama|Panamá", adjectives: "Panamanian", demonyms: "Panamanians", capitals: "Panama City"),
        C("Paraguay", "PY", aliases: "Republic of Paraguay", adjectives: "Paraguayan", demonyms: "Paraguayans", capitals: "Asuncion|Asunción"),
        C("Peru", "PE", aliases: "Republic of Peru|Perú", adjectives: "Peruvian", demonyms: "Peruvians", capitals: "Lima"),
        C("Saint Kitts and Nevis", "KN", aliases: "St Kitts and Nevis|St. Kitts and Nevis|Saint Kitts & Nevis|St Kitts & Nevis|Saint Christopher and Nevis|Federation of Saint Kitts and Nevis|St. Kitts-Nevis-Anguilla|St Kitts-Nevis-Anguilla|Saint Kitts-Nevis-Anguilla|St. Kitts-Nevis|St Kitts-Nevis|Saint Kitts-Nevis|St. Kitts|St Kitts|Saint Kitts", adjectives: "Kittitian|Nevisian", demonyms: "Kittitians|Nevisians", capitals: "Basseterre"),
        C("Saint Lucia", "LC", aliases: "St Lucia|St. Lucia", adjectives: "Saint Lucian|St Lucian|St. Lucian", demonyms: "Saint Lucians|St Lucians|St. Lucians", capitals: "Castries"),
        C("Saint Vincent and the Grenadines", "VC", aliases: "St Vincent and the Grenadines|St. Vincent and the Grenadines|Saint Vincent|St Vincent|St. Vincent|SVG?", adjectives: "Vincentian", demonyms: "Vincentians", capitals: "Kingstown"),
        C("Suriname", "SR", aliases: "Surinam|Republic of Suriname|Dutch Guiana", adjectives: "Surinamese", demonyms: "Surinamers", capitals: "Paramaribo"),
        C("Trinidad and Tobago", "TT", aliases: "Trinidad & Tobago|Republic of Trinidad and Tobago|Trinidad", adjectives: "Trinidadian|Tobagonian", demonyms: "Trinidadians|Tobagonians", capitals: "Port of Spain|Port-of-Spain"),
        C("United States", "US", aliases: "United States of America|US|U.S.|USA|U.S.A.|America?", adjectives: "American", demonyms: "Americans", capitals: "Washington?|Washington DC|Washington D.C."),
        C("Uruguay", "UY", aliases: "Oriental Republic of Uruguay", adjectives: "Uruguayan", demonyms: "Uruguayans", capitals: "Montevideo"),
        C("Venezuela", "VE", aliases: "Bolivarian Republic of Venezuela", adjectives: "Venezuelan", demonyms: "Venezuelans", capitals: "Caracas"),

        // ---- Asia and the Middle East (47)
        C("Afghanistan", "AF", aliases: "Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan", adjectives: "Afghan", demonyms: "Afghans", capitals: "Kabul"),
        C("Armenia", "AM", aliases: "Republic of Armenia", adjectives: "Armenian", demonyms: "Armenians", capitals: "Yerevan"),
        C("Azerbaijan", "AZ", aliases: "Republic of Azerbaijan", adjectives: "Azerbaijani|Azeri", demonyms: "Azerbaijanis|Azeris", capitals: "Baku"),
        C("Bahrain", "BH", aliases: "Kingdom of Bahrain|State of Bahrain", adjectives: "Bahraini", demonyms: "Bahrainis", capitals: "Manama"),
        C("Bangladesh", "BD", aliases: "People's Republic of Bangladesh", adjectives: "Bangladeshi", demonyms: "Bangladeshis", capitals: "Dhaka"),
        C("Bhutan", "BT", aliases: "Kingdom of Bhutan", adjectives: "Bhutanese", capitals: "Thimphu"),
        C("Brunei", "BN", aliases: "Brunei Darussalam|Nation of Brunei", adjectives: "Bruneian", demonyms: "Bruneians", capitals: "Bandar Seri Begawan"),
        C("Cambodia", "KH", aliases: "Kingdom of Cambodia|Kampuchea|Khmer Republic", adjectives: "Cambodian", demonyms: "Cambodians", capitals: "Phnom Penh"),
        C("China", "CN", aliases: "People's Republic of China|PRC|P.R.C.|Mainland China|mainland China", adjectives: "Chinese", demonyms: "Chinese", capitals: "Beijing"),
        C("Cyprus", "CY", aliases: "Republic of Cyprus", adjectives: "Cypriot", demonyms: "Cypriots", capitals: "Nicosia"),
        C("Georgia?", "GE", aliases: "Sakartvelo", adjectives: "Georgian?", demonyms: "Georgians?", capitals: "Tbilisi"),
        C("India", "IN", aliases: "Republic of India|Bharat", adjectives: "Indian?", demonyms: "Indians?", capitals: "New Delhi|Delhi"),
        C("Indonesia", "ID", aliases: "Republic of Indonesia", adjectives: "Indonesian", demonyms: "Indonesians", capitals: "Jakarta|Nusantara?"),
        C("Iran", "IR", aliases: "Islamic Republic of Iran|Islamic Republic?|Persia?", adjectives: "Iranian", demonyms: "Iranians", capitals: "Tehran|Teheran"),
        C("Iraq", "IQ", aliases: "Republic of Iraq|Irak", adjectives: "Iraqi", demonyms: "Iraqis", capitals: "Baghdad"),
        C("Israel", "IL", aliases: "State of Israel", adjectives: "Israeli", demonyms: "Israelis", capitals: "Jerusalem?"),
        C("Japan", "JP", adjectives: "Japanese", capitals: "Tokyo"),
        C("Jordan?", "JO", aliases: "Hashemite Kingdom of Jordan", adjectives: "Jordanian", demonyms: "Jordanians", capitals: "Amman"),
        C("Kazakhstan", "KZ", aliases: "Republic of Kazakhstan|Kazakstan|Qazaqstan", adjectives: "Kazakh|Kazakhstani|Kazak", demonyms: "Kazakhs|Kazakhstanis", capitals: "Astana|Nur-Sultan"),
        C("Kuwait", "KW", aliases: "State of Kuwait", adjectives: "Kuwaiti", demonyms: "Kuwaitis", capitals: "Kuwait City"),
        C("Kyrgyzstan", "KG", aliases: "Kyrgyz Republic|Kirghizia|Kirgizia|Kyrgyzia", adjectives: "Kyrgyz|Kirghiz|Kyrgyzstani", demonyms: "Kyrgyzstanis", capitals: "Bishkek"),
        C("Laos", "LA", aliases: "Lao PDR|Lao People's Democratic Republic", adjectives: "Lao|Laotian", demonyms: "Laotians", capitals: "Vientiane"),
        C("Lebanon", "LB", aliases: "Lebanese Republic", adjectives: "Lebanese", capitals: "Beirut"),
        C("Malaysia", "MY", aliases: "Federation of Malaysia|Malaya", adjectives: "Malaysian", demonyms: "Malaysians", capitals: "Kuala Lumpur|Putrajaya"),
        C("Maldives", "MV", aliases: "Republic of Maldives|Maldive Islands", adjectives: "Maldivian", demonyms: "Maldivians", capitals: "Malé|Male?"),
        C("Mongolia", "MN", adjectives: "Mongolian", demonyms: "Mongolians", capitals: "Ulaanbaatar|Ulan Bator"),
        C("Myanmar", "MM", aliases: "Burma|Republic of the Union of Myanmar", adjectives: "Burmese", capitals: "Naypyidaw|Naypyitaw|Nay Pyi Taw"),
        C("Nepal", "NP", aliases: "Federal Democratic Republic of Nepal", adjectives: "Nepali|Nepalese", demonyms: "Nepalis", capitals: "Kathmandu"),
        C("North Korea", "KP", aliases: "DPRK|D.P.R.K.|Democratic People's Republic of Korea", adjectives: "North Korean", demonyms: "North Koreans", capitals: "Pyongyang"),
        C("Oman", "OM", aliases: "Sultanate of Oman", adjectives: "Omani", demonyms: "Omanis", capitals: "Muscat"),
        C("Pakistan", "PK", aliases: "Islamic Republic of Pakistan", adjectives: "Pakistani", demonyms: "Pakistanis", capitals: "Islamabad"),
        C("Philippines", "PH", aliases: "Republic of the Philippines", adjectives: "Philippine|Filipino|Filipina", demonyms: "Filipinos|Filipinas", capitals: "Manila"),
        C("Qatar", "QA", aliases: "State of Qatar", adjectives: "Qatari", demonyms: "Qataris", capitals: "Doha"),
        C("Saudi Arabia", "SA", aliases: "Kingdom of Saudi Arabia|KSA", adjectives: "Saudi|Saudi Arabian", demonyms: "Saudis|Saudi Arabians", capitals: "Riyadh"),
        C("Singapore", "SG", aliases: "Republic of Singapore", adjectives: "Singaporean", demonyms: "Singaporeans"),
        C("South Korea", "KR", aliases: "Republic of Korea|ROK|R.O.K.|Korea", adjectives: "South Korean", demonyms: "South Koreans", capitals: "Seoul"),
        C("Sri Lanka", "LK", aliases: "Democratic Socialist Republic of Sri Lanka|Ceylon", adjectives: "Sri Lankan", demonyms: "Sri Lankans", capitals: "Colombo|Sri Jayawardenepura Kotte"),
        C("Syria", "SY", aliases: "Syrian Arab Republic", adjectives: "Syrian", demonyms: "Syrians", capitals: "Damascus"),
        C("Tajikistan", "TJ", aliases: "Republic of Tajikistan|Tadjikistan|Tadzhikistan", adjectives: "Tajik|Tajikistani|Tadjik", demonyms: "Tajiks|Tajikistanis", capitals: "Dushanbe"),
        C("Thailand", "TH", aliases: "Kingdom of Thailand|Siam", adjectives: "Thai", demonyms: "Thais", capitals: "Bangkok"),
        C("Timor-Leste", "TL", aliases: "East Timor|Timor Leste|Democratic Republic of Timor-Leste", adjectives: "East Timorese|Timorese", capitals: "Dili"),
        C("Turkey", "TR", aliases: "Türkiye|Turkiye|Republic of Türkiye|Republic of Turkiye|Republic of Turkey", adjectives: "Turkish", demonyms: "Turks|Turk", capitals: "Ankara"),
        C("Turkmenistan", "TM", adjectives: "Turkmen|Turkmenistani", demonyms: "Turkmens|Turkmenistanis", capitals: "Ashgabat|Ashkhabad"),
        C("United Arab Emirates", "AE", aliases: "UAE|U.A.E.|Emirates?|State of the United Arab Emirates", adjectives: "Emirati", demonyms: "Emiratis", capitals: "Abu Dhabi"),
        C("Uzbekistan", "UZ", aliases: "Republic of Uzbekistan", adjectives: "Uzbek|Uzbekistani", demonyms: "Uzbeks|Uzbekistanis", capitals: "Tashkent"),
        C("Vietnam", "VN", aliases: "Viet Nam|Socialist Republic of Vietnam|Socialist Republic of Viet Nam", adjectives: "Vietnamese", capitals: "Hanoi|Ha Noi"),
        C("Yemen", "YE", aliases: "Republic of Yemen", adjectives: "Yemeni", demonyms: "Yemenis", capitals: "Sanaa|Sana'a"),

        // ---- Europe (43)
        C("Albania", "AL", aliases: "Republic of Albania", adjectives: "Albanian", demonyms: "Albanians", capitals: "Tirana|Tiranë"),
        C("Andorra", "AD", aliases: "Principality of Andorra", adjectives: "Andorran", demonyms: "Andorrans", capitals: "Andorra la Vella"),
        C("Austria", "AT", aliases: "Republic of Austria", adjectives: "Austrian", demonyms: "Austrians", capitals: "Vienna"),
        C("Belarus", "BY", aliases: "Republic of Belarus|Byelorussia|Belorussia", adjectives: "Belarusian|Belarussian|Byelorussian", demonyms: "Belarusians|Belarussians", capitals: "Minsk"),
        C("Belgium", "BE", aliases: "Kingdom of Belgium", adjectives: "Belgian", demonyms: "Belgians", capitals: "Brussels?"),
        C("Bosnia and Herzegovina", "BA", aliases: "Bosnia-Herzegovina|Bosnia & Herzegovina|Bosnia|BiH", adjectives: "Bosnian|Herzegovinian", demonyms: "Bosnians", capitals: "Sarajevo"),
        C("Bulgaria", "BG", aliases: "Republic of Bulgaria", adjectives: "Bulgarian", demonyms: "Bulgarians", capitals: "Sofia?"),
        C("Croatia", "HR", aliases: "Republic of Croatia|Hrvatska", adjectives: "Croatian|Croat", demonyms: "Croatians|Croats", capitals: "Zagreb"),
        C("Czech Republic", "CZ", aliases: "Czechia", adjectives: "Czech", demonyms: "Czechs", capitals: "Prague"),
        C("Denmark", "DK", aliases: "Kingdom of Denmark", adjectives: "Danish", demonyms: "Danes?|Dane?", capitals: "Copenhagen"),
        C("Estonia", "EE", aliases: "Republic of Estonia", adjectives: "Estonian", demonyms: "Estonians", capitals: "Tallinn"),
        C("Finland", "FI", aliases: "Republic of Finland", adjectives: "Finnish", demonyms: "Finns|Finn?", capitals: "Helsinki"),
        C("France", "FR", aliases: "French Republic", adjectives: "French", demonyms: "Frenchman|Frenchmen|Frenchwoman|Frenchwomen", capitals: "Paris"),
        C("Germany", "DE", aliases: "Federal Republic of Germany|Deutschland", adjectives: "German", demonyms: "Germans", capitals: "Berlin"),
        C("Greece", "GR", aliases: "Hellenic Republic|Hellas", adjectives: "Greek|Hellenic", demonyms: "Greeks", capitals: "Athens"),
        C("Hungary", "HU", adjectives: "Hungarian", demonyms: "Hungarians", capitals: "Budapest"),
        C("Iceland", "IS", aliases: "Republic of Iceland", adjectives: "Icelandic", demonyms: "Icelanders|Icelander", capitals: "Reykjavik|Reykjavík"),
        C("Ireland", "IE", aliases: "Republic of Ireland|Irish Republic|Eire|Éire", adjectives: "Irish", demonyms: "Irishman|Irishmen|Irishwoman|Irishwomen", capitals: "Dublin"),
        C("Italy", "IT", aliases: "Italian Republic|Italia", adjectives: "Italian", demonyms: "Italians", capitals: "Rome"),
        C("Latvia", "LV", aliases: "Republic of Latvia", adjectives: "Latvian", demonyms: "Latvians", capitals: "Riga"),
        C("Liechtenstein", "LI", aliases: "Principality of Liechtenstein", adjectives: "Liechtensteiner", demonyms: "Liechtensteiners", capitals: "Vaduz"),
        C("Lithuania", "LT", aliases: "Republic of Lithuania", adjectives: "Lithuanian", demonyms: "Lithuanians", capitals: "Vilnius"),
        C("Luxembourg", "LU", aliases: "Grand Duchy of Luxembourg", adjectives: "Luxembourgish|Luxembourgian", demonyms: "Luxembourgers|Luxembourger", capitals: "Luxembourg City"),
        C("Malta", "MT", aliases: "Republic of Malta", adjectives: "Maltese", capitals: "Valletta"),
        C("Moldova", "MD", aliases: "Republic of Moldova", adjectives: "Moldovan", demonyms: "Moldovans", capitals: "Chisinau|Chișinău|Chişinău|Kishinev"),
        C("Monaco", "MC", aliases: "Principality of Monaco", adjectives: "Monegasque|Monégasque", demonyms: "Monegasques|Monégasques"),
        C("Montenegro", "ME", aliases: "Crna Gora", adjectives: "Montenegrin", demonyms: "Montenegrins", capitals: "Podgorica"),
        C("Netherlands", "NL", aliases: "Kingdom of the Netherlands|Holland?", adjectives: "Dutch", demonyms: "Dutchman|Dutchmen|Dutchwoman|Dutchwomen|Netherlanders", capitals: "Amsterdam|The Hague?"),
        C("North Macedonia", "MK", aliases: "Republic of North Macedonia|Macedonia?|Republic of Macedonia|FYROM", adjectives: "North Macedonian|Macedonian?", demonyms: "North Macedonians|Macedonians?", capitals: "Skopje"),
        C("Norway", "NO", aliases: "Kingdom of Norway", adjectives: "Norwegian", demonyms: "Norwegians", capitals: "Oslo"),
        C("Poland", "PL", aliases: "Republic of Poland", adjectives: "Polish", demonyms: "Poles?|Pole?", capitals: "Warsaw"),
        C("Portugal", "PT", aliases: "Portuguese Republic", adjectives: "Portuguese", capitals: "Lisbon"),
        C("Romania", "RO", aliases: "Rumania|Roumania", adjectives: "Romanian", demonyms: "Romanians", capitals: "Bucharest"),
        C("Russia", "RU", aliases: "Russian Federation", adjectives: "Russian", demonyms: "Russians", capitals: "Moscow"),
        C("San Marino", "SM", aliases: "Republic of San Marino", adjectives: "Sammarinese", capitals: "City of San Marino"),
        C("Serbia", "RS", aliases: "Republic of Serbia|Servia", adjectives: "Serbian|Serb|Servian", demonyms: "Serbians|Serbs|Servians", capitals: "Belgrade"),
        C("Slovakia", "SK", aliases: "Slovak Republic", adjectives: "Slovak|Slovakian", demonyms: "Slovaks|Slovakians", capitals: "Bratislava"),
        C("Slovenia", "SI", aliases: "Republic of Slovenia", adjectives: "Slovenian|Slovene", demonyms: "Slovenians|Slovenes", capitals: "Ljubljana"),
        C("Spain", "ES", aliases: "Kingdom of Spain|España", adjectives: "Spanish", demonyms: "Spaniards|Spaniard", capitals: "Madrid"),
        C("Sweden", "SE", aliases: "Kingdom of Sweden", adjectives: "Swedish", demonyms: "Swedes|Swede?", capitals: "Stockholm"),
        C("Switzerland", "CH", aliases: "Swiss Confederation", adjectives: "Swiss", capitals: "Bern|Berne"),
        C("Ukraine", "UA", adjectives: "Ukrainian", demonyms: "Ukrainians", capitals: "Kyiv|Kiev"),
        C("United Kingdom", "GB", aliases: "UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland|GB?", adjectives: "British", demonyms: "Britons|Briton|Brits|Brit", capitals: "London"),

        // ---- Oceania (14)
        C("Australia", "AU", aliases: "Commonwealth of Australia", adjectives: "Australian|Aussie?", demonyms: "Australians|Aussies?", capitals: "Canberra"),
        C("Fiji", "FJ", aliases: "Republic of Fiji", adjectives: "Fijian", demonyms: "Fijians", capitals: "Suva"),
        C("Kiribati", "KI", aliases: "Republic of Kiribati|Gilbert Islands", adjectives: "I-Kiribati", capitals: "Tarawa|South Tarawa"),
        C("Marshall Islands", "MH", aliases: "Republic of the Marshall Islands", adjectives: "Marshallese", capitals: "Majuro"),
        C("Micronesia?", "FM", aliases: "Federated States of Micronesia|FSM", adjectives: "Micronesian?", demonyms: "Micronesians?", capitals: "Palikir"),
        C("Nauru", "NR", aliases: "Republic of Nauru", adjectives: "Nauruan", demonyms: "Nauruans", capitals: "Yaren"),
        C("New Zealand", "NZ", aliases: "Aotearoa", adjectives: "New Zealander", demonyms: "New Zealanders|Kiwis?", capitals: "Wellington"),
        C("Palau", "PW", aliases: "Republic of Palau", adjectives: "Palauan", demonyms: "Palauans", capitals: "Ngerulmud"),
        C("Papua New Guinea", "PG", aliases: "PNG|Independent State of Papua New Guinea", adjectives: "Papua New Guinean", demonyms: "Papua New Guineans", capitals: "Port Moresby"),
        C("Samoa", "WS", aliases: "Independent State of Samoa|Western Samoa", adjectives: "Samoan", demonyms: "Samoans", capitals: "Apia"),
        C("Solomon Islands", "SB", aliases: "Solomons", adjectives: "Solomon Islander", demonyms: "Solomon Islanders", capitals: "Honiara"),
        C("Tonga", "TO", aliases: "Kingdom of Tonga", adjectives: "Tongan", demonyms: "Tongans", capitals: "Nuku'alofa"),
        C("Tuvalu", "TV", aliases: "Ellice Islands", adjectives: "Tuvaluan", demonyms: "Tuvaluans", capitals: "Funafuti"),
        C("Vanuatu", "VU", aliases: "Republic of Vanuatu|New Hebrides", adjectives: "Vanuatuan|Ni-Vanuatu", demonyms: "Vanuatuans", capitals: "Port Vila|Port-Vila"),

        // ---- UN observer states, and Taiwan and Kosovo (4)
        C("Vatican City", "VA", aliases: "Holy See|Vatican|Vatican City State|State of the Vatican City"),
        C("Palestine", "PS", aliases: "State of Palestine|Palestinian Territories|Palestinian territories|Occupied Palestinian Territories|Occupied Palestinian Territory", adjectives: "Palestinian", demonyms: "Palestinians", capitals: "Ramallah|East Jerusalem"),
        C("Taiwan", "TW", aliases: "Republic of China|ROC|R.O.C.|Chinese Taipei|Formosa", adjectives: "Taiwanese", capitals: "Taipei"),
        C("Kosovo", "XK", aliases: "Republic of Kosovo|Kosova", adjectives: "Kosovan|Kosovar", demonyms: "Kosovans|Kosovars", capitals: "Pristina|Prishtina|Priština"),

        // ---- States in free association with New Zealand, full members of regional bodies (2)
        C("Cook Islands", "CK", adjectives: "Cook Islander|Cook Islands", demonyms: "Cook Islanders", capitals: "Avarua"),
        C("Niue", "NU", adjectives: "Niuean", demonyms: "Niueans", capitals: "Alofi"),
    };
}
