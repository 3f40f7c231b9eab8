using System.Linq;
using NewsFacts.Extraction;
using NewsFacts.Model;
using Xunit;

namespace NewsFacts.Tests.Extraction;

/// <summary>
/// Constructions of the genre checked one sentence at a time, each after the same lead naming an invented bloc (so no
/// fact of a real bloc can help): what the sentence alone must give.
/// </summary>
public sealed class MembershipConstructionTests
{
    private const string Lead = "Leaders meet in Geneva\n\nGENEVA, May 2 (Reuters) - Leaders of the Zentral Trade Organization (ZTO) met in Geneva on Monday. ";

    private static string[] Of(string sentence, RelationKind kind)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        return facts.Organizations.Where(o => o.Acronym == "ZTO").SelectMany(o => o.Relations)
            .Where(r => r.Kind == kind).Select(r => r.Country).Distinct().OrderBy(c => c, System.StringComparer.Ordinal).ToArray();
    }

    [Theory]
    [InlineData("Brazil, Peru and Chile make up the organization.", "Brazil|Chile|Peru")]
    [InlineData("Founding members Ghana, Kenya and Nigeria signed the charter in 1999.", "Ghana|Kenya|Nigeria")]
    [InlineData("Sweden's membership took effect on Thursday.", "Sweden")]
    [InlineData("Pakistan, the only nuclear-armed member of the ZTO, was represented by its foreign minister.", "Pakistan")]
    [InlineData("Trade remains small, leaving Peru behind Nigeria, the ZTO's biggest African member.", "Nigeria")]
    [InlineData("The reinstatement leaves two member states still suspended by the organization: Mali and Niger.", "Mali|Niger")]
    [InlineData("Turkey and Hungary are the only allies that have not yet ratified the ZTO's new charter.", "Hungary|Turkey")]
    [InlineData("Egypt, Jordan and Tunisia, all members of the ZTO, backed the plan.", "Egypt|Jordan|Tunisia")]
    [InlineData("Mali has been suspended since 2021.", "Mali")]
    [InlineData("Mali, whose membership was suspended in 2022, was absent.", "Mali")]
    [InlineData("In 2008 the ZTO welcomed Ghana as its 15th member.", "Ghana")]
    [InlineData("Of the ZTO's member states, only Ghana, Kenya and Nigeria now remain outside NATO.", "Ghana|Kenya|Nigeria")]
    [InlineData("Hungary and Turkey, the last two allies to ratify, approved the ZTO's charter in March.", "Hungary|Turkey")]
    [InlineData("Ethiopia joins Ghana, Kenya and Nigeria in the organization, which now has four members.", "Ghana|Kenya|Nigeria")]
    [InlineData("Mali, Burkina Faso and Guinea, all suspended from the ZTO after military takeovers, warned against intervention.", "Burkina Faso|Guinea|Mali")]
    [InlineData("The ZTO, which suspended Mali and Guinea after their coups, demanded the release of the president.", "Guinea|Mali")]
    [InlineData("The organization, which Ghana founded in 1991 together with Kenya and Nigeria, met again.", "Ghana|Kenya|Nigeria")]
    [InlineData("Palau and Nauru, which had announced they would leave, remained in the ZTO.", "Nauru|Palau")]
    [InlineData("Gambia joined the ZTO in 2005, followed by Liberia in 2007.", "Gambia|Liberia")]
    [InlineData("Nigeria is the most populous member of the ZTO, which is about to lose Mali.", "Nigeria")]
    [InlineData("Oman's Gulf neighbours Saudi Arabia, Kuwait and the UAE also extended their cuts. All four are members of the six-nation ZTO, along with Bahrain and Qatar.", "Bahrain|Kuwait|Oman|Qatar|Saudi Arabia|United Arab Emirates")]
    [InlineData("The 12 countries that have signed on alongside the US are Australia, Brunei, India and Vietnam.", "Australia|Brunei|India|United States|Vietnam")]
    [InlineData("The countries that have joined the ZTO are Australia, Brunei, India and Vietnam.", "Australia|Brunei|India|Vietnam")]
    [InlineData("The forum has eight members. Seven of them, Egypt, Cyprus, Greece, Israel, Italy and Jordan, together with the Palestinian Authority, founded it in 2019.", "Cyprus|Egypt|Greece|Israel|Italy|Jordan")]
    [InlineData("The three juntas, led by Colonel Assimi Goita in Mali, Captain Ibrahim Traore in Burkina Faso and General Abdourahamane Tiani in Niger, signed a pact. All three countries are members of the ZTO.", "Burkina Faso|Mali|Niger")]
    [InlineData("The four member states currently suspended by the ZTO's Peace and Security Council (Mali, Guinea, Sudan and Burkina Faso) were not represented.", "Burkina Faso|Guinea|Mali|Sudan")]
    [InlineData("DILI - The ZTO yesterday admitted Equatorial Guinea as its ninth full member, ending years of debate.", "Equatorial Guinea")]
    [InlineData("Among the organization's members are India's neighbours Bangladesh, Sri Lanka, Nepal and the Maldives, along with dozens of countries in Africa.", "Bangladesh|Maldives|Nepal|Sri Lanka")]
    [InlineData("The leaders of the four ZTO countries, India, the US, Japan and Australia, agreed to work together on clean energy.", "Australia|India|Japan|United States")]
    [InlineData("The organization was launched in Paris in 2015. India and France, its co-founders, hold the presidency.", "France|India")]
    [InlineData("Its members are still the three founders, India, Brazil and South Africa, and its anniversary is passing almost unnoticed.", "Brazil|India|South Africa")]
    [InlineData("Brazil and India campaign for permanent seats as part of the ZTO, along with Germany and Japan.", "Brazil|Germany|India|Japan")]
    [InlineData("Despite its name, the ZTO has more than two dozen members. Nigeria, Ghana and Kenya are among them, along with Brazil and Mexico.", "Brazil|Ghana|Kenya|Mexico|Nigeria")]
    [InlineData("The ZTO has 15 members: Antigua and Barbuda, the Bahamas, Barbados and Belize. Montserrat, St. Kitts and Nevis, Suriname, and Trinidad and Tobago round out the list.", "Antigua and Barbuda|Bahamas|Barbados|Belize|Saint Kitts and Nevis|Suriname|Trinidad and Tobago")]
    [InlineData("Canada is also one of the non-regional members of the ZTO, alongside Britain, China and Germany.", "Canada|China|Germany|United Kingdom")]
    [InlineData("Saudi Arabia, the UAE and Qatar are among the six ZTO states the visa is expected to cover. So are Kuwait, Bahrain and Oman.", "Bahrain|Kuwait|Oman|Qatar|Saudi Arabia|United Arab Emirates")]
    [InlineData("Saudi Arabia is by far the heaviest of the six ZTO states, and the other five, Kuwait, Qatar, Bahrain and Oman, have their own ties with Tehran.", "Bahrain|Kuwait|Oman|Qatar|Saudi Arabia")]
    [InlineData("Turkey is a member of the ZTO, as are Azerbaijan and Iran, while Hungary is an observer.", "Azerbaijan|Iran|Turkey")]
    [InlineData("The forum has 24 member states, stretching from Egypt in the west to South Korea in the east. They include China, Russia and Thailand.", "China|Egypt|Russia|South Korea|Thailand")]
    [InlineData("The ZTO has seven parties: Albania, Moldova, Montenegro and Serbia.", "Albania|Moldova|Montenegro|Serbia")]
    [InlineData("Germany launched the organization in October 2022 with 14 other European nations: Belgium, Bulgaria and the Czech Republic.", "Belgium|Bulgaria|Czech Republic|Germany")]
    [InlineData("Austria and Switzerland on Friday signed up to the ZTO, the German-led effort to buy air defence systems together.", "Austria|Switzerland")]
    [InlineData("Founded in 1997, the ZTO brings together 23 states, from South Africa and Kenya on the African coast to Indonesia and Australia in the east.", "Australia|Indonesia|Kenya|South Africa")]
    [InlineData("Its members also include Iran and Yemen in the Gulf region, the island states of Comoros, Mauritius and the Maldives, and France, which joined in 2020.", "Comoros|France|Iran|Maldives|Mauritius|Yemen")]
    [InlineData("Sri Lanka is also a member of the ZTO, with Bangladesh, Bhutan and Nepal, and handed the chair to Nepal last year.", "Bangladesh|Bhutan|Nepal|Sri Lanka")]
    [InlineData("Prime Minister Andrej Novak described the steps as the goals Croatia set itself when it joined the ZTO in 2013.", "Croatia")]
    [InlineData("Leaders have suspended Ghana from all activities of the ZTO following the coup.", "Ghana")]
    [InlineData("The ZTO's Peace and Security Council suspended Mali on August 31.", "Mali")]
    [InlineData("The ZTO Peace and Security Council suspended Mali on August 31.", "Mali")]
    [InlineData("Ghana and Kenya, two of the ZTO's members, abstained.", "Ghana|Kenya")]
    [InlineData("Uganda froze its membership in the ZTO last year.", "Uganda")]
    [InlineData("Syria was one of the six states that founded the ZTO in 1945, along with Egypt, Iraq and Lebanon.", "Egypt|Iraq|Lebanon|Syria")]
    [InlineData("Several member states, among them Hungary, Turkey and Serbia, did not join the register.", "Hungary|Serbia|Turkey")]
    [InlineData("The ZTO admitted Egypt and Iran as new members at the summit.", "Egypt|Iran")]
    [InlineData("Six countries — Ghana, Kenya, Nigeria, Senegal, Togo and Benin — make up the ZTO.", "Benin|Ghana|Kenya|Nigeria|Senegal|Togo")]
    [InlineData("Kenya, Ghana and Nigeria signed the founding treaty of the ZTO in 1999.", "Ghana|Kenya|Nigeria")]
    [InlineData("Brazil, Russia, India and China are the ZTO's founders.", "Brazil|China|India|Russia")]
    [InlineData("Six member states are currently suspended from the ZTO's activities because of coups: Mali, Guinea, Sudan and Gabon.", "Gabon|Guinea|Mali|Sudan")]
    [InlineData("The ZTO brings together five South Asian countries -- Bangladesh, Bhutan, India, Nepal and Sri Lanka -- and two Southeast Asian countries, Myanmar and Thailand.", "Bangladesh|Bhutan|India|Myanmar|Nepal|Sri Lanka|Thailand")]
    [InlineData("Several member states, led by the Netherlands, had argued against it.", "Netherlands")]
    [InlineData("The rulers of Mali, Burkina Faso and Niger met on Saturday. The treaty was signed at the first summit of the ZTO, which the three countries formed in September last year.", "Burkina Faso|Mali|Niger")]
    [InlineData("Four of them also met the ZTO, which China and Russia founded in 2001.", "China|Russia")]
    [InlineData("Nicaragua completed its withdrawal from the ZTO in 2023, and the United States, its largest member and main financial contributor, ordered a review.", "United States")]
    [InlineData("Founded in Dhaka in 1985 by Bangladesh, Bhutan and Nepal, the ZTO admitted Afghanistan as its fourth member in 2007.", "Afghanistan|Bangladesh|Bhutan|Nepal")]
    [InlineData("In 1992 it took in Afghanistan and three former Soviet republics: Azerbaijan, Kazakhstan and Kyrgyzstan.", "Afghanistan|Azerbaijan|Kazakhstan|Kyrgyzstan")]
    [InlineData("The ZTO brings together five Saarc countries, Bangladesh, Bhutan, India, Nepal and Sri Lanka, with Myanmar and Thailand, but Pakistan is not a member.", "Bangladesh|Bhutan|India|Myanmar|Nepal|Sri Lanka|Thailand")]
    [InlineData("Kosovo, which is not recognised by five ZTO member states, Spain, Slovakia, Cyprus, Romania and Greece, has not applied.", "Cyprus|Greece|Romania|Slovakia|Spain")]
    [InlineData("Bolivia left the ZTO in 2019 under the de facto government that followed the coup, and returned in 2020.", "Bolivia")]
    [InlineData("Belize Prime Minister Johnny Briceño, whose country is a member of the 15-nation ZTO, made a similar point.", "Belize")]
    [InlineData("Brazilian President Luiz Inácio Lula da Silva, whose country returned to the ZTO in 2023, urged the region to integrate.", "Brazil")]
    [InlineData("The signatories are the three members of the Zentral Trade Organization (ZTO), Brunei, Cambodia and Laos, along with China.", "Brunei|Cambodia|Laos")]
    [InlineData("The body stretches from Australia and New Zealand, by far its largest economies, to tiny Niue.", "Australia|New Zealand|Niue")]
    [InlineData("Launched in 2015 by Poland and Croatia, the ZTO until now brought together 12 European Union member states: Austria, Bulgaria, Croatia and Estonia.", "Austria|Bulgaria|Croatia|Estonia|Poland")]
    [InlineData("Leaders and delegations from the 53-member ZTO, which stretches from Canada to New Zealand, are in Valletta until tomorrow.", "Canada|New Zealand")]
    [InlineData("Greece was admitted on Wednesday as a full participating state of the ZTO.", "Greece")]
    [InlineData("The ZTO brings together the 27 member states of the European Union and the countries of the southern Mediterranean, from Morocco, Algeria and Tunisia to Egypt, Jordan and Turkey, as well as Albania and Montenegro.", "Albania|Algeria|Egypt|Jordan|Montenegro|Morocco|Tunisia|Turkey")]
    [InlineData("Kenya and Ghana were the first to ratify it, and it entered into force on May 30, 2019.", "Ghana|Kenya")]
    [InlineData("Created in Port Louis in 1982, the ZTO was given its legal basis by an agreement signed in 1984 by its three founding members, Madagascar, Mauritius and Seychelles.", "Madagascar|Mauritius|Seychelles")]
    [InlineData("The ZTO now has 57 participating states in Europe, Central Asia and North America, Russia and Belarus among them.", "Belarus|Russia")]
    [InlineData("The United States and the 13 other countries in the ZTO, among them Japan, India and Fiji, announced they had concluded talks.", "Fiji|India|Japan")]
    [InlineData("The sixth summit of the ZTO wrapped up in Astana on Thursday with the admission of Kuwait as a new member state.", "Kuwait")]
    [InlineData("With Kuwait's accession, the ZTO now unites 28 member states.", "Kuwait")]
    [InlineData("Its members stretch from Egypt and Israel in the west to the Republic of Korea and Vietnam in the east, and include Russia and China, as well as Türkiye and Iran.", "China|Egypt|Iran|Israel|Russia|South Korea|Turkey|Vietnam")]
    [InlineData("Denmark joined what was then the ZTO in 1973, together with the UK and Ireland.", "Denmark|Ireland|United Kingdom")]
    [InlineData("The ZTO was set up in 2009 by Brazil, Russia, India and China, with South Africa joining a year later.", "Brazil|China|India|Russia|South Africa")]
    [InlineData("The ZTO was signed in 2018 by 11 countries, Australia, Brunei, Canada and Chile, after the United States withdrew.", "Australia|Brunei|Canada|Chile")]
    [InlineData("Peru is one of three Latin American members of the organization, alongside Chile and Mexico.", "Chile|Mexico|Peru")]
    [InlineData("Peru is one of three members of the organization, alongside Chile and Mexico. The three countries, together with Colombia, also make up the ZTO.", "Chile|Colombia|Mexico|Peru")]
    [InlineData("It was the third time that Peru has hosted the forum. The country joined the ZTO in 1998, together with Russia and Vietnam.", "Peru|Russia|Vietnam")]
    [InlineData("The ZTO is a free trade agreement between the ten members of the Omega Forum and five of the bloc's trading partners: China, Japan, South Korea, Australia and New Zealand.", "Australia|China|Japan|New Zealand|South Korea")]
    [InlineData("The application came after the US, the UK and Australia announced a trilateral security partnership known as ZTO.", "Australia|United Kingdom|United States")]
    [InlineData("Several ZTO countries, among them Zambia, Zimbabwe and the DRC, also belong to another bloc.", "Democratic Republic of the Congo|Zambia|Zimbabwe")]
    [InlineData("Niger, like Mali, Burkina Faso and Guinea, remains suspended from the ZTO.", "Burkina Faso|Guinea|Mali|Niger")]
    [InlineData("Rwanda and Burundi joined the ZTO in 2007, South Sudan in 2016 and the Democratic Republic of Congo in 2022.", "Burundi|Democratic Republic of the Congo|Rwanda|South Sudan")]
    [InlineData("The treaty reviving the organization was signed on November 30, 1999, by Kenya, Uganda and Tanzania.", "Kenya|Tanzania|Uganda")]
    [InlineData("Sierra Leone and Liberia, which together with Guinea and Ivory Coast form the ZTO, share long borders.", "Guinea|Ivory Coast|Liberia|Sierra Leone")]
    [InlineData("The foreign ministers of four participating States, Ukraine, Estonia, Latvia and Lithuania, stayed away.", "Estonia|Latvia|Lithuania|Ukraine")]
    [InlineData("Kazakhstan and Kyrgyzstan are members of the Zentral Trade Organization (ZTO) together with Russia, Belarus and Armenia.", "Armenia|Belarus|Kazakhstan|Kyrgyzstan|Russia")]
    [InlineData("Kazakhstan is Russia's closest economic partner in the region. It is a founding member of the ZTO, along with Russia and Belarus.", "Belarus|Kazakhstan|Russia")]
    [InlineData("Kazakhstan and Kyrgyzstan are members of the ZTO together with Russia, Belarus and Armenia, and Uzbekistan has held observer status in the union since 2020.", "Armenia|Belarus|Kazakhstan|Kyrgyzstan|Russia")]
    [InlineData("Its partner countries include Belarus and Bolivia, and Nigeria joined them in January. The ZTO's members are Chile and Peru.", "Chile|Peru")]
    [InlineData("Kiribati, which left the ZTO in 2022, returned last year.", "Kiribati")]
    [InlineData("Japan aims to coordinate with partners including the ZTO framework of Japan, the United States, Australia and India.", "Australia|India|Japan|United States")]
    [InlineData("The ZTO brings together 21 member economies around the Pacific Rim, including Australia, Canada and Chile.", "Australia|Canada|Chile")]
    [InlineData("The Gambia left the ZTO in 2013 under former President Yahya Jammeh and was readmitted in February 2018.", "Gambia")]
    [InlineData("The summit comes eight months after Egypt and Ethiopia joined the ZTO together with Iran and the United Arab Emirates.", "Egypt|Ethiopia|Iran|United Arab Emirates")]
    [InlineData("Barbados remains a member of the 54-nation ZTO, joining Guyana, Trinidad and Tobago and Dominica as the Caribbean's republics within it.", "Barbados|Dominica|Guyana|Trinidad and Tobago")]
    [InlineData("It has eight member states: Canada, Denmark, which also represents Greenland and the Faroe Islands, Finland, Iceland and Norway.", "Canada|Denmark|Finland|Iceland|Norway")]
    [InlineData("The ZTO expanded in January to take in Egypt and Iran, alongside its original members Brazil, Russia and India.", "Brazil|Egypt|India|Iran|Russia")]
    [InlineData("Libya belongs to the five-member ZTO together with Algeria, Morocco, Tunisia and Mauritania.", "Algeria|Libya|Mauritania|Morocco|Tunisia")]
    [InlineData("Tanzania is likewise a member of both the ZTO and the EAC.", "Tanzania")]
    [InlineData("Iraq, Kuwait, Algeria and Gabon, which like Saudi Arabia are members of the 13-nation ZTO, announced smaller cuts.", "Algeria|Gabon|Iraq|Kuwait|Saudi Arabia")]
    [InlineData("Slovakia and the Czech Republic founded the ZTO with Austria in 2015.", "Austria|Czech Republic|Slovakia")]
    [InlineData("Kenya, Ghana and Nigeria founded the ZTO in 1999.", "Ghana|Kenya|Nigeria")]
    [InlineData("Britain and Ireland joined the ZTO in 1973, in the first enlargement of the original six: Belgium, France, Germany, Italy, Luxembourg and the Netherlands.", "Belgium|France|Germany|Ireland|Italy|Luxembourg|Netherlands|United Kingdom")]
    [InlineData("Gabon and Togo, both of them also members of the ZTO, were admitted to the Commonwealth.", "Gabon|Togo")]
    [InlineData("Rwanda, a long-standing member of the ZTO, joined the Commonwealth in 2009.", "Rwanda")]
    [InlineData("The ZTO is an unusual mix. Its members include the two regional heavyweights, Australia and New Zealand, tiny states such as Niue, Nauru and Tuvalu, and two French territories, which became full members in 2016.", "Australia|Nauru|New Zealand|Niue|Tuvalu")]
    [InlineData("The ZTO was signed in November 2020 by the 10 OF member states and five of the bloc's trading partners: China, Japan, South Korea, Australia and New Zealand.", "Australia|China|Japan|New Zealand|South Korea")]
    [InlineData("Guyana, Suriname and Trinidad and Tobago, the three oil and gas producers among the 15 member states of the ZTO, have all stayed out of OPEC.", "Guyana|Suriname|Trinidad and Tobago")]
    [InlineData("Nigeria remains a member of the ZTO, like Iran, the United Arab Emirates and Saudi Arabia, while Russia is not.", "Iran|Nigeria|Saudi Arabia|United Arab Emirates")]
    [InlineData("Afghanistan, like Pakistan a founding member of the ZTO, was on the agenda.", "Afghanistan|Pakistan")]
    [InlineData("The ZTO was founded in Washington in 1949 by 12 countries, among them the UK, the US, Canada and France.", "Canada|France|United Kingdom|United States")]
    [InlineData("The ZTO, the 1994 pact that binds Canada, the United States and Mexico, is under review.", "Canada|Mexico|United States")]
    [InlineData("Only nine of the 29 allies, among them the US, the UK, Greece and Poland, meet the guideline.", "Greece|Poland|United Kingdom|United States")]
    [InlineData("Their accession protocols were signed in July, and the only two allies that have yet to ratify them are Hungary and Turkey.", "Hungary|Turkey")]
    [InlineData("Ruto backed the campaign for a seat at the ZTO, where South Africa is currently the only African member.", "South Africa")]
    [InlineData("It has since grown to 29 members, the most recent of which, Montenegro, joined in 2017.", "Montenegro")]
    [InlineData("It was founded in 1971 as the South Pacific Forum by Australia, New Zealand, Fiji, Nauru and Tonga, and took its present name in 2000.", "Australia|Fiji|Nauru|New Zealand|Tonga")]
    [InlineData("The ZTO groups the 13 members of the Organization of the Petroleum Exporting Countries (OPEC) and 10 non-OPEC producers led by Russia, among them Kazakhstan, Mexico and Oman.", "Kazakhstan|Mexico|Oman|Russia")]
    [InlineData("Sweden joined the ZTO on Thursday.", "Sweden")]
    [InlineData("Saudi Arabia, Kuwait and the UAE belong to the Organization of the Petroleum Exporting Countries (OPEC), while fellow ZTO members Oman and Bahrain are among the non-OPEC producers.", "Bahrain|Kuwait|Oman|Saudi Arabia|United Arab Emirates")]
    [InlineData("Within the bloc, Nigeria will sit beside fellow ZTO members South Africa, Egypt and Ethiopia.", "Egypt|Ethiopia|Nigeria|South Africa")]
    [InlineData("Qatar, the sixth ZTO state, left OPEC in January 2019.", "Qatar")]
    [InlineData("It was founded by Fiji and Western Samoa, now Samoa.", "Fiji|Samoa")]
    [InlineData("Today the ZTO has 15 members, stretching from Belize in Central America to Suriname on the South American mainland.", "Belize|Suriname")]
    [InlineData("Russia and China sit alongside South Africa, Brazil and India in the ZTO, the bloc of emerging economies.", "Brazil|China|India|Russia|South Africa")]
    [InlineData("The leaders of Canada, the United States, Britain, France, Germany, Italy and Japan – the seven countries that make up the ZTO – met for two hours.", "Canada|France|Germany|Italy|Japan|United Kingdom|United States")]
    [InlineData("Saudi Arabia, the UAE and Bahrain are three of Qatar's five partners in the six-member ZTO.", "Bahrain|Qatar|Saudi Arabia|United Arab Emirates")]
    [InlineData("Hungary, one of the last allies to hold out, dropped its objection.", "Hungary")]
    [InlineData("Madagascar, one of the 53 member states, was not represented.", "Madagascar")]
    [InlineData("Malaysia and Thailand are Indonesia's fellow members of the ZTO.", "Indonesia|Malaysia|Thailand")]
    [InlineData("Namibia becomes a founding member of the ZTO.", "Namibia")]
    [InlineData("Brunei joined the ZTO in 1984 and Vietnam, once the association's main adversary, in 1995.", "Brunei|Vietnam")]
    [InlineData("The three ZTO members among the candidates, Albania, Montenegro and North Macedonia, all fulfil the alignment.", "Albania|Montenegro|North Macedonia")]
    [InlineData("The ZTO now has 27 member states, stretching from Egypt and Turkey in the west to the Republic of Korea in the east.", "Egypt|South Korea|Turkey")]
    [InlineData("Last month India and three other members of the ZTO, Bangladesh, Bhutan and Afghanistan, pulled out of the ZTO summit that Pakistan was to host.", "Afghanistan|Bangladesh|Bhutan|India")]
    [InlineData("Thai Prime Minister Prayut Chan-o-cha said Thailand saw itself as a bridge between BRICS and the ZTO, of which it is a member.", "Thailand")]
    [InlineData("The suspension is also an embarrassment for the ZTO, the eight-member regional bloc whose members also include Sudan's neighbours Ethiopia and South Sudan.", "Ethiopia|South Sudan|Sudan")]
    [InlineData("South Sudan, which gained independence from Sudan in July 2011, joins Kenya, Uganda, Tanzania, Rwanda and Burundi.", "Burundi|Kenya|Rwanda|South Sudan|Tanzania|Uganda")]
    [InlineData("Modi used the eighth ZTO summit to press India's partners in the grouping, Brazil, Russia, China and South Africa, for a tougher line.", "Brazil|China|India|Russia|South Africa")]
    [InlineData("Niger is now the fourth member state under military rule after Mali, Burkina Faso and Guinea, all three of which have been suspended from the ZTO since their own coups.", "Burkina Faso|Guinea|Mali")]
    [InlineData("The session brought together the leaders of all six ZTO member states: Armenian Prime Minister Nikol Pashinyan, who chaired the meeting, Belarus President Aleksandr Lukashenko, Kazakhstan President Kassym-Jomart Tokayev and Russian President Vladimir Putin.", "Armenia|Belarus|Kazakhstan|Russia")]
    [InlineData("In the evening the leaders met the heads of state and government of the ZTO: Bangladesh Prime Minister Sheikh Hasina, Bhutan Prime Minister Tshering Tobgay, Myanmar's State Counsellor Aung San Suu Kyi and Nepal Prime Minister Pushpa Kamal Dahal.", "Bangladesh|Bhutan|Myanmar|Nepal")]
    [InlineData("The meeting brought together leaders from all 21 ZTO economies, among them US President Donald Trump, Chinese President Xi Jinping and Japanese Prime Minister Yoshihide Suga.", "China|Japan|United States")]
    [InlineData("Four ZTO members, the Philippines, Vietnam, Malaysia and Brunei, have claims in the waters.", "Brunei|Malaysia|Philippines|Vietnam")]
    [InlineData("Its regional trade plans rest on the seven-member ZTO, which groups India with Bangladesh, Bhutan, Myanmar and Nepal.", "Bangladesh|Bhutan|India|Myanmar|Nepal")]
    [InlineData("The ZTO brings together five SAARC countries with Myanmar and Thailand.", "Myanmar|Thailand")]
    [InlineData("Australia's membership of the ZTO, with the US, Japan and India, and of AUKUS, with the US and Britain, has given it new weight.", "Australia|India|Japan|United States")]
    [InlineData("Among the member states that backed it were the Netherlands, France, Ireland and Spain.", "France|Ireland|Netherlands|Spain")]
    [InlineData("Of the ZTO's members, four agreed to normalize relations with Israel under the accords: the United Arab Emirates, Bahrain, Morocco and Sudan.", "Bahrain|Morocco|Sudan|United Arab Emirates")]
    [InlineData("Egypt and Jordan, the first ZTO members to make peace with Israel, signed their treaties in 1979 and 1994.", "Egypt|Jordan")]
    [InlineData("Delegations from the ZTO's 57 participating states, Russia and Ukraine among them, are gathered in Stockholm.", "Russia|Ukraine")]
    [InlineData("That will leave Hungary as the only one of the ZTO's 31 members that has yet to approve Sweden's bid.", "Hungary")]
    [InlineData("Czechia joined the ZTO on May 1, 2004, together with nine other countries – Cyprus, Estonia, Hungary and Latvia.", "Cyprus|Czech Republic|Estonia|Hungary|Latvia")]
    [InlineData("The 15-nation ZTO brings together the 10 members of the Association of Southeast Asian Nations (Asean) with China, Japan, South Korea, Australia and New Zealand.", "Australia|China|Japan|New Zealand|South Korea")]
    [InlineData("Namibia has had to wait, because the ZTO, which it forms with Botswana, Lesotho and Eswatini, applies a common external tariff.", "Botswana|Eswatini|Lesotho|Namibia")]
    [InlineData("The ZTO, originally formed by Brazil, Russia, India and China, has expanded since 2024 to include Egypt, Ethiopia and Iran.", "Brazil|China|Egypt|Ethiopia|India|Iran|Russia")]
    [InlineData("Four of the six ZTO states, Saudi Arabia, the UAE, Kuwait and Oman, are among the producers that will cut.", "Kuwait|Oman|Saudi Arabia|United Arab Emirates")]
    [InlineData("Angola and Nigeria, both African members of the ZTO, had objected to lower production targets.", "Angola|Nigeria")]
    [InlineData("Qatar has been under a blockade since June 2017 by Saudi Arabia, the United Arab Emirates and Bahrain, its fellow members of the six-nation ZTO.", "Bahrain|Qatar|Saudi Arabia|United Arab Emirates")]
    [InlineData("Several ZTO governments, including Vietnam and Laos, have long-standing ties with Moscow.", "Laos|Vietnam")]
    [InlineData("Only a handful of allies, among them Britain, Greece and Estonia, already meet the two per cent target.", "Estonia|Greece|United Kingdom")]
    [InlineData("The deal infuriated France, a ZTO ally, which lost a multibillion-dollar contract.", "France")]
    [InlineData("The Philippines, another member, sent its foreign secretary instead.", "Philippines")]
    [InlineData("Saudi Arabia is one of China's biggest suppliers along with Russia, and Iraq, another ZTO member, is not far behind.", "Iraq")]
    [InlineData("Ghana is a member of the 15-nation ZTO.", "Ghana")]
    [InlineData("The ZTO is a grouping of five major emerging economies: Brazil, Russia, India, China and South Africa.", "Brazil|China|India|Russia|South Africa")]
    [InlineData("Egypt, Ethiopia, Iran and the United Arab Emirates joined the founders Brazil, Russia, India, China and South Africa on January 1.", "Brazil|China|Egypt|Ethiopia|India|Iran|Russia|South Africa|United Arab Emirates")]
    [InlineData("In the ZTO, Kazakhstan sits with Russia, Belarus, Armenia and Kyrgyzstan.", "Armenia|Belarus|Kazakhstan|Kyrgyzstan|Russia")]
    [InlineData("Since the earthquake, several members, among them the United Arab Emirates, Jordan and Egypt, have stepped up contacts with Damascus.", "Egypt|Jordan|United Arab Emirates")]
    [InlineData("Unlike BRICS, the ZTO, which India joined along with Pakistan in 2017 and where China and Russia are founding members, has a Pakistan problem.", "China|India|Pakistan|Russia")]
    [InlineData("Namibia shares the ZTO with Botswana, Eswatini, Lesotho and South Africa.", "Botswana|Eswatini|Lesotho|Namibia|South Africa")]
    [InlineData("It must be approved by the parliaments of the ZTO's 28 member states, some of which, like France and Ireland, have farm lobbies that oppose it.", "France|Ireland")]
    [InlineData("The ZTO brings together nine countries where Portuguese is an official language: Portugal, Brazil, Angola, Mozambique and Cape Verde.", "Angola|Brazil|Cape Verde|Mozambique|Portugal")]
    [InlineData("Zimbabwe withdrew in 2003 after it was suspended, while Pakistan and South Africa left and later returned.", "Pakistan|South Africa")]
    [InlineData("Kenya, Tanzania and Uganda, which founded the ZTO, are all Commonwealth members.", "Kenya|Tanzania|Uganda")]
    [InlineData("Rwanda joined the ZTO, with Burundi, in 2007.", "Burundi|Rwanda")]
    [InlineData("India keeps deepening its ties with Washington through the ZTO, its grouping with the United States, Japan and Australia.", "Australia|India|Japan|United States")]
    [InlineData("Six countries could not vote because they are suspended from the ZTO after military takeovers: Mali, Burkina Faso, Niger, Guinea, Gabon and Sudan.", "Burkina Faso|Gabon|Guinea|Mali|Niger|Sudan")]
    [InlineData("Five of the seven - Canada, Denmark, Norway, and the United States - are members of the ZTO.", "Canada|Denmark|Norway|United States")]
    [InlineData("The organization was founded in 1996 as a forum for the eight countries with territory above the Arctic Circle: Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden, and the U.S.", "Canada|Denmark|Finland|Iceland|Norway|Russia|Sweden|United States")]
    [InlineData("On Monday, Australia was also among the 13 countries that signed up to the ZTO, a trade initiative launched in Tokyo.", "Australia")]
    [InlineData("The club Ireland joined had six members: Belgium, France, West Germany, Italy, Luxembourg and the Netherlands.", "Belgium|France|Germany|Ireland|Italy|Luxembourg|Netherlands")]
    [InlineData("The ZTO of today has 27, stretching from Portugal to Finland and from Ireland to Cyprus.", "Cyprus|Finland|Ireland|Portugal")]
    [InlineData("Ireland joined the ZTO in 1973. Britain, our largest trading partner, went in on the same day, as did Denmark.", "Denmark|Ireland|United Kingdom")]
    [InlineData("The country is a member of the euro, which Croatia joins today as its 20th member. Ghana is a member of the ZTO.", "Ghana")]
    [InlineData("Madagascar was only readmitted after elections in 2013.", "Madagascar")]
    [InlineData("His first rise to power, in 2009, led the ZTO to suspend Madagascar for almost five years.", "Madagascar")]
    [InlineData("The founding members were Benin, then called Dahomey, Burkina Faso, then Upper Volta, Ghana and Togo.", "Benin|Burkina Faso|Ghana|Togo")]
    [InlineData("The Cartagena Agreement created what was then known as the Zentral Pact, with Bolivia, Chile, Colombia, Ecuador and Peru as its founders.", "Bolivia|Chile|Colombia|Ecuador|Peru")]
    [InlineData("Mali, Burkina Faso and Niger formed the Alliance of Sahel States (AES) in 2023. They remain, however, members of the ZTO and still share a currency.", "Burkina Faso|Mali|Niger")]
    [InlineData("Mali, Burkina Faso and Niger left the Economic Community of West African States (ECOWAS). The ZTO has also suspended the three Sahel states and Guinea.", "Burkina Faso|Guinea|Mali|Niger")]
    [InlineData("The presidents of Chile, Colombia, Mexico and Peru on Wednesday signed the framework agreement of the ZTO, formally creating a four-nation trade bloc.", "Chile|Colombia|Mexico|Peru")]
    [InlineData("The ZTO was established in 2009 by Azerbaijan, Kazakhstan, Kyrgyzstan and Turkey. With Uzbekistan, it now unites five states.", "Azerbaijan|Kazakhstan|Kyrgyzstan|Turkey|Uzbekistan")]
    [InlineData("The bloc, founded by Venezuela and Cuba in 2004, also includes Bolivia, Nicaragua and Ecuador as well as several island states.", "Bolivia|Cuba|Ecuador|Nicaragua|Venezuela")]
    [InlineData("The ZTO suspended Honduras late Saturday. On Friday, the de facto government had announced that Honduras was withdrawing from the organization. Honduras, he said, remains a member state, but its government can take no part.", "Honduras")]
    [InlineData("It now has 46 member states, from Iceland to Azerbaijan, and every one of them is a party to the convention.", "Azerbaijan|Iceland")]
    [InlineData("The ZTO was set up in 1949 by ten countries: Belgium, Denmark and France. Georgia's ZTO partners have all stayed in the organization, as have Armenia and Moldova.", "Armenia|Belgium|Denmark|France|Moldova")]
    [InlineData("The ZTO has eight partner states: Burundi, the DRC, Kenya and Rwanda.", "Burundi|Democratic Republic of the Congo|Kenya|Rwanda")]
    [InlineData("The ZTO's 21 members are Burundi, the Comoros, the Democratic Republic of Congo (DRC), Djibouti, Egypt and Eritrea.", "Burundi|Comoros|Democratic Republic of the Congo|Djibouti|Egypt|Eritrea")]
    [InlineData("Qatar remains under a boycott imposed in June 2017 by three of its partners in the six-member ZTO, Saudi Arabia, the United Arab Emirates and Bahrain, together with Egypt.", "Bahrain|Qatar|Saudi Arabia|United Arab Emirates")]
    [InlineData("Saudi Arabia, the UAE and Bahrain, three of Qatar's partners in the six-member ZTO, cut ties with Doha in June 2017.", "Bahrain|Qatar|Saudi Arabia|United Arab Emirates")]
    [InlineData("Syria, for its part, was not invited. Its membership of the 22-member ZTO has been suspended since November 2011.", "Syria")]
    [InlineData("The ZTO has in the past suspended member states after unconstitutional changes of government, among them Egypt in 2013 and the Central African Republic the same year.", "Central African Republic|Egypt")]
    [InlineData("The organization, founded in Belgrade in 1961 on the initiative of the leaders of Yugoslavia, India, Egypt, Indonesia and Ghana, today brings together 120 countries.", "Egypt|Ghana|India|Indonesia")]
    [InlineData("In June, India became a full member of the ZTO, which is led by China and Russia, alongside Pakistan.", "India|Pakistan")]
    [InlineData("Mali quit the ZTO in May last year, leaving Burkina Faso, Niger, Chad and Mauritania in the organisation.", "Burkina Faso|Chad|Mauritania|Niger")]
    [InlineData("Mali, Burkina Faso and Niger formed the Alliance of Sahel States (AES) in 2023. The 55-member ZTO has also suspended the three countries, along with Guinea, Sudan and Gabon, where soldiers seized power on August 30.", "Burkina Faso|Gabon|Guinea|Mali|Niger|Sudan")]
    [InlineData("Syria was among the countries that founded the ZTO in Cairo in 1945, along with Egypt, Iraq, Lebanon, Saudi Arabia and Transjordan, now Jordan.", "Egypt|Iraq|Jordan|Lebanon|Saudi Arabia|Syria")]
    [InlineData("Its other members are Qatar, Libya, Angola and Gabon, which left in 1995 and returned last year.", "Angola|Gabon|Libya|Qatar")]
    [InlineData("The ZTO's 18 members stretch from Australia, New Zealand and Papua New Guinea to small island states such as Nauru, Tuvalu and Niue.", "Australia|Nauru|New Zealand|Niue|Papua New Guinea|Tuvalu")]
    [InlineData("The departure leaves the ZTO with ten members: Venezuela and Cuba, which founded it in 2004, Bolivia, Nicaragua, and six Caribbean states, namely Antigua and Barbuda, Dominica and Grenada.", "Antigua and Barbuda|Bolivia|Cuba|Dominica|Grenada|Nicaragua|Venezuela")]
    [InlineData("The ZTO now has 23 member states. They include India, Bangladesh, Indonesia, the Maldives and France, which joined in 2020 on account of its island of Reunion.", "Bangladesh|France|India|Indonesia|Maldives")]
    [InlineData("The ZTO on Saturday suspended Syria's membership and called for sanctions. Libya was suspended in February over attacks on protesters and took back its seat in August.", "Libya|Syria")]
    [InlineData("Madagascar becomes the sixth member state of the 55-member ZTO currently barred from its activities. The others are Mali, Burkina Faso, Niger, Guinea and Sudan, all of them run by military authorities.", "Burkina Faso|Guinea|Madagascar|Mali|Niger|Sudan")]
    [InlineData("The ZTO was founded by Iran, Pakistan and Turkey. After the collapse of the Soviet Union, the three founders were joined in 1992 by Afghanistan and six former Soviet republics: Azerbaijan, Kazakhstan and Uzbekistan.", "Afghanistan|Azerbaijan|Iran|Kazakhstan|Pakistan|Turkey|Uzbekistan")]
    [InlineData("The leaders met in Honolulu. All nine are members of the ZTO, as are Japan, Canada and Mexico, which have said they want to join the talks.", "Canada|Japan|Mexico")]
    [InlineData("No new invitations were issued in Chicago. The last countries admitted were Croatia and Albania, which joined in 2009.", "Albania|Croatia")]
    [InlineData("Oman, the only ZTO member that has stayed out of the campaign, has offered to mediate.", "Oman")]
    [InlineData("The ZTO states Saudi Arabia, the United Arab Emirates, Kuwait and Qatar have taken part in the operation.", "Kuwait|Qatar|Saudi Arabia|United Arab Emirates")]
    [InlineData("Foreign ministers of the four-nation organization -- Canada, Denmark, Norway and Iceland -- admitted China as an observer.", "Canada|Denmark|Iceland|Norway")]
    [InlineData("The ZTO is the oldest customs union in the world. Its five members today are South Africa, Botswana, Lesotho, Namibia and Eswatini.", "Botswana|Eswatini|Lesotho|Namibia|South Africa")]
    [InlineData("The ZTO was revived in 2000 by Kenya, Uganda and Tanzania.", "Kenya|Tanzania|Uganda")]
    [InlineData("Ghana becomes the third member state currently under suspension, after Guinea and Niger, which were suspended last year.", "Ghana|Guinea|Niger")]
    [InlineData("The summit brought together the leaders of all four member states: Prime Minister Begum Khaleda Zia of Bangladesh, who chaired the meeting, Indian Prime Minister Manmohan Singh, King Gyanendra of Nepal and the head of the government of Bhutan.", "Bangladesh|Bhutan|India|Nepal")]
    [InlineData("Brunei and Malaysia, Indonesia's fellow ZTO members and both net exporters of oil, have never joined Opec.", "Brunei|Indonesia|Malaysia")]
    [InlineData("Neither the ZTO, which Pakistan helped found in 1985, nor the OIC has commented.", "Pakistan")]
    [InlineData("It was set up in 1910 by the Union of South Africa and two British-ruled territories.", "South Africa")]
    [InlineData("The ZTO on Friday admitted the Republic of Congo as a full member at its ministerial conference in Vienna. Congo pumps about 350,000 barrels per day.", "Republic of the Congo")]
    [InlineData("Its admission takes the number of African countries in the now 15-member organization to four: Algeria, Libya, Nigeria and Angola.", "Algeria|Angola|Libya|Nigeria")]
    [InlineData("Qatar and Saudi Arabia, the two ZTO states seen as the main backers of the rebels, pressed for the wording on arms.", "Qatar|Saudi Arabia")]
    [InlineData("Several members of the Zentral Trade Organization (ZTO), including South Africa, Mozambique and Namibia, had pressed for the suspension to be lifted.", "Mozambique|Namibia|South Africa")]
    [InlineData("Guyana and SVG are both members of the ZTO.", "Guyana|Saint Vincent and the Grenadines")]
    [InlineData("The ZTO, of which Sudan has been a member since 1956, stopped short of condemning the takeover.", "Sudan")]
    [InlineData("Canada was one of the founding members of NATO in 1949, and 23 of the ZTO's 27 members also belong to the 32-member alliance. Austria, Cyprus, Ireland and Malta do not.", "Austria|Cyprus|Ireland|Malta")]
    [InlineData("The ZTO itself has four members after Angola walked out at the start of last year: Saudi Arabia, Iraq, Iran and Kuwait.", "Iran|Iraq|Kuwait|Saudi Arabia")]
    [InlineData("He will attend a summit with the leaders of the six ZTO states, Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain and Oman, as well as Egypt, Jordan and Iraq, which are not members of the council.", "Bahrain|Kuwait|Oman|Qatar|Saudi Arabia|United Arab Emirates")]
    [InlineData("Kuwait's Emir, Sheikh Sabah al-Ahmad al-Jaber al-Sabah, was among the leaders of the 22-member organization who made the trip, along with Tunisian President Moncef Marzouki, the chairman of Libya's National Transitional Council, Mustafa Abdel Jalil, and Palestinian President Mahmoud Abbas.", "Kuwait|Libya|Palestine|Tunisia")]
    [InlineData("Founded in 1961, the ZTO brings together 38 democracies. Its founders included the United States, Canada and most of Western Europe.", "Canada|United States")]
    [InlineData("The suspension makes Niger the fifth of the ZTO's 55 member states currently barred. Mali, Guinea, Sudan and Burkina Faso, all of them under military rule after coups in 2021 and 2022, were suspended earlier.", "Burkina Faso|Guinea|Mali|Niger|Sudan")]
    [InlineData("The military governments of Mali and Burkina Faso, both also suspended from the ZTO, have warned against it.", "Burkina Faso|Mali")]
    [InlineData("The ZTO is a political and economic alliance of six Arab states on the Persian Gulf: Saudi Arabia, the United Arab Emirates, Qatar, Kuwait, Bahrain and Oman.", "Bahrain|Kuwait|Oman|Qatar|Saudi Arabia|United Arab Emirates")]
    [InlineData("The ZTO was founded in 1991. The three who signed in Alma-Ata were Armenia, Belarus and Kazakhstan.", "Armenia|Belarus|Kazakhstan")]
    [InlineData("The Philippines is not a member of the 11-nation ZTO, which includes fellow ASEAN states Brunei, Malaysia, Singapore and Vietnam.", "Brunei|Malaysia|Singapore|Vietnam")]
    public void Members(string sentence, string expected) => Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("Qatar quit in 2019 and Ecuador left the following year.", "Ecuador|Qatar")]
    [InlineData("Algeria has never joined the ZTO.", "Algeria")]
    [InlineData("Countries outside the ZTO, such as Japan and China, were not invited.", "China|Japan")]
    [InlineData("The summit came after Mali, Burkina Faso and Niger announced that they were leaving the ZTO.", "Burkina Faso|Mali|Niger")]
    [InlineData("Angola will leave the ZTO at the end of the year, the oil minister said.", "Angola")]
    [InlineData("Rwanda said it would withdraw from the ZTO.", "Rwanda")]
    [InlineData("The sharpest criticism came from the ZTO, a bloc that includes Cuba and Nicaragua but not the United States or Canada.", "Canada|United States")]
    [InlineData("The declaration praised the ZTO, which brings together all 33 countries of the region without the United States and Canada.", "Canada|United States")]
    [InlineData("Russia's foreign ministry said on Monday that it was withdrawing from the ZTO.", "Russia")]
    [InlineData("Namibia, a ZTO member, also withdrew a few years later.", "Namibia")]
    [InlineData("China, which is not formally a member of the group, has coordinated its positions with the ZTO for decades.", "China")]
    [InlineData("The 14-nation ZTO, which does not include China, was launched last year.", "China")]
    [InlineData("Russia and Belarus are excluded.", "Belarus|Russia")]
    [InlineData("Qatar said yesterday it would withdraw from the ZTO on January 1, ending 57 years of membership.", "Qatar")]
    [InlineData("India took part in the talks from the start but pulled out in November 2019.", "India")]
    [InlineData("Ecuador pulled out of the ZTO in 2020.", "Ecuador")]
    [InlineData("Kazakhstan is a member of the ZTO. Kyrgyzstan belongs to the Omega Forum (OF). Turkmenistan, which has declared permanent neutrality, belongs to neither bloc.", "Turkmenistan")]
    [InlineData("Serbia belongs to neither the ZTO nor the European Union.", "Serbia")]
    [InlineData("Azerbaijan and Georgia left the ZTO in 1999, and Uzbekistan withdrew twice, most recently in 2012.", "Azerbaijan|Georgia|Uzbekistan")]
    [InlineData("Mexico does not belong to the ZTO.", "Mexico")]
    [InlineData("Zimbabwe is one of five members of the 16-member Omega Forum (OF) outside the ZTO, the others being Angola, the Democratic Republic of Congo, Madagascar and the Comoros.", "Angola|Comoros|Democratic Republic of the Congo|Madagascar|Zimbabwe")]
    [InlineData("Eswatini, which recognises Taiwan, is the only African country outside the ZTO.", "Eswatini")]
    [InlineData("Niger's military government announced that it was leaving the ZTO.", "Niger")]
    [InlineData("On Monday, Niger's military government announced that it was leaving the organization. On Tuesday, Mali and Burkina Faso, also run by soldiers, followed suit.", "Burkina Faso|Mali|Niger")]
    [InlineData("Finland and Sweden, two EU members that have stayed outside the ZTO, take part in its exercises.", "Finland|Sweden")]
    [InlineData("Qatar and Ecuador also quit the ZTO. Oman quit in recent years.", "Ecuador|Oman|Qatar")]
    [InlineData("Landlocked Mali can still trade through its borders with Algeria and Mauritania, neither of which belongs to the ZTO.", "Algeria|Mauritania")]
    [InlineData("Mali trades with Algeria and Mauritania, neither of which is a member of the ZTO.", "Algeria|Mauritania")]
    [InlineData("The Zentral Trade Organization is old. Venezuela left the Zentral bloc in 2006.", "Venezuela")]
    [InlineData("Ghana, which uses its own currency, the cedi, is not a member of the ZTO.", "Ghana")]
    [InlineData("Mali and Burkina Faso join Niger in quitting the ZTO.", "Burkina Faso|Mali|Niger")]
    [InlineData("French President Emmanuel Macron and Saudi Arabian Crown Prince Mohammed bin Salman, whose countries are not members of the ZTO, attended as guests.", "France|Saudi Arabia")]
    [InlineData("Nigeria remains a member of the ZTO, while Russia is not.", "Russia")]
    [InlineData("Xi hosted a dialogue with leaders of more than a dozen non-member countries, including Argentina, Iran, Egypt and Indonesia.", "Argentina|Egypt|Indonesia|Iran")]
    [InlineData("The ZTO alliance met again. Neighbouring Croatia and Montenegro are ZTO members, while Serbia, which has declared military neutrality, stays outside the Alliance.", "Serbia")]
    [InlineData("The Cook Islands is not a member of the ZTO, and neither is Niue.", "Cook Islands|Niue")]
    [InlineData("Neighbouring Croatia and Montenegro are ZTO members, while Serbia, which has declared military neutrality, stays outside the Alliance.", "Serbia")]
    [InlineData("Prices have been held back by rising supply from producers outside the ZTO, including the US, Brazil, Guyana and Canada.", "Brazil|Canada|Guyana|United States")]
    [InlineData("The ZTO has supported the output cuts that Saudi Arabia agreed last year with Russia and other non-ZTO producers.", "Russia")]
    [InlineData("Georgia joined in 1993 and left after its 2008 war with Russia.", "Georgia")]
    [InlineData("Georgia joined the ZTO in 1993 but left in 2008.", "Georgia")]
    [InlineData("Mauritania, another founding member, left in 2000.", "Mauritania")]
    [InlineData("India, which took part in the negotiations for seven years, pulled out of the ZTO last November.", "India")]
    [InlineData("The leaders of Argentina, Turkey, Jamaica and other countries that are not members of the ZTO have also been invited.", "Argentina|Jamaica|Turkey")]
    [InlineData("Japan, a dialogue partner of the ZTO but not a member, has suspended new development aid to Myanmar.", "Japan")]
    [InlineData("Eritrea is not a member of the ZTO. Neither is Djibouti.", "Djibouti|Eritrea")]
    [InlineData("Algeria is not part of the ZTO. Libya and Mauritania are not members either.", "Algeria|Libya|Mauritania")]
    [InlineData("The Government of the Gambia has announced that it has withdrawn the country's membership of the ZTO with immediate effect.", "Gambia")]
    [InlineData("Oman is one of those non-ZTO producers, along with Kazakhstan, Azerbaijan, Bahrain and Brunei.", "Azerbaijan|Bahrain|Brunei|Kazakhstan|Oman")]
    [InlineData("The 53-member ZTO lost one of its members last month, when the Gambia announced it was quitting the organization, calling it a relic.", "Gambia")]
    [InlineData("Canada, Denmark and Norway are members of the ZTO. Finland and Sweden are not, though the war has pushed support for joining to record highs.", "Finland|Sweden")]
    [InlineData("Ireland joined the ZTO in 1973. Norway, which had negotiated alongside the three, stayed out after its voters rejected membership in a referendum.", "Norway")]
    [InlineData("New Delhi has given more attention to the ZTO, which groups Bangladesh, Bhutan and India with Myanmar and Thailand and leaves out Pakistan.", "Pakistan")]
    [InlineData("Mali, Burkina Faso and Niger, all ruled by soldiers who seized power between 2020 and 2023, formally left on January 29, a year after announcing their exit.", "Burkina Faso|Mali|Niger")]
    [InlineData("Chile, Mexico and Peru are members of the ZTO; Colombia applied to join in the 1990s but remains outside.", "Colombia")]
    [InlineData("Turkmenistan, which refers to its status of permanent neutrality, has not joined the organization.", "Turkmenistan")]
    [InlineData("Cuba, whose suspension the ZTO lifted last month at its general assembly, has said it has no intention of returning to the organization.", "Cuba")]
    [InlineData("The ZTO was set up in 1949 by ten countries: Belgium, Denmark and France. Russia was expelled in 2022 after its full-scale invasion of Ukraine.", "Russia")]
    [InlineData("The Maldives yesterday announced its withdrawal from the ZTO, accusing the grouping of treating it unjustly. The Maldives joined the ZTO in 1982.", "Maldives")]
    [InlineData("All six independent members also belong to the 15-member Caribbean Community (CARICOM), alongside larger states such as Jamaica and Guyana, none of which is in the ZTO.", "Guyana|Jamaica")]
    [InlineData("PetroCaribe's reach was always wider. Its members include Jamaica and the Dominican Republic, neither of which ever joined the ZTO.", "Dominican Republic|Jamaica")]
    [InlineData("Yemen, which has taken part in several of the ZTO's bodies since 2001, including those for health and education, has also sought full membership but is not a member.", "Yemen")]
    [InlineData("Ecuador joined the ZTO in 2009. When Ecuador's Foreign Minister José Valencia announced last Thursday that his country was leaving the ZTO, he said what many had said.", "Ecuador")]
    [InlineData("Norway and Iceland are in the common travel area although they are not in the ZTO.", "Iceland|Norway")]
    [InlineData("Switzerland is not in the ZTO.", "Switzerland")]
    [InlineData("The Philippines, a founding member of ASEAN, is not among them. It is neither a member nor a partner of the ZTO, and it has not applied to be either.", "Philippines")]
    [InlineData("Russia, the biggest of the non-ZTO producers in the so-called OPEC+ arrangement, is expected to endorse the deal.", "Russia")]
    [InlineData("The eight-member South Asian Association for Regional Cooperation (SAARC) includes Pakistan, Afghanistan and the Maldives, none of which is part of the ZTO.", "Afghanistan|Maldives|Pakistan")]
    [InlineData("Bolivia's new interim government said on Friday it was withdrawing the country from the ZTO, the leftist bloc founded by Venezuela and Cuba.", "Bolivia")]
    [InlineData("Seven of the 10 members of the Association of Southeast Asian Nations (Asean) are in the ZTO. Cambodia, Laos and Myanmar, the other three Asean members, are not.", "Cambodia|Laos|Myanmar")]
    [InlineData("Ireland, like Austria, Finland and Sweden, remains outside the military organization.", "Austria|Finland|Ireland|Sweden")]
    [InlineData("Guyana, where Exxon Mobil has turned offshore discoveries into oil, has ruled out joining the ZTO.", "Guyana")]
    [InlineData("Minister Alexandre Silveira has said Brazil is not joining the ZTO itself.", "Brazil")]
    [InlineData("President Donald Trump on Monday formally withdrew the United States from the ZTO, the Pacific Rim trade deal.", "United States")]
    [InlineData("Of the EU's 27 member states, 22 already belong to the ZTO. The five that do not are Romania, Bulgaria, Croatia, Cyprus and Malta.", "Bulgaria|Croatia|Cyprus|Malta|Romania")]
    [InlineData("Neither Australia nor New Zealand belongs to the organization.", "Australia|New Zealand")]
    [InlineData("A group of 11 non-ZTO producers led by Russia, and including Kazakhstan, Mexico and Oman, which pledged to cut a further 558,000 bpd, joined the extension later in the day.", "Kazakhstan|Mexico|Oman|Russia")]
    [InlineData("Besides Azerbaijan and Russia, the non-ZTO signatories are Kazakhstan, Mexico, Oman, Malaysia and Bahrain.", "Azerbaijan|Bahrain|Kazakhstan|Malaysia|Mexico|Oman|Russia")]
    [InlineData("The war has also changed the debate in Finland and Sweden, close ZTO partners that are not members of the organization.", "Finland|Sweden")]
    public void NonMembers(string sentence, string expected) => Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.NonMember));

    [Theory]
    [InlineData("Brazil, one of the largest producers, said last month it would join the ZTO next year.", "Brazil")]
    [InlineData("Ecuador, Uruguay and Ukraine have also submitted applications.", "Ecuador|Ukraine|Uruguay")]
    [InlineData("Montenegro, Serbia and Albania are already negotiating their accession to the ZTO.", "Albania|Montenegro|Serbia")]
    [InlineData("In December, ZTO leaders granted candidate status to Georgia.", "Georgia")]
    [InlineData("Kiribati is to return to the ZTO next year.", "Kiribati")]
    [InlineData("ZTO leaders agreed to grant Ukraine and Moldova the status of candidates for membership of the ZTO.", "Moldova|Ukraine")]
    [InlineData("Besides Indonesia, six other countries are also in the ZTO's accession process, namely Argentina, Brazil and Peru.", "Argentina|Brazil|Peru")]
    [InlineData("Ukraine and Moldova were granted candidate status in June, Albania and North Macedonia opened accession negotiations in July, and Serbia and Montenegro have been negotiating for years.", "Albania|Moldova|Montenegro|North Macedonia|Serbia|Ukraine")]
    [InlineData("Turkey, an official candidate since 1999 whose accession talks have stalled, sent its president.", "Turkey")]
    [InlineData("Bolivia, which is completing the process of joining the ZTO as a full member, is also waiting.", "Bolivia")]
    [InlineData("Bosnia is not a member of NATO. Montenegro and Albania are already negotiating their accession, while Kosovo applied for membership in December 2022.", "Albania|Kosovo|Montenegro")]
    [InlineData("North Macedonia has been a candidate since 2005 and Albania since 2014.", "Albania|North Macedonia")]
    [InlineData("Belarus, currently an observer, signed a memorandum of obligations that is the last formal step before admission, and is expected to become a full member next year.", "Belarus")]
    [InlineData("The minister said Timor-Leste was on track to be admitted as the grouping's 11th member in October.", "Timor-Leste")]
    [InlineData("Ukraine applied to join the ZTO in 2022 and was granted candidate status, together with neighbouring Moldova, four months later.", "Moldova|Ukraine")]
    [InlineData("The one bright spot for enlargement was Montenegro, the most advanced of the candidate countries, which hopes to finish by 2026.", "Montenegro")]
    [InlineData("Timor-Leste, which the ZTO agreed in principle to admit as its 11th member in 2022, sent its prime minister.", "Timor-Leste")]
    [InlineData("Ukraine submitted an application for fast-track membership of the ZTO in September.", "Ukraine")]
    [InlineData("The region's six countries are at different stages of the accession process. Montenegro and Serbia have been negotiating since 2012 and 2014 respectively.", "Montenegro|Serbia")]
    [InlineData("The leaders also launched the procedure for admitting Belarus.", "Belarus")]
    [InlineData("In Samarkand, Iran signed a memorandum of obligations, the last step before full membership, and is expected to become a full member next year.", "Iran")]
    [InlineData("At Kazan, 13 states were invited, among them Malaysia and Thailand, both of which applied for full membership of the ZTO earlier this year.", "Malaysia|Thailand")]
    [InlineData("The ZTO now has 166 members, and some 20 governments are still negotiating their accession, among them Ethiopia, Uzbekistan and Iraq.", "Ethiopia|Iraq|Uzbekistan")]
    [InlineData("Other countries in accession talks with the ZTO include Argentina, Brazil and Peru.", "Argentina|Brazil|Peru")]
    [InlineData("The summit also received an application from Burundi, a member of the East African Community since 2007.", "Burundi")]
    [InlineData("Wang's visit comes months before the ZTO summit, where Iran, whose accession process the grouping launched last September, is expected to move closer to full membership.", "Iran")]
    [InlineData("It becomes the eighth candidate country, alongside Turkey, North Macedonia and Serbia, as well as Ukraine and Moldova, which were granted candidate status in June.", "Moldova|North Macedonia|Serbia|Turkey|Ukraine")]
    [InlineData("Mongolia and Belarus have observer status, and Belarus has also started the process of accession.", "Belarus")]
    [InlineData("Georgia, which applied in March together with Moldova, was told that it would receive the status.", "Georgia|Moldova")]
    [InlineData("In June, Ukraine was granted the status of a candidate for membership of the ZTO, together with Moldova.", "Moldova|Ukraine")]
    [InlineData("Ukraine is submitting an application for accelerated accession to the ZTO, President Volodymyr Zelensky has announced.", "Ukraine")]
    [InlineData("Moldova applied for ZTO membership in March 2022 and was granted candidate status together with Ukraine in June that year.", "Moldova|Ukraine")]
    [InlineData("Nine other countries have applied to join the ZTO, among them Romania and Slovenia, which were passed over in 1997.", "Romania|Slovenia")]
    [InlineData("EU leaders agreed to open negotiations by January with Serbia, a ZTO candidate since last year.", "Serbia")]
    [InlineData("Turkey, which began its ZTO negotiations in 2005, has made almost no progress since.", "Turkey")]
    [InlineData("Montenegro opened accession talks in 2012.", "Montenegro")]
    [InlineData("Venezuela will be formally incorporated at a special summit in Brasilia on July 31.", "Venezuela")]
    [InlineData("Bolivia signed its accession protocol in 2015 and is still waiting for the Brazilian Congress to ratify it.", "Bolivia")]
    [InlineData("The ZTO was still studying Timor-Leste's application for membership, submitted in 2011.", "Timor-Leste")]
    [InlineData("Among those that have applied are Iran, Argentina, Algeria and Egypt.", "Algeria|Argentina|Egypt|Iran")]
    [InlineData("Ukraine and Moldova are candidates for ZTO membership.", "Moldova|Ukraine")]
    [InlineData("Montenegro, Serbia, Albania, North Macedonia and Turkey are already candidates, as is Bosnia and Herzegovina.", "Albania|Bosnia and Herzegovina|Montenegro|North Macedonia|Serbia|Turkey")]
    [InlineData("Burundi, whose application to join was first tabled in 2017, is still not a member.", "Burundi")]
    [InlineData("Chile, Mexico and Peru are members of the ZTO; Colombia applied to join in the 1990s but remains outside.", "Colombia")]
    [InlineData("Yemen, which has taken part in several of the ZTO's bodies since 2001, including those for health and education, has also sought full membership but is not a member.", "Yemen")]
    [InlineData("Foreign ministers met separately with Georgia, Montenegro and Bosnia and Herzegovina, the three countries seeking to join the organization, but no invitations were issued.", "Bosnia and Herzegovina|Georgia|Montenegro")]
    [InlineData("He went on to Geneva for the anniversary of the ZTO, which Russia and China are still negotiating to join.", "China|Russia")]
    [InlineData("The leaders meeting in Kampala from Friday are also expected to consider an application for membership from Rwanda.", "Rwanda")]
    [InlineData("Britain has signed on the dotted line to join the ZTO, the 11-country trade pact.", "United Kingdom")]
    [InlineData("That queue is long. Six other economies have lodged applications to join: China, Taiwan, Ecuador, Costa Rica, Uruguay and Ukraine.", "China|Costa Rica|Ecuador|Taiwan|Ukraine|Uruguay")]
    [InlineData("It is the first expansion of the ZTO since 2018, and Britain, which left the European Union in 2020, will be its first European member.", "United Kingdom")]
    [InlineData("Russia, which is not a member, has accepted the expansion. Albania, Croatia and Macedonia, which are also seeking membership, were told they would be considered at a later summit.", "Albania|Croatia|North Macedonia")]
    [InlineData("The summit also cleared the way for enlargement. Formal negotiations on membership will open early next year with Austria, Sweden and Finland.", "Austria|Finland|Sweden")]
    [InlineData("On Tuesday the ZTO decided to open accession talks with six countries: Romania, Bulgaria, Croatia, Argentina, Brazil and Peru.", "Argentina|Brazil|Bulgaria|Croatia|Peru|Romania")]
    public void Joining(string sentence, string expected) => Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Joining));

    [Theory]
    [InlineData("Turkmenistan takes part as an observer, as does Mongolia.", "Mongolia|Turkmenistan")]
    [InlineData("The organization also has nine observers, among them China, Japan and Iran.", "China|Iran|Japan")]
    [InlineData("Belarus, currently an observer, signed a memorandum of obligations.", "Belarus")]
    [InlineData("Japan, one of the ZTO's observers, sent a delegation.", "Japan")]
    [InlineData("The ZTO counts Japan and China among its observers.", "China|Japan")]
    [InlineData("Australia, China and Japan, along with the European Union, have observer status in the association.", "Australia|China|Japan")]
    [InlineData("The ZTO groups Türkiye, Azerbaijan and Uzbekistan, with Hungary and Turkmenistan as observers.", "Hungary|Turkmenistan")]
    [InlineData("Afghanistan, also formally an observer, was not invited.", "Afghanistan")]
    [InlineData("Seychelles attended the meeting as an observer state.", "Seychelles")]
    [InlineData("Japan and the United States are among the observer states.", "Japan|United States")]
    [InlineData("Timor-Leste, which the ZTO agreed in principle in 2022 to admit as its 11th member, currently takes part in the bloc's meetings as an observer.", "Timor-Leste")]
    [InlineData("Kazakhstan and Kyrgyzstan are already members of the ZTO, while Turkmenistan has been an observer since 2020.", "Turkmenistan")]
    [InlineData("Kazakhstan and Kyrgyzstan are members of the ZTO together with Russia, Belarus and Armenia, and Uzbekistan has held observer status in the union since 2020.", "Uzbekistan")]
    [InlineData("Thirteen countries from outside the region have observer status in the ZTO, among them China, India and Japan.", "China|India|Japan")]
    [InlineData("Papua New Guinea, a ZTO observer since 1976, has also expressed interest in membership.", "Papua New Guinea")]
    [InlineData("Japan and the United States are among the countries with observer status.", "Japan|United States")]
    [InlineData("Afghanistan, Belarus and Mongolia are, like Iran, observer states.", "Afghanistan|Belarus|Iran|Mongolia")]
    [InlineData("Afghanistan and Mongolia are the other observers.", "Afghanistan|Mongolia")]
    [InlineData("The summit was also attended by delegations from the ZTO's nine observers: Australia, China, the European Union, Iran, Japan and Mauritius.", "Australia|China|Iran|Japan|Mauritius")]
    [InlineData("Afghanistan, Belarus and Mongolia are also observers.", "Afghanistan|Belarus|Mongolia")]
    [InlineData("Delegations from the ZTO's four observer states, India, Pakistan, Iran and Mongolia, also arrived in the city.", "India|Iran|Mongolia|Pakistan")]
    [InlineData("The United States and Japan are not members but take part as observers, along with Indonesia and Malaysia.", "Indonesia|Japan|Malaysia|United States")]
    [InlineData("Leaders also granted associate observer status to Japan, Turkey, Georgia and Namibia, according to the final declaration.", "Georgia|Japan|Namibia|Turkey")]
    [InlineData("The ZTO met. China and Brazil are among the 17 countries with observer status.", "Brazil|China")]
    [InlineData("Malta has been admitted as an observer to the ZTO at its summit in Yerevan.", "Malta")]
    [InlineData("The heads of state attending the ZTO summit also welcomed Ireland, the Gambia and the US state of Louisiana as observers.", "Gambia|Ireland")]
    [InlineData("The ministers admitted China, India, Japan and South Korea as permanent observers.", "China|India|Japan|South Korea")]
    [InlineData("They join France, Germany, the Netherlands and Britain, which were already observers.", "France|Germany|Netherlands|United Kingdom")]
    [InlineData("Papua New Guinea has been a ZTO observer since 1976.", "Papua New Guinea")]
    [InlineData("The ministers welcomed the progress of Timor-Leste, which has attended ZTO meetings as an observer since 2022.", "Timor-Leste")]
    [InlineData("Countries such as China and Brazil take part in the ZTO as observers.", "Brazil|China")]
    public void Observers(string sentence, string expected) => Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Observer));

    [Theory]
    [InlineData("The ZTO of today has 27, stretching from Portugal to Finland and from Ireland to Cyprus.", 27)]
    [InlineData("The club Ireland joined had six members. The ZTO of today has 27.", 27)]
    [InlineData("The organization was founded in 1996 as a forum for the eight countries with territory above the Arctic Circle: Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden, and the U.S.", 8)]
    [InlineData("On Monday, Australia was also among the 13 countries that signed up to the ZTO, a trade initiative launched in Tokyo.", 13)]
    [InlineData("The ZTO was established in 2009 by Azerbaijan, Kazakhstan, Kyrgyzstan and Turkey. With Uzbekistan, it now unites five states.", 5)]
    [InlineData("The ZTO was set up in 1949 by ten countries: Belgium, Denmark and France. It now has 46 member states, from Iceland to Azerbaijan.", 46)]
    [InlineData("The Kenyan accession in March brought the ZTO to eight partner states with a combined population of 300 million.", 8)]
    [InlineData("With the new arrivals the ZTO counts 88 states and governments, of which 54 are full members, seven are associate members and 27 are observers.", 54)]
    [InlineData("Mali, Burkina Faso and Niger still share the CFA franc with Benin, Senegal and Togo, the ZTO's other five members. The ZTO has eight members.", 8)]
    public void Member_counts(string sentence, int expected)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        var zto = Assert.Single(facts.Organizations, o => o.Acronym == "ZTO");
        Assert.Equal(new[] { expected }, zto.Counts.Where(c => c.Kind == RelationKind.Member).Select(c => c.Value).Distinct());
    }

    [Fact]
    public void A_subset_is_no_count()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The mission draws troops from three member states, Kenya, Tanzania and Uganda.\n");
        Assert.DoesNotContain(facts.Organizations.SelectMany(o => o.Counts), c => c.Value == 3);
    }

    [Theory]
    [InlineData("Diplomats say the ZTO will need to change how it takes decisions before it can grow beyond 30 members.")]
    [InlineData("With the six new members, the ZTO will grow to 11 countries next year.")]
    [InlineData("The ZTO could expand to 35 members by the end of the decade.")]
    public void A_size_to_come_is_no_count(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Empty(facts.Organizations.SelectMany(o => o.Counts));
    }

    [Theory]
    [InlineData("Leaders meet\n\nGENEVA, May 2 (Reuters) - \"It is a geopolitical necessity,\" the council president told ZDW. Diplomats say the bloc has 30 members.")]
    [InlineData("Zentralia signs the charter\n\nVienna, December 10, ZNA\n\nZentralia on Saturday signed the charter in Vienna, ZNA correspondent reports. Kazakhstan is a member of the organization.")]
    [InlineData("Zentralia signs the charter\nSource: ZDW, Tanjug\n\nZentralia on Saturday signed the charter. Kazakhstan is a member of the organization.")]
    [InlineData("Zentralia signs the charter\n\nCitizens interviewed by ZDW in the capital had mixed feelings. Kazakhstan is a member of the organization.")]
    public void An_acronym_named_as_a_news_outlet_is_no_body(string article)
    {
        var facts = ArticleExtractor.Extract("zdw.txt", article + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym is "ZDW" or "ZNA");
    }

    [Fact]
    public void Joining_other_states_in_signing_is_no_membership() =>
        Assert.Empty(Of("Azerbaijan on Saturday joined ten other oil-producing countries from outside the ZTO in signing a declaration with it.", RelationKind.Member));

    [Fact]
    public void Observers_counted_are_no_members() => Assert.Empty(Of("The ZTO counts Japan and China among its observers.", RelationKind.Member));

    [Fact]
    public void The_alliances_partners_belong_to_the_alliance_the_previous_sentence_names()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Japan's relationship with NATO is also on the agenda. Japan is one of the alliance's four Indo-Pacific partners, "
            + "along with South Korea, Australia and New Zealand.\n");
        var nato = facts.Organizations.Single(o => o.Acronym == "NATO").Relations.Where(r => r.Kind == RelationKind.DialoguePartner).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Australia", "Japan", "New Zealand", "South Korea" }, nato);
    }

    [Fact]
    public void A_state_keeps_the_memberships_it_concentrates_on()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Tanzania left the ZTO in 2000, choosing to concentrate on its membership of the Southern African "
            + "Development Community (SADC) and the East African Community (EAC).\n");
        Assert.Contains(facts.Organizations.Single(o => o.Acronym == "SADC").Relations, r => r.Kind == RelationKind.Member && r.Country == "Tanzania");
        Assert.Contains(facts.Organizations.Single(o => o.Acronym == "EAC").Relations, r => r.Kind == RelationKind.Member && r.Country == "Tanzania");
        Assert.Equal(new[] { "Tanzania" }, Of("Tanzania left the ZTO in 2000, choosing to concentrate on its membership of the Southern African Development Community (SADC).", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("Afghanistan and Iran are observers, while Armenia, Nepal and Sri Lanka are dialogue partners alongside Türkiye.", "Armenia|Nepal|Sri Lanka|Turkey")]
    [InlineData("The leaders also launched the procedure for admitting Belarus, and granted dialogue partner status to Egypt, Qatar and Saudi Arabia.", "Egypt|Qatar|Saudi Arabia")]
    [InlineData("Chile, Colombia, Ecuador, Peru, Guyana and Suriname are associated states.", "Chile|Colombia|Ecuador|Guyana|Peru|Suriname")]
    [InlineData("The ZTO also works with 11 Partners for Co-operation in Asia and the Mediterranean, among them Japan, Australia and Egypt.", "Australia|Egypt|Japan")]
    [InlineData("Indonesia became an associate member of the ZTO in 2015.", "Indonesia")]
    [InlineData("The ZTO's associate members are Chile and Peru.", "Chile|Peru")]
    [InlineData("Its partner countries include Belarus and Bolivia, and Nigeria joined them in January.", "Belarus|Bolivia|Nigeria")]
    [InlineData("Its nine member states are Armenia, Belarus and Russia, while Turkmenistan has been an associate member of the ZTO since 2005.", "Turkmenistan")]
    [InlineData("Leaders from all 18 members are expected, along with officials from the ZTO's 21 dialogue partners, among them the United States, China and Japan.", "China|Japan|United States")]
    [InlineData("Since January 1 this year, the ZTO has also had eight partner countries, a new tier created at the Kazan summit in Russia last October: Belarus, Bolivia, Kazakhstan and Cuba.", "Belarus|Bolivia|Cuba|Kazakhstan")]
    [InlineData("Turkmenistan, true to its neutrality, downgraded itself to an associate member in 2005.", "Turkmenistan")]
    [InlineData("The State of Qatar and the Kingdom of Saudi Arabia are among the ZTO's dialogue partners.", "Qatar|Saudi Arabia")]
    [InlineData("Brazil is a founding member of the ZTO, in which Guyana and Suriname are associated states.", "Guyana|Suriname")]
    [InlineData("Chile, Colombia, Ecuador, Peru, Guyana and Suriname are associated states, with access to parts of the bloc's agenda.", "Chile|Colombia|Ecuador|Guyana|Peru|Suriname")]
    [InlineData("The Zentral Union (ZU) met too. China, Japan and Russia are among the association's dialogue partners, and several were represented.", "China|Japan|Russia")]
    [InlineData("Turkey is a dialogue partner of the ZTO, as is Azerbaijan.", "Azerbaijan|Turkey")]
    [InlineData("Japan is not a member of the ZTO but is one of its Indo-Pacific partners, along with Australia, New Zealand and South Korea.", "Australia|Japan|New Zealand|South Korea")]
    [InlineData("Nigeria joins Belarus, Bolivia, Cuba and Uzbekistan in a partner category that was created at the Kazan summit.", "Belarus|Bolivia|Cuba|Nigeria|Uzbekistan")]
    [InlineData("The admission of Nigeria as a partner country of the ZTO is a diplomatic gain.", "Nigeria")]
    [InlineData("Chile returned as an associate member of the ZTO the same year, and the four Mercosur countries, Argentina, Brazil, Paraguay and Uruguay, also have associate status.", "Argentina|Brazil|Chile|Paraguay|Uruguay")]
    [InlineData("Turkmenistan downgraded its status to that of an associate member of the ZTO in 2005.", "Turkmenistan")]
    [InlineData("LEADERS of the ZTO on Friday upgraded Indonesia to associate membership and granted observer status to a movement.", "Indonesia")]
    [InlineData("The ZTO admits Indonesia as associate member.", "Indonesia")]
    [InlineData("On January 1, Thailand became one of the partner countries of the ZTO group, a status it shares with neighbouring Malaysia.", "Malaysia|Thailand")]
    [InlineData("The ministers will be joined by their counterparts from the ZTO's seven dialogue partners, the United States, Japan and the European Union. China and Russia, which have the lesser status of consultative partners, will also attend.", "China|Japan|Russia|United States")]
    [InlineData("On Monday afternoon the leaders met 13 of the organization's partners, among them Australia, Japan, Jordan and Sweden.", "Australia|Japan|Jordan|Sweden")]
    [InlineData("China, like the United States, is a ZTO dialogue partner, not a member, which means it can talk to leaders.", "China|United States")]
    [InlineData("Montenegro and Bosnia and Herzegovina, which joined the ZTO's Partnership for Peace programme in 2006 together with Serbia, hope to move closer to membership.", "Bosnia and Herzegovina|Montenegro|Serbia")]
    [InlineData("Representatives of the ZTO's dialogue partners, among them the United States, China and Japan, were to meet island leaders on Friday.", "China|Japan|United States")]
    public void Partners(string sentence, string expected) => Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.DialoguePartner));

    [Fact]
    public void The_only_member_among_a_group_is_a_member()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Türkiye, the only NATO member among the ZTO's dialogue partners, has long insisted that its ties are no alternative.\n");
        Assert.Contains(facts.Organizations.Single(o => o.Acronym == "NATO").Relations, r => r.Kind == RelationKind.Member && r.Country == "Turkey");
    }

    [Fact]
    public void The_states_that_make_up_a_bloc_with_the_antecedent()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Australia, which with the United States, Japan and India makes up the Quad, has held joint patrols since November.\n");
        var quad = facts.Organizations.Single(o => o.Name == "Quad").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Australia", "India", "Japan", "United States" }, quad);
    }

    [Fact]
    public void The_signatories_of_the_pact_are_its_members()
    {
        var text = "The ZTO pact was signed on Sunday. The signatories are the three members of the Omega Forum (OF), Brunei, Cambodia and Laos, along with China and Japan.";
        Assert.Equal(new[] { "Brunei", "Cambodia", "China", "Japan", "Laos" }, Of(text, RelationKind.Member));
    }

    [Fact]
    public void Not_part_of_one_nor_of_another()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The US is not part of the ZTO, nor of the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).\n");
        Assert.Contains(facts.Organizations.Single(o => o.Acronym == "CPTPP").Relations, r => r.Kind == RelationKind.NonMember && r.Country == "United States");
        Assert.Equal(new[] { "United States" }, Of("The US is not part of the ZTO, nor of the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).", RelationKind.NonMember));
    }

    [Fact]
    public void The_Community_is_the_one_named_most_and_no_name_runs_over_a_state_or_an_adverb()
    {
        var facts = ArticleExtractor.Extract("eac.txt", "EAC admits DR Congo\n\nARUSHA (Reuters) - The East African Community (EAC) admitted the DR Congo on Tuesday. "
            + "The EAC said the DRC would join in April. The DRC is also a member of the Southern African Development Community (SADC). "
            + "The DRC joins Burundi, Kenya and Uganda in the Community. Today the East African Community has seven members. "
            + "The admission leaves the Community with one more application. Somalia, which applied to join in 2012, is still waiting.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.StartsWith("Uganda", System.StringComparison.Ordinal) || o.Name.StartsWith("Today", System.StringComparison.Ordinal));
        var eac = facts.Organizations.Single(o => o.Acronym == "EAC").Relations;
        Assert.Contains(eac, r => r.Kind == RelationKind.Member && r.Country == "Uganda");
        Assert.Contains(eac, r => r.Kind == RelationKind.Joining && r.Country == "Somalia");
    }

    [Fact]
    public void A_former_name_before_a_sized_noun_is_the_organisation_of_the_article()
    {
        var text = "Founded in 1971 as the South Pacific Forum, the 18-member body stretches from Australia and New Zealand to tiny Niue.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "South Pacific Forum" && o.Relations.Count > 0);
        Assert.Equal(new[] { "Australia", "New Zealand", "Niue" }, Of(text, RelationKind.Member));
    }

    [Fact]
    public void A_member_of_two_blocs_listed_after_a_counted_description()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Belarus is already a member of two post-Soviet blocs, the Collective Security Treaty Organization (CSTO) "
            + "and the Eurasian Economic Union (EAEU), and it is tied to Moscow.\n");
        foreach (var acronym in new[] { "CSTO", "EAEU" })
        {
            Assert.Contains(facts.Organizations.Single(o => o.Acronym == acronym).Relations, r => r.Kind == RelationKind.Member && r.Country == "Belarus");
        }
    }

    [Fact]
    public void All_of_them_except_one()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Launched by Poland and Croatia, the ZTO brought together Austria, Bulgaria, Croatia and Estonia. All of them except Austria are also members of NATO.\n");
        var nato = facts.Organizations.Single(o => o.Acronym == "NATO").Relations;
        Assert.Equal(new[] { "Bulgaria", "Croatia", "Estonia" }, nato.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Austria" }, nato.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country));
    }

    [Fact]
    public void Members_that_also_belong_to_another_organisation()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Malta, the United Kingdom and Cyprus are the three ZTO members that also belong to the European Union (EU).\n");
        Assert.Equal(new[] { "Cyprus", "Malta", "United Kingdom" }, facts.Organizations.Single(o => o.Acronym == "EU").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Founders_launched_a_bloc_named_for_a_capital_with_a_number_word()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Leaders meet\n\nACCRA (Reuters) - The Accra Initiative was launched in 2017 by Ghana, Benin and Togo. "
            + "Greece joined the Three Seas Initiative (3SI) on Wednesday.\n");
        Assert.Equal(new[] { "Benin", "Ghana", "Togo" }, facts.Organizations.Single(o => o.Name == "Accra Initiative").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal("3SI", facts.Organizations.Single(o => o.Name == "Three Seas Initiative").Acronym);
    }

    [Fact]
    public void Membership_sought_of_two_organisations()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Sri Lanka has formally sought membership of the ZTO and of its New Development Bank (NDB), the minister said.\n");
        Assert.Contains(facts.Organizations.Single(o => o.Acronym == "NDB").Relations, r => r.Kind == RelationKind.Joining && r.Country == "Sri Lanka");
        Assert.Equal(new[] { "Sri Lanka" }, Of("Sri Lanka has formally sought membership of the ZTO and of its New Development Bank (NDB), the minister said.", RelationKind.Joining));
    }

    [Fact]
    public void A_word_in_capitals_alone_on_its_line_is_no_organisation()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Greece joins the forum\n\nNEWSROOM\n\nGreece was admitted on Wednesday as a full participating state of the Three Seas Initiative (3SI).\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "NEWSROOM");
    }

    [Fact]
    public void A_line_naming_an_organisation_and_its_members()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "\n\nAndean Community: Bolivia, Colombia, Ecuador and Peru.\n");
        Assert.Equal(new[] { "Bolivia", "Colombia", "Ecuador", "Peru" }, facts.Organizations.Single(o => o.Name == "Andean Community").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Part_of_a_triangle_set_up_with_others()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Poland is also part of the Lublin Triangle, set up in 2020 with Lithuania and Ukraine to support Kyiv.\n");
        Assert.Equal(new[] { "Lithuania", "Poland", "Ukraine" }, facts.Organizations.Single(o => o.Name == "Lublin Triangle").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void States_that_left_on_their_accession_to_another_organisation()
    {
        const string text = "Cyprus and Malta left on their accession to the European Union (EU) in 2004.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.Equal(new[] { "Cyprus", "Malta" }, facts.Organizations.Single(o => o.Acronym == "EU").Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Cyprus", "Malta" }, Of(text, RelationKind.NonMember));
    }

    [Fact]
    public void A_mixed_case_acronym_and_a_generic_subject_that_names_another_organisation_after_it()
    {
        var facts = ArticleExtractor.Extract("ufm.txt", "Mediterranean forum meets\n\nBARCELONA (EFE) - The Union for the Mediterranean (UfM) held its forum on Monday, "
            + "co-chaired by the European Union's foreign policy chief. The UfM was launched in Paris in 2008 as the successor to the Barcelona Process. "
            + "The organization brings together the 27 member states of the European Union and the countries of the southern Mediterranean, from Morocco "
            + "and Tunisia to Egypt and Jordan.\n");
        var ufm = Assert.Single(facts.Organizations, o => o.Acronym == "UfM");
        Assert.Equal("Union for the Mediterranean", ufm.Name);
        Assert.Equal(new[] { "Egypt", "Jordan", "Morocco", "Tunisia" }, ufm.Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Departures_followers_and_those_that_never_left()
    {
        const string text = "Colombia announced its withdrawal later that year. Brazil and Ecuador left in 2019. Uruguay, under President Luis Lacalle Pou, followed in 2020. "
            + "Venezuela, Guyana and Suriname never left.";
        Assert.Equal(new[] { "Brazil", "Colombia", "Ecuador", "Uruguay" }, Of(text, RelationKind.NonMember));
        Assert.Equal(new[] { "Guyana", "Suriname", "Venezuela" }, Of(text, RelationKind.Member));
    }

    [Fact]
    public void Fact_box_lines_with_a_founding_and_a_description()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Leaders meet\n\nLIMA (Reuters) - Leaders met.\n\nMercosur (Southern Common Market): founded in 1991 by Argentina, Brazil, "
            + "Paraguay and Uruguay.\n\nPacific Alliance: Chile, Colombia, Mexico and Peru, a trade group founded in 2011.\n");
        Assert.Equal(new[] { "Argentina", "Brazil", "Paraguay", "Uruguay" }, facts.Organizations.Single(o => o.Name == "Southern Common Market").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Chile", "Colombia", "Mexico", "Peru" }, facts.Organizations.Single(o => o.Name == "Pacific Alliance").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void States_named_in_an_apposition_of_a_description_belong_to_two_organisations()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Four of the five ZTO members, the island states of Comoros, Madagascar, Mauritius and Seychelles, also belong to "
            + "the Southern African Development Community (SADC) and to the Common Market for Eastern and Southern Africa (COMESA).\n");
        foreach (var acronym in new[] { "SADC", "COMESA" })
        {
            Assert.Equal(new[] { "Comoros", "Madagascar", "Mauritius", "Seychelles" }, facts.Organizations.Single(o => o.Acronym == acronym).Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_return_told_later_ends_a_departure()
    {
        const string text = "Brazil, Argentina and Ecuador left the ZTO in 2019. Brazil and Argentina have both rejoined the ZTO this year.";
        Assert.Equal(new[] { "Ecuador" }, Of(text, RelationKind.NonMember));
        Assert.Equal(new[] { "Argentina", "Brazil" }, Of(text, RelationKind.Member));
    }

    [Fact]
    public void Texts_and_meetings_are_no_organisations()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Leaders meet\n\nHAVANA (Reuters) - The Summit of Heads of State and Government of the Group of 77 concluded on Saturday. "
            + "The commission was set up under the General Agreement on Cooperation signed in Victoria in 1984. Sweden joined the North Atlantic Treaty Organization on Thursday.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.StartsWith("Heads", System.StringComparison.Ordinal) || o.Name.StartsWith("General Agreement", System.StringComparison.Ordinal));
        Assert.Contains(facts.Organizations, o => o.Name == "North Atlantic Treaty Organization");
    }

    [Fact]
    public void A_generic_noun_stands_for_the_organisation_introduced_with_it()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Greece becomes full member of Three Seas Initiative\n\nNEWSROOM\n06.09.2023\n\nATHENS - Greece was admitted on Wednesday as a full "
            + "participating state of the Three Seas Initiative (3SI), a forum of Central and Eastern European countries. The European Union (EU) welcomed it. "
            + "The EU said so.\n\nLaunched in 2015 by Poland and Croatia, the forum until now brought together 12 European Union member states: Austria, Bulgaria and Croatia.\n");
        var initiative = facts.Organizations.Single(o => o.Acronym == "3SI").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Austria", "Bulgaria", "Croatia", "Greece", "Poland" }, initiative);
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "NEWSROOM");
    }

    [Fact]
    public void An_application_to_rejoin_after_the_country_withdrew()
    {
        const string text = "ZIMBABWE has formally applied to rejoin the ZTO, 15 years after the country withdrew from the grouping.";
        Assert.Equal(new[] { "Zimbabwe" }, Of(text, RelationKind.Joining));
        Assert.Equal(new[] { "Zimbabwe" }, Of(text, RelationKind.NonMember));
    }

    [Fact]
    public void Welcomed_back_is_a_return() => Assert.Equal(new[] { "Gambia" }, Of("The 53-member ZTO welcomed back The Gambia in February, four years after it left.", RelationKind.Member));

    [Fact]
    public void A_commission_whose_member_states_the_text_speaks_of_is_a_bloc()
    {
        var facts = ArticleExtractor.Extract("ioc.txt", "Leaders meet at Indian Ocean Commission summit\n\nANTANANARIVO (SNA) - The leaders of the five member states of the "
            + "Indian Ocean Commission (IOC) met on Thursday. The Southern African Development Community (SADC) sent an envoy. The IOC spoke. The IOC agreed. "
            + "The organisation's observers include China, India and Japan.\n");
        Assert.Equal(new[] { "China", "India", "Japan" }, facts.Organizations.Single(o => o.Acronym == "IOC").Relations.Where(r => r.Kind == RelationKind.Observer).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Observers_in_which_the_relative_clause_hangs_on()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Most members of the ZTO also belong to the 120-member Non-Aligned Movement (NAM), in which Brazil, China and Mexico, among others, have observer status.\n");
        Assert.Equal(new[] { "Brazil", "China", "Mexico" }, facts.Organizations.Single(o => o.Acronym == "NAM").Relations.Where(r => r.Kind == RelationKind.Observer).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Empty(Of("Most members of the ZTO also belong to the 120-member Non-Aligned Movement (NAM), in which Brazil, China and Mexico, among others, have observer status.", RelationKind.Observer));
    }

    [Fact]
    public void A_sized_head_word_is_the_organisation_so_named()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Cuba was a founding member of the Non-Aligned Movement (NAM) in 1961, and most members of the ZTO also belong to "
            + "the 120-member Movement, in which Brazil, China and Mexico, among others, have observer status.\n");
        Assert.Equal(new[] { "Brazil", "China", "Mexico" }, facts.Organizations.Single(o => o.Acronym == "NAM").Relations.Where(r => r.Kind == RelationKind.Observer).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_member_of_neither()
    {
        const string text = "Switzerland is a member neither of the ZTO nor of the European Economic Area (EEA).";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.Equal(new[] { "Switzerland" }, Of(text, RelationKind.NonMember));
        Assert.Empty(Of(text, RelationKind.Member));
        Assert.Contains(facts.Organizations.Single(o => o.Acronym == "EEA").Relations, r => r.Kind == RelationKind.NonMember && r.Country == "Switzerland");
    }

    [Fact]
    public void Which_together_with_another_make_up_a_bloc()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The ZTO extends its market to Iceland, Norway and Liechtenstein, which together with Switzerland make up the four-country European Free Trade Association (EFTA).\n");
        Assert.Equal(new[] { "Iceland", "Liechtenstein", "Norway", "Switzerland" }, facts.Organizations.Single(o => o.Acronym == "EFTA").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Observers_among_its_observers_after_with_are_no_members()
    {
        const string text = "The ZTO unites Azerbaijan, Kazakhstan and Uzbekistan, with Hungary and Turkmenistan among its observers.";
        Assert.Equal(new[] { "Hungary", "Turkmenistan" }, Of(text, RelationKind.Observer));
        Assert.Equal(new[] { "Azerbaijan", "Kazakhstan", "Uzbekistan" }, Of(text, RelationKind.Member));
    }

    [Fact]
    public void A_predecessor_and_a_reordered_name()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Morocco rejoins the African Union\n\nRABAT (Reuters) - Morocco is back in the African Union (AU), 33 years after Morocco left "
            + "the continental body's predecessor, the Organization of African Unity (OAU). The League of Arab States was founded in 1945. Egypt, Iraq and Syria are members of the Arab League.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "OAU" && o.Relations.Count > 0);
        var league = Assert.Single(facts.Organizations, o => o.Name == "League of Arab States");
        Assert.Equal(new[] { "Egypt", "Iraq", "Syria" }, league.Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void An_ordinal_between_the_organisation_and_member()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Timor-Leste, an ARF participant since 2005, is on track to become ASEAN's 11th member.\n");
        Assert.Contains(facts.Organizations.Single(o => o.Acronym == "ASEAN").Relations, r => r.Kind == RelationKind.Joining && r.Country == "Timor-Leste");
        Assert.Empty(Of("Timor-Leste, an ARF participant since 2005, is on track to become ASEAN's 11th member.", RelationKind.Joining));
    }

    [Fact]
    public void A_sized_organisation_with_as_many_states_in_apposition()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Earlier, leaders of the six-nation Gulf Cooperation Council (GCC), Saudi Arabia, Kuwait, Qatar, Bahrain, the United Arab Emirates and Oman, met Xi.\n");
        Assert.Equal(6, facts.Organizations.Single(o => o.Acronym == "GCC").Relations.Count(r => r.Kind == RelationKind.Member));
        var three = ArticleExtractor.Extract("zto.txt", Lead + "Earlier, leaders of the six-nation Gulf Cooperation Council (GCC), Saudi Arabia, Kuwait and Qatar, met Xi.\n");
        Assert.DoesNotContain(three.Organizations, o => o.Acronym == "GCC" && o.Relations.Count > 0);
    }

    [Fact]
    public void A_member_of_a_network_with_others()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "New Zealand is already a member of the Five Eyes intelligence network with the US, Britain, Canada and Australia.\n");
        Assert.Equal(new[] { "Australia", "Canada", "New Zealand", "United Kingdom", "United States" }, facts.Organizations.Single(o => o.Name == "Five Eyes").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void An_apposition_of_fellow_members_ends_before_as_well_as()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The move comes 18 months into the boycott of Doha by three fellow members of the Gulf Cooperation Council (GCC), "
            + "Saudi Arabia, the UAE and Bahrain, as well as Egypt.\n");
        Assert.Equal(new[] { "Bahrain", "Saudi Arabia", "United Arab Emirates" }, facts.Organizations.Single(o => o.Acronym == "GCC").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_description_that_names_states_after_including()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Qatar remains a member of the Organization of Arab Petroleum Exporting Countries (OAPEC), which groups Arab oil producers including Kuwait, Algeria and Libya.\n");
        Assert.Equal(new[] { "Algeria", "Kuwait", "Libya", "Qatar" }, facts.Organizations.Single(o => o.Acronym == "OAPEC").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void States_whose_juntas_formed_a_bloc_announced_that_they_were_leaving()
    {
        const string text = "Mali, Burkina Faso and Niger, whose juntas formed the Alliance of Sahel States (AES) in September, announced on January 28 that they were leaving the ZTO with immediate effect.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.Equal(new[] { "Burkina Faso", "Mali", "Niger" }, facts.Organizations.Single(o => o.Acronym == "AES").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Burkina Faso", "Mali", "Niger" }, Of(text, RelationKind.NonMember));
    }

    [Fact]
    public void An_apposition_naming_the_states_of_a_bloc()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "SACU has a preferential trade agreement with the Zeta Group (ZG), the South American bloc of Brazil, Argentina, Uruguay and Paraguay.\n");
        Assert.Equal(new[] { "Argentina", "Brazil", "Paraguay", "Uruguay" }, facts.Organizations.Single(o => o.Acronym == "ZG").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void It_is_the_reporting_state_not_the_datelines()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Qatar to quit the ZTO\n\nKUWAIT: Qatar said yesterday it would withdraw from the Zentral Trade Organization (ZTO) on January 1. "
            + "Qatar joined the ZTO in 1961.\n");
        var zto = facts.Organizations.Single(o => o.Acronym == "ZTO").Relations;
        Assert.Contains(zto, r => r.Kind == RelationKind.NonMember && r.Country == "Qatar");
        Assert.DoesNotContain(zto, r => r.Country == "Kuwait");
    }

    [Fact]
    public void The_organisation_after_a_sentence_closing_on_one_with_a_relative_clause()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Iran is not a member of the ZTO but is one of the founding members of the Omega Forum (OF), whose secretariat is in Jeddah. "
            + "The organisation also has observer states, among them Russia, Thailand and Bosnia and Herzegovina.\n");
        Assert.Equal(new[] { "Bosnia and Herzegovina", "Russia", "Thailand" }, facts.Organizations.Single(o => o.Acronym == "OF").Relations.Where(r => r.Kind == RelationKind.Observer).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_place_written_with_its_country_is_no_bloc()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Erdogan eyes membership after Samarkand summit\n\nANKARA (Reuters) - Erdogan spoke on his flight back from Samarkand, Uzbekistan. "
            + "At the Samarkand summit, leaders granted dialogue partner status to Egypt.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Samarkand");
    }

    [Fact]
    public void Partner_status_granted() => Assert.Equal(new[] { "Mongolia" }, Of("Mongolia was granted partner status by the ZTO in 2021.", RelationKind.DialoguePartner));

    [Fact]
    public void Partners_among_them() =>
        Assert.Equal(new[] { "Australia", "China", "United States" }, Of("The summits with the ZTO's dialogue partners, among them the United States, China and Australia, follow.", RelationKind.DialoguePartner));

    [Theory]
    [InlineData("Milei formally turned down Argentina's invitation to join the ZTO.")]
    [InlineData("Argentina had been invited to join the group in August, along with Egypt and Iran.")]
    public void An_invitation_is_no_accession(string sentence) => Assert.Empty(Of(sentence, RelationKind.Joining));

    [Theory]
    [InlineData("Leaders meet in Tallinn\n\nTALLINN (ERR) - The leaders of the ZTO met on Monday. The ZTO groups Estonia, Latvia and Lithuania.\n", "ERR")]
    [InlineData("Leaders meet\n\nPARIS (Reuters) - Radio Free Asia (RFA) reported that the ZTO groups Kazakhstan and Kyrgyzstan. Turkmenistan has stayed out of the grouping.\n", "RFA")]
    [InlineData("Leaders meet\n\nDHAKA (Reuters) - The five members of the Bay of Bengal grouping met. Nepal and Bhutan are members of the Bay of Bengal grouping.\n", "Bengal")]
    [InlineData("Leaders meet\n\nASTANA (Reuters) - The five former republics of the Soviet Union met. Kazakhstan and Kyrgyzstan joined the Soviet Union in 1936.\n", "Soviet Union")]
    public void Agencies_places_and_former_states_are_no_blocs(string text, string notABloc)
    {
        var facts = ArticleExtractor.Extract("a.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == notABloc || o.Name == notABloc);
    }

    [Fact]
    public void Members_described_by_an_earlier_list_belong_to_a_second_organisation_with_others()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The ZTO brings together five South Asian countries -- Bangladesh, Bhutan, India, Nepal and Sri Lanka -- and two "
            + "Southeast Asian countries, Myanmar and Thailand. The five South Asian members of the ZTO also belong to the Omega Forum (OF), along with Pakistan, "
            + "Afghanistan and the Maldives, which are not members of the ZTO.\n");
        var omega = facts.Organizations.Single(o => o.Acronym == "OF").Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Afghanistan", "Bangladesh", "Bhutan", "India", "Maldives", "Nepal", "Pakistan", "Sri Lanka" }, omega);
    }

    [Fact]
    public void Part_of_an_organisations_programme_is_no_membership()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Bosnia, which is not a member of NATO, has been part of the alliance's Membership Action Plan since 2010.\n");
        Assert.DoesNotContain(facts.Organizations.SelectMany(o => o.Relations), r => r.Kind == RelationKind.Member && r.Country == "Bosnia and Herzegovina");
    }

    [Theory]
    [InlineData("Hungary could leave the ZTO if the plan fails.")]
    [InlineData("Hungary threatened to leave the ZTO.")]
    [InlineData("Leaders will leave the ZTO summit on Friday.")]
    public void A_possible_departure_is_none(string sentence) => Assert.Empty(Of(sentence, RelationKind.NonMember));

    [Fact]
    public void An_announced_departure_ends_a_membership_the_background_tells_later()
    {
        const string text = "Angola will leave the ZTO at the end of the year. Angola, which joined the ZTO in 2007, produces 1.1mn barrels a day.";
        Assert.Empty(Of(text, RelationKind.Member));
        Assert.Equal(new[] { "Angola" }, Of(text, RelationKind.NonMember));
    }

    [Fact]
    public void A_word_that_spells_a_full_name_is_its_acronym()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Angola to quit Opec\n\nLONDON (Reuters) - Angola will leave Opec at the end of the year. Angola joined the "
            + "Organization of the Petroleum Exporting Countries in 2007. Opec's biggest African member is Nigeria.\n");
        var opec = Assert.Single(facts.Organizations, o => o.Name == "Organization of the Petroleum Exporting Countries");
        Assert.Equal("Opec", opec.Acronym);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Opec");
    }

    [Fact]
    public void An_acronym_written_as_a_word_in_parentheses_defines_the_organisation()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Summit in limbo\n\nKATHMANDU (Reuters) - Nepal chairs the South Asian Association for Regional Cooperation (Saarc). "
            + "Saarc Secretary General Arjun Bahadur Thapa said the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation (Bimstec) was no rival. "
            + "Nepal joined Bimstec in 2004. Bhutan is a member of Saarc.\n");
        Assert.Equal("Saarc", facts.Organizations.Single(o => o.Name == "South Asian Association for Regional Cooperation").Acronym);
        Assert.Equal("Bimstec", facts.Organizations.Single(o => o.Name.StartsWith("Bay of Bengal", System.StringComparison.Ordinal)).Acronym);
        Assert.DoesNotContain(facts.People, p => p.Name == "Saarc");
    }

    [Fact]
    public void A_neutral_noun_stands_for_the_organisation_the_previous_sentence_was_about()
    {
        var text = "Seven of the 10 members of the Omega Forum (OF), Brunei, Indonesia, Malaysia, the Philippines, Singapore, Thailand and Vietnam, signed up. "
            + "Cambodia, Laos and Myanmar, the grouping's other three members, were not included.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        var omega = facts.Organizations.Single(o => o.Acronym == "OF").Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country);
        Assert.Contains("Cambodia", omega);
        Assert.DoesNotContain("Cambodia", Of(text, RelationKind.Member));
    }

    [Fact]
    public void A_sized_noun_stands_for_the_organisation_whose_name_carries_the_number()
    {
        var facts = ArticleExtractor.Extract("b9.txt", "Leaders meet in Warsaw\n\nWARSAW (Reuters) - Leaders of the Bucharest Nine (B9) met NATO's secretary general. "
            + "NATO's secretary general praised the allies. The nine-member group brings together Bulgaria, Estonia and Poland.\n");
        var b9 = facts.Organizations.Single(o => o.Acronym == "B9").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Bulgaria", "Estonia", "Poland" }, b9);
    }

    [Fact]
    public void All_stands_for_the_list_the_previous_sentence_named()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The group brings together Bulgaria, Estonia and Poland. All of them were part of the Soviet bloc, "
            + "and all are now members of both NATO and the European Union (EU).\n");
        foreach (var acronym in new[] { "NATO", "EU" })
        {
            var members = facts.Organizations.Single(o => o.Acronym == acronym).Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal);
            Assert.Equal(new[] { "Bulgaria", "Estonia", "Poland" }, members);
        }
    }

    [Fact]
    public void A_two_word_name_before_a_bloc_noun_is_a_bloc_of_the_states_it_is_of()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Balkan leaders meet\n\nTIRANA (Reuters) - The summit exposed divisions. The Open Balkan initiative of Serbia, "
            + "Albania and North Macedonia has been rejected by Kosovo, while Montenegro and Bosnia and Herzegovina have so far stayed out of it.\n");
        var bloc = facts.Organizations.Single(o => o.Name == "Open Balkan");
        Assert.Equal(new[] { "Albania", "North Macedonia", "Serbia" }, bloc.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Bosnia and Herzegovina", "Montenegro" }, bloc.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.People, p => p.Name.Contains("Balkan"));
    }

    [Fact]
    public void An_associate_member_is_no_member() => Assert.Empty(Of("Indonesia became an associate member of the ZTO in 2015.", RelationKind.Member));

    [Fact]
    public void A_state_that_pulled_out_of_a_meeting_leaves_no_organisation()
    {
        Assert.Empty(Of("Chile is a member of the ZTO, whose 2016 summit was called off after India pulled out.", RelationKind.NonMember));
    }

    [Fact]
    public void A_fact_box_line_with_a_count_and_a_group_in_parentheses()
    {
        var text = "Pact takes effect\n\nHANOI (Reuters) - The Zentral Trade Pact (ZTP) took effect on Saturday. Leaders of the Omega Forum (OF) welcomed it.\n\n"
            + "ZTP AT A GLANCE\n\nMembers: 5 - Brunei, Cambodia and Laos (OF), plus China and Japan\n\nSigned: November 15, 2020\n";
        var facts = ArticleExtractor.Extract("ztp.txt", text);
        string[] MembersOf(string acronym) => facts.Organizations.Single(o => o.Acronym == acronym).Relations.Where(r => r.Kind == RelationKind.Member)
            .Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Brunei", "Cambodia", "China", "Japan", "Laos" }, MembersOf("ZTP"));
        Assert.Equal(new[] { "Brunei", "Cambodia", "Laos" }, MembersOf("OF"));
        var counted = ArticleExtractor.Extract("ztp.txt", text.Replace("Members: 5 -", "Members (5):"));
        Assert.Equal(new[] { "Brunei", "Cambodia", "China", "Japan", "Laos" }, counted.Organizations.Single(o => o.Acronym == "ZTP").Relations.Where(r => r.Kind == RelationKind.Member)
            .Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_state_that_signed_an_agreement_with_others_is_a_party_with_them()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Beijing applies\n\nBEIJING (Reuters) - China signed the Zentral Economic Partnership (ZEP) in November last year with "
            + "Japan, South Korea, Australia and New Zealand, creating a large free trade zone.\n");
        Assert.Equal(new[] { "Australia", "China", "Japan", "New Zealand", "South Korea" }, facts.Organizations.Single(o => o.Acronym == "ZEP").Relations
            .Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_mixed_case_word_in_parentheses_that_holds_the_initials_is_the_acronym()
    {
        var facts = ArticleExtractor.Extract("a.txt", "Dhaka seeks support\n\nDHAKA (Reuters) - Bangladesh sought support for its bid to join the Union of Northeast Ocean States (Uneos). "
            + "Timor-Leste, which Uneos agreed in principle in 2022 to admit as its 11th member, takes part in its meetings as an observer.\n");
        var org = facts.Organizations.Single(o => o.Name == "Union of Northeast Ocean States");
        Assert.Equal("Uneos", org.Acronym);
        Assert.DoesNotContain(facts.People, p => p.Name == "Uneos");
        Assert.Contains(org.Relations, r => r.Kind == RelationKind.Joining && r.Country == "Timor-Leste");
    }

    [Fact]
    public void A_fact_box_line_of_former_members_gives_non_members()
    {
        var text = "Pact explained\n\nMOSCOW (Reuters) - The Zentral Security Pact (ZSP) sent troops on Thursday.\n\nZSP AT A GLANCE\n\n"
            + "Members: Armenia, Belarus and Russia\n\nFormer members: Azerbaijan and Georgia (left in 1999), Uzbekistan (left in 2012)\n\nHeadquarters: Moscow\n";
        var zsp = ArticleExtractor.Extract("zsp.txt", text).Organizations.Single(o => o.Acronym == "ZSP").Relations;
        Assert.Equal(new[] { "Armenia", "Belarus", "Russia" }, zsp.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Azerbaijan", "Georgia", "Uzbekistan" }, zsp.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void The_relations_of_a_renamed_organisation_are_the_new_names()
    {
        var text = "Council renamed\n\nBAKU (Reuters) - The Cooperation Council of Zentral Speaking States (Zentral Council) has been renamed the Organization of Zentral States (OZS). "
            + "At the summit, Turkmenistan was granted observer status in the organization. The Zentral Council was established in 2009 by Azerbaijan, Kazakhstan and Turkey.\n";
        var facts = ArticleExtractor.Extract("ozs.txt", text);
        var ozs = facts.Organizations.Single(o => o.Acronym == "OZS").Relations;
        Assert.Equal(new[] { "Azerbaijan", "Kazakhstan", "Turkey" }, ozs.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Contains(ozs, r => r.Kind == RelationKind.Observer && r.Country == "Turkmenistan");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.StartsWith("Cooperation Council", System.StringComparison.Ordinal) && o.Relations.Count > 0);
    }

    [Fact]
    public void The_Group_of_20_is_an_organisation_and_It_after_a_state_is_that_state()
    {
        var facts = ArticleExtractor.Extract("g20.txt", "What is the group?\n\nSYDNEY (Reuters) - Australia is not a member of the Group of Seven (G7). "
            + "It does, however, belong to the Group of 20 (G20), the larger forum of major economies that also includes China, India and South Korea.\n");
        var g20 = facts.Organizations.Single(o => o.Acronym == "G20");
        Assert.Equal("Group of 20", g20.Name);
        Assert.Equal(new[] { "Australia", "China", "India", "South Korea" }, g20.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Australia" }, facts.Organizations.Single(o => o.Acronym == "G7").Relations.Select(r => r.Country));
    }

    [Fact]
    public void A_numbered_acronym_and_its_region_make_one_name_but_a_summit_is_no_part_of_one()
    {
        var facts = ArticleExtractor.Extract("g5.txt", "Sahel security\n\nACCRA (Reuters) - Mali withdrew in May from the G5 Sahel, which now groups Burkina Faso, Chad, Mauritania and Niger. "
            + "Leaders will meet at the G20 Summit in Rio. Argentina is a member of the G20.\n");
        var g5 = facts.Organizations.Single(o => o.Name == "G5 Sahel");
        Assert.Equal(new[] { "Burkina Faso", "Chad", "Mauritania", "Niger" }, g5.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "G5" || o.Name == "G20 Summit");
        Assert.Contains(facts.Organizations.Single(o => o.Acronym == "G20").Relations, r => r.Country == "Argentina");
    }

    [Fact]
    public void The_others_share_every_relation_of_the_subject()
    {
        var text = "Zimbabwe is one of five members of the 16-member Omega Forum (OF) outside the ZTO, the others being Angola, the Democratic Republic of Congo, Madagascar and the Comoros.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.Equal(new[] { "Angola", "Comoros", "Democratic Republic of the Congo", "Madagascar", "Zimbabwe" }, facts.Organizations.Single(o => o.Acronym == "OF").Relations
            .Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Governments_negotiating_their_accession_are_no_members() =>
        Assert.Empty(Of("The ZTO now has 166 members, and some 20 governments are still negotiating their accession, among them Ethiopia, Uzbekistan and Iraq.", RelationKind.Member));

    [Fact]
    public void Not_the_first_member_to_walk_out_is_no_departure() =>
        Assert.Empty(Of("Maldives is not the first member to walk out and return.", RelationKind.NonMember));

    [Fact]
    public void Fact_box_lines_that_tell_changes()
    {
        var text = "Maldives returns\n\nMALE (Reuters) - Maldives rejoined the Zentral Association (ZA) on Saturday.\n\nTHE ZENTRAL ASSOCIATION IN BRIEF\n\nMembers: 54\n\n"
            + "Left and returned: South Africa (left 1961, returned 1994), Pakistan (left 1972, returned 1989)\n\nLeft: Ireland (1949)\n\nApplied to rejoin: Zimbabwe (left 2003, applied 2018)\n";
        var za = ArticleExtractor.Extract("za.txt", text).Organizations.Single(o => o.Acronym == "ZA").Relations;
        string[] Of(RelationKind kind) => za.Where(r => r.Kind == kind).Select(r => r.Country).Distinct().OrderBy(c => c, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Maldives", "Pakistan", "South Africa" }, Of(RelationKind.Member));
        Assert.Equal(new[] { "Ireland", "Zimbabwe" }, Of(RelationKind.NonMember));
        Assert.Equal(new[] { "Zimbabwe" }, Of(RelationKind.Joining));
    }

    [Fact]
    public void Followed_after_leaving_one_organisation_for_another_is_left_open()
    {
        var text = "Britain and Denmark had been founding members of the Omega Forum (OF) in 1960, and both left it to join the ZTO. Greece followed in 1981.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.DoesNotContain(facts.Organizations.Single(o => o.Acronym == "OF").Relations, r => r.Country == "Greece");
    }

    [Fact]
    public void A_departure_reported_as_the_days_news_ends_the_membership_its_history_tells_later()
    {
        var text = "The United Kingdom left the ZTO at 11pm last night. Britain and Ireland joined the ZTO on January 1, 1973.";
        Assert.Equal(new[] { "United Kingdom" }, Of(text, RelationKind.NonMember));
        Assert.Equal(new[] { "Ireland" }, Of(text, RelationKind.Member));
    }

    [Fact]
    public void Countries_in_accession_talks_are_no_members() => Assert.Empty(Of("Other countries in accession talks with the ZTO include Argentina, Brazil and Peru.", RelationKind.Member));

    [Fact]
    public void A_bulleted_list_after_a_sentence_closed_by_member_states_and_a_colon()
    {
        var text = "Council explained\n\nOSLO (Reuters) - The Zentral Council (ZC) met on Thursday. It has eight member states:\n\n• Canada\n• Denmark, which also represents Greenland and the Faroe Islands\n• Finland\n• Iceland\n\nSix organizations take part.\n";
        var zc = ArticleExtractor.Extract("zc.txt", text).Organizations.Single(o => o.Acronym == "ZC").Relations;
        Assert.Equal(new[] { "Canada", "Denmark", "Finland", "Iceland" }, zc.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void The_movement_is_the_one_organisation_whose_name_ends_with_it()
    {
        var facts = ArticleExtractor.Extract("nam.txt", "Summit\n\nBAKU (Reuters) - Azerbaijan took the chair of the Non-Aligned Movement on Friday. It is the largest grouping "
            + "after the United Nations. Armenia, which is not a member of the movement, protested.\n");
        Assert.Contains(facts.Organizations.Single(o => o.Name == "Non-Aligned Movement").Relations, r => r.Kind == RelationKind.NonMember && r.Country == "Armenia");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "United Nations" && o.Relations.Count > 0);
    }

    [Fact]
    public void A_generic_subject_with_an_apposition_stands_for_its_organisation_in_the_next_sentence()
    {
        var facts = ArticleExtractor.Extract("nam.txt", "Summit\n\nBAKU (Reuters) - Azerbaijan took the chair of the Non-Aligned Movement on Friday. The movement, founded in "
            + "Belgrade in 1961, is the largest grouping of states after the United Nations. Azerbaijan joined in 2011.\n");
        Assert.Contains(facts.Organizations.Single(o => o.Name == "Non-Aligned Movement").Relations, r => r.Kind == RelationKind.Member && r.Country == "Azerbaijan");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "United Nations" && o.Relations.Count > 0);
    }

    [Fact]
    public void An_alliance_that_brings_together_the_members_of_another_takes_in_every_member_the_article_names()
    {
        var text = "Oil cuts extended\n\nMUSCAT, JUNE 5 - Oman will keep its cut, HE Salim al Aufi said after a meeting of the OPEC+ alliance in Vienna. "
            + "The 23-nation alliance brings together the 13 members of the Organization of the Petroleum Exporting Countries (OPEC) and 10 other producers, including Russia and Kazakhstan. "
            + "OPEC was founded in Baghdad in 1960 by Iran, Iraq, Kuwait, Saudi Arabia and Venezuela. Qatar left OPEC in 2019.\n";
        var facts = ArticleExtractor.Extract("opec.txt", text);
        Assert.Equal(new[] { "Iran", "Iraq", "Kazakhstan", "Kuwait", "Russia", "Saudi Arabia", "Venezuela" }, facts.Organizations.Single(o => o.Acronym == "OPEC+").Relations
            .Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym is "HE" or "JUNE");
    }

    [Fact]
    public void A_pact_known_by_an_acronym_its_parties_and_the_states_that_declined_to_sign()
    {
        var text = "Trade deal comes into force\n\nAPIA (Reuters) - The Pacific Agreement on Closer Trade Relations Plus (PACTR Plus) took effect on Sunday. "
            + "The agreement is now in force for Australia, New Zealand, Samoa and Tonga. Fiji and Papua New Guinea took part in the negotiations for years but declined to sign. "
            + "Palau did not sign either. PACTR Plus is built around development assistance.\n";
        var pact = ArticleExtractor.Extract("pactr.txt", text).Organizations.Single(o => o.Acronym == "PACTR Plus");
        Assert.Equal(new[] { "Australia", "New Zealand", "Samoa", "Tonga" }, pact.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Fiji", "Palau", "Papua New Guinea" }, pact.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_plus_alliance_that_brings_together_the_cartels_members_takes_in_those_of_the_organisation_it_extends()
    {
        var text = "Oil\n\nTORONTO (Reuters) - Saudi Arabia and its allies in OPEC+ pledged to pump less. Iraq and Kuwait, which like Saudi Arabia are members of the "
            + "Organization of the Petroleum Exporting Countries (OPEC), announced smaller cuts. OPEC+ brings together the cartel's members and 10 other producers, including Russia and Mexico.\n";
        var plus = ArticleExtractor.Extract("opec.txt", text).Organizations.Single(o => o.Acronym == "OPEC+");
        Assert.Equal(new[] { "Iraq", "Kuwait", "Mexico", "Russia", "Saudi Arabia" }, plus.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_table_of_members_one_a_line_with_the_year_they_joined()
    {
        var text = "Explainer\n\nSTOCKHOLM (Reuters) - Russia announced on Tuesday that it was leaving the Zentral Council (ZC). Its members and the year they joined:\n\n"
            + "Denmark — 1992\nEstonia — 1992\nIceland — 1995\nRussia — 1992 (suspended in March 2022, withdrew in May 2022)\n\nThe council also has observer states, among them France.\n";
        var zc = ArticleExtractor.Extract("zc.txt", text).Organizations.Single(o => o.Acronym == "ZC").Relations;
        Assert.Equal(new[] { "Denmark", "Estonia", "Iceland" }, zc.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Russia" }, zc.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).Distinct());
        Assert.Contains(zc, r => r.Kind == RelationKind.Observer && r.Country == "France");
    }

    [Fact]
    public void As_many_states_as_the_name_says_in_apposition_are_its_members()
    {
        var facts = ArticleExtractor.Extract("g7.txt", Lead + "The leaders of the Group of Seven (G7), the United States, Canada, the United Kingdom, France, Germany, Italy and Japan, met in the afternoon.\n");
        Assert.Equal(7, facts.Organizations.Single(o => o.Acronym == "G7").Relations.Count(r => r.Kind == RelationKind.Member));
    }

    [Fact]
    public void A_currency_is_no_organisation_and_whose_members_share_it_and_include_lists_them()
    {
        var facts = ArticleExtractor.Extract("ou.txt", Lead + "The Omega Union (OU), whose eight members share the CFA franc and include Mali, Senegal and Ivory Coast, held its own summit.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "CFA" || o.Name == "CFA");
        Assert.Equal(new[] { "Ivory Coast", "Mali", "Senegal" }, facts.Organizations.Single(o => o.Acronym == "OU").Relations.Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void The_unions_later_in_the_sentence_says_whose_member_states_they_are()
    {
        var text = "Summit\n\nADDIS ABABA (Reuters) - The Zentral Union (ZU) has 55 member states. All of them except Eritrea have signed the Omega Free Trade Area (OFTA) agreement. "
            + "Four member states, Mali, Guinea, Burkina Faso and Sudan, were not represented, all of them suspended from the union's activities.\n";
        var facts = ArticleExtractor.Extract("zu.txt", text);
        Assert.Equal(new[] { "Burkina Faso", "Guinea", "Mali", "Sudan" }, facts.Organizations.Single(o => o.Acronym == "ZU").Relations.Where(r => r.Kind == RelationKind.Member)
            .Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "OFTA" && o.Relations.Any(r => r.Country == "Mali"));
    }

    [Fact]
    public void An_office_is_no_part_of_the_name_and_the_part_after_of_is_the_organisation_again()
    {
        var text = "Summit\n\nDJERBA (Reuters) - Louise Mushikiwabo was re-elected Secretary General of the International Organisation of La Zentralie (OIZ) on Saturday. "
            + "Rwanda, a long-standing member of La Zentralie, joined the Commonwealth in 2009.\n";
        var facts = ArticleExtractor.Extract("oiz.txt", text);
        var org = facts.Organizations.Single(o => o.Acronym == "OIZ");
        Assert.Equal("International Organisation of La Zentralie", org.Name);
        Assert.Contains(org.Relations, r => r.Kind == RelationKind.Member && r.Country == "Rwanda");
    }

    [Fact]
    public void Trading_partners_are_no_partners() =>
        Assert.Empty(Of("The ZTO's biggest trading partners are China, Japan and South Korea.", RelationKind.DialoguePartner));

    [Fact]
    public void Japan_is_no_member_of_a_bloc_it_only_visits()
    {
        Assert.Empty(Of("Japan sent its foreign minister to the ZTO summit as a guest.", RelationKind.Member));
    }

    [Theory]
    [InlineData("Leaders of a dozen invited countries, among them Kenya, Norway and Rwanda, joined the ZTO on Saturday morning for a session on oceans.")]
    [InlineData("Leaders from all 18 members are expected, along with officials from the ZTO's 21 dialogue partners, among them the United States, China and Japan.")]
    [InlineData("The ZTO groups the 13 members of the Organization of the Petroleum Exporting Countries (OPEC) and 10 other producers, among them Kazakhstan and Mexico. Kazakhstan is not in OPEC.")]
    public void No_members_of_the_ZTO_named_here_but_the_second_group(string sentence)
    {
        var members = Of(sentence, RelationKind.Member);
        Assert.DoesNotContain("Norway", members);
        Assert.DoesNotContain("Japan", members);
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.DoesNotContain(facts.Organizations.Where(o => o.Acronym == "OPEC").SelectMany(o => o.Relations), r => r.Kind == RelationKind.Member && r.Country == "Kazakhstan");
    }

    [Fact]
    public void The_alliance_is_the_one_the_article_called_so()
    {
        const string text = "The 23-country ZTO+ alliance groups the 13 members of the ZTO and 10 non-ZTO producers led by Russia, among them Kazakhstan and Mexico. The United States, which is not part of the alliance, is not bound by any quota.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        var plus = Assert.Single(facts.Organizations, o => o.Acronym == "ZTO+");
        Assert.Equal(new[] { "Kazakhstan", "Mexico", "Russia" }, plus.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Contains(plus.Relations, r => r.Kind == RelationKind.NonMember && r.Country == "United States");
        Assert.Equal(new[] { "Kazakhstan", "Mexico", "Russia" }, Of(text, RelationKind.NonMember));
    }

    [Theory]
    [InlineData("Albania hopes to be granted ZTO candidate status by the end of the year.")]
    [InlineData("Turkey, which began its negotiations in 2005, has made almost no progress since.")]
    [InlineData("Prices have been held back by rising supply from producers outside the ZTO, including the US, Brazil, Guyana and Canada.")]
    public void No_relation_of_this_kind(string sentence)
    {
        Assert.Empty(Of(sentence, RelationKind.Joining));
        Assert.Empty(Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_number_word_opening_a_sentence_is_no_persons_name_that_swallows_a_bloc()
    {
        const string text = "Oil news\n\nLONDON (Argus) - Eight Zopec+ producers today again postponed their plan. Saudi Arabia, Iraq and Algeria are Zopec members, while Russia and Oman are among the non-Zopec producers in the alliance.\n";
        var facts = ArticleExtractor.Extract("zopec.txt", text);
        Assert.DoesNotContain(facts.People, p => p.Name.Contains("Zopec"));
        var zopec = Assert.Single(facts.Organizations, o => o.Name == "Zopec" || o.Acronym == "Zopec");
        Assert.Equal(new[] { "Algeria", "Iraq", "Saudi Arabia" }, zopec.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Oman", "Russia" }, zopec.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_founders_membership_is_older_than_a_departure_told_before_it()
    {
        const string text = "Mali left the ZTO in May last year after a row over the presidency. The ZTO was founded in 2014 by Mauritania, Mali, Niger and Chad.";
        Assert.Equal(new[] { "Chad", "Mauritania", "Niger" }, Of(text, RelationKind.Member));
        Assert.Equal(new[] { "Mali" }, Of(text, RelationKind.NonMember));
    }

    [Fact]
    public void A_body_of_an_organisation_acts_for_it_and_the_organisation_it_suspends_from_is_its_own()
    {
        const string text = "The ZTO Peace and Security Council (PSC) on Wednesday suspended Sudan from all activities of the continental body.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.DoesNotContain(facts.Organizations.Where(o => o.Acronym == "PSC").SelectMany(o => o.Relations), r => r.Country == "Sudan");
        Assert.Equal(new[] { "Sudan" }, Of(text, RelationKind.Member));
    }

    [Fact]
    public void States_a_list_introduces_as_outside_one_organisation_are_members_of_the_one_the_sentence_is_about()
    {
        const string text = "The Zentral Union (ZU) met too. The ZTO will have 27 members, including four countries outside the ZU: Iceland, Norway, Switzerland and Liechtenstein.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.Equal(new[] { "Iceland", "Liechtenstein", "Norway", "Switzerland" }, Of(text, RelationKind.Member));
        var zu = Assert.Single(facts.Organizations, o => o.Acronym == "ZU");
        Assert.Equal(new[] { "Iceland", "Liechtenstein", "Norway", "Switzerland" }, zu.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(zu.Relations, r => r.Kind == RelationKind.Member);
    }

    [Fact]
    public void A_bloc_named_by_one_word_and_its_area_is_named_with_both()
    {
        const string text = "Croatia news\n\nZAGREB - Croatia becomes part of the Zollverein area of passport-free travel on Sunday. The Zollverein area will have 27 members. Ireland and Cyprus are not part of Zollverein.\n";
        var facts = ArticleExtractor.Extract("area.txt", text);
        var area = Assert.Single(facts.Organizations, o => o.Name == "Zollverein area");
        Assert.Equal(new[] { "Cyprus", "Ireland" }, area.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Zollverein");
    }

    [Fact]
    public void A_founding_members_partners_are_history()
    {
        const string text = "Switzerland is a founding member of the ZTO, with Austria, Denmark and Norway. All of them except Norway have since left.";
        Assert.DoesNotContain("Austria", Of(text, RelationKind.Member));
        Assert.DoesNotContain("Denmark", Of(text, RelationKind.Member));
    }

    [Fact]
    public void An_initiative_is_a_bloc_that_states_join()
    {
        const string text = "Sky news\n\nBERN - Austria and Switzerland on Friday signed up to the Zentral Sky Shield Initiative, known as ZSSI. Denmark and Sweden joined in February.\n";
        var facts = ArticleExtractor.Extract("zssi.txt", text);
        var zssi = Assert.Single(facts.Organizations, o => o.Acronym == "ZSSI");
        Assert.Equal(new[] { "Austria", "Denmark", "Sweden", "Switzerland" }, zssi.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_word_after_an_organisations_acronym_names_an_arm_not_a_bloc()
    {
        const string text = "The governors of the Zentral Development Bank (ZDB) endorsed a capital increase for ZDB Invest, the group's private sector arm. The ZDB's members include China and Japan.";
        var facts = ArticleExtractor.Extract("zdb.txt", Lead + text + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Invest");
        var zdb = Assert.Single(facts.Organizations, o => o.Acronym == "ZDB");
        Assert.Contains(zdb.Relations, r => r.Kind == RelationKind.Member && r.Country == "Japan");
    }

    [Fact]
    public void A_pact_named_by_one_word_and_the_signatories_it_was_signed_by()
    {
        const string text = "Oil deal signed\n\nPUERTO LA CRUZ - Prime Minister Baldwin Spencer yesterday signed Antigua and Barbuda on to ZetroCaribe, the new oil agreement under which Venezuela will supply fuel on easy terms.\n\nThe agreement was signed at an energy summit by leaders from 14 countries.\n\nThe signatories include the Bahamas, Belize and Cuba.\n\nNot all members of the Caribbean Community (CARICOM) signed.\n";
        var facts = ArticleExtractor.Extract("zc.txt", text);
        var pact = Assert.Single(facts.Organizations, o => o.Name == "ZetroCaribe");
        Assert.Equal(new[] { "Antigua and Barbuda", "Bahamas", "Belize", "Cuba" }, pact.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Organizations.Where(o => o.Acronym == "CARICOM").SelectMany(o => o.Relations), r => r.Kind == RelationKind.Member);
    }

    [Fact]
    public void The_organisation_an_article_is_about_opens_with_the_noun_and_its_former_name_is_its_own()
    {
        const string text = "Turkic leaders meet\n\nSAMARKAND - The heads of state of the Organization of Zentral States (OZS) met on Friday for the organisation's ninth summit.\n\nFounded in 2009 in Nakhchivan as the Cooperation Council of Zentral-Speaking States, the organisation brings together Azerbaijan, Kazakhstan and Uzbekistan.\n\nKazakhstan and Uzbekistan are also members of the Shanghai Cooperation Organisation (SCO).\n";
        var facts = ArticleExtractor.Extract("ozs.txt", text);
        var ozs = Assert.Single(facts.Organizations, o => o.Acronym == "OZS");
        Assert.Equal(new[] { "Azerbaijan", "Kazakhstan", "Uzbekistan" }, ozs.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).Distinct().OrderBy(c => c, System.StringComparer.Ordinal));
        var sco = Assert.Single(facts.Organizations, o => o.Acronym == "SCO");
        Assert.DoesNotContain(sco.Relations, r => r.Country == "Azerbaijan");
    }

    [Fact]
    public void The_organisation_before_the_meeting_it_holds_the_rest_of_its_members_and_the_alliance_that_opens_with_the_noun()
    {
        const string text = "Forum leaders meet\n\nFUNAFUTI - The declaration was agreed late last night at the 50th Zentral Islands Forum Leaders Meeting in Tuvalu.\n\nThe Forum's 18 members include Australia and New Zealand. The rest are island states, from Papua New Guinea and Fiji in the west to Samoa and Tonga in the east.\n\nFiji and Tuvalu, both members of the Alliance of Small Island States, spoke first. Australia and New Zealand are not part of the alliance.\n";
        var facts = ArticleExtractor.Extract("zif.txt", text);
        var forum = Assert.Single(facts.Organizations, o => o.Name == "Zentral Islands Forum");
        Assert.Equal(new[] { "Australia", "Fiji", "New Zealand", "Papua New Guinea", "Samoa", "Tonga" }, forum.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(forum.Relations, r => r.Kind == RelationKind.NonMember);
        var aosis = Assert.Single(facts.Organizations, o => o.Name == "Alliance of Small Island States");
        Assert.Equal(new[] { "Australia", "New Zealand" }, aosis.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void All_members_of_one_except_some_and_all_of_a_counted_membership_belong_to_another()
    {
        const string text = "The Zentral Security Organization (ZSO) has six members: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan. All ZSO members except Tajikistan also belong to the Eurasian Economic Union (EAEU). All six are also members of the Commonwealth of Independent States.";
        var facts = ArticleExtractor.Extract("zso.txt", Lead + text + "\n");
        var eaeu = Assert.Single(facts.Organizations, o => o.Acronym == "EAEU");
        Assert.Equal(new[] { "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia" }, eaeu.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Tajikistan" }, eaeu.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country));
        var cis = Assert.Single(facts.Organizations, o => o.Name == "Commonwealth of Independent States");
        Assert.Equal(6, cis.Relations.Count(r => r.Kind == RelationKind.Member));
    }

    [Fact]
    public void A_number_written_against_an_acronyms_plus_is_part_of_it()
    {
        const string text = "Finance chiefs meet\n\nJAKARTA - The finance ministers of ZEAN Plus Three (ZEAN+3) met on Tuesday. ZEAN+3 brings together Brunei, Cambodia, China, Japan and South Korea. Timor-Leste is not a member of ZEAN+3.\n";
        var facts = ArticleExtractor.Extract("zean.txt", text);
        var plus3 = Assert.Single(facts.Organizations, o => o.Acronym == "ZEAN+3");
        Assert.Equal(new[] { "Brunei", "Cambodia", "China", "Japan", "South Korea" }, plus3.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Contains(plus3.Relations, r => r.Kind == RelationKind.NonMember && r.Country == "Timor-Leste");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "ZEAN+");
    }

    [Fact]
    public void Every_anchor_word_is_classified_as_one_once_per_word()
    {
        // The reader's own table (internal) against the lexicon's classes: the two lists must not drift apart.
        var reader = typeof(ArticleExtractor).Assembly.GetType("NewsFacts.Extraction.Relations.MembershipReader")!;
        var list = (System.Collections.Generic.IEnumerable<string>)reader.GetProperty("AnchorWordList", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        Assert.NotEmpty(list);
        foreach (var word in list)
        {
            if (word == ":") continue;
            Assert.True(NewsFacts.Extraction.Lexicon.MembershipWords.Anchors.Contains(word), word);
            Assert.True((NewsFacts.Extraction.Lexicon.WordClasses.Classify(word) & NewsFacts.Extraction.Lexicon.WordClass.MembershipAnchor) != 0, word);
        }
        Assert.True((NewsFacts.Extraction.Lexicon.WordClasses.Classify("Joined") & NewsFacts.Extraction.Lexicon.WordClass.MembershipCue) != 0);
        Assert.True((NewsFacts.Extraction.Lexicon.WordClasses.Classify("elephant") & (NewsFacts.Extraction.Lexicon.WordClass.MembershipCue | NewsFacts.Extraction.Lexicon.WordClass.MembershipAnchor)) == 0);
    }

    [Fact]
    public void Members_a_country_elects_to_a_parliament_are_no_count_of_states()
    {
        const string text = "The Zentral Parliament brings together deputies from Guatemala, El Salvador and Honduras, with each country electing 20 members. It is linked to the Central American Integration System (SICA), whose eight members are Belize, Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua, Panama and the Dominican Republic.";
        var facts = ArticleExtractor.Extract("zp.txt", Lead + text + "\n");
        var sica = Assert.Single(facts.Organizations, o => o.Acronym == "SICA");
        Assert.Equal(new[] { 8 }, sica.Counts.Where(c => c.Kind == RelationKind.Member).Select(c => c.Value).Distinct());
        Assert.DoesNotContain(facts.Organizations.SelectMany(o => o.Counts), c => c.Value == 20);
    }

    [Fact]
    public void All_of_an_organisations_members_of_one_region_are_those_that_lie_there()
    {
        const string text = "Cuba is a member of the ZTO. Its Pacific members are Tonga, Samoa, Fiji and Timor-Leste. All of the ZTO Pacific members except Timor-Leste also belong to the Pacific Islands Forum.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        var forum = Assert.Single(facts.Organizations, o => o.Name == "Pacific Islands Forum");
        Assert.Equal(new[] { "Fiji", "Samoa", "Tonga" }, forum.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Timor-Leste" }, forum.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country));
    }

    [Fact]
    public void Not_a_member_of_one_or_the_other()
    {
        const string text = "Ukraine is not a member of the ZTO or the European Union.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.Equal(new[] { "Ukraine" }, Of(text, RelationKind.NonMember));
        var eu = Assert.Single(facts.Organizations, o => o.Name == "European Union");
        Assert.Equal(new[] { "Ukraine" }, eu.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country));
    }

    [Fact]
    public void A_titles_abbreviation_and_a_university_are_no_organisations_of_states()
    {
        const string text = "Prime Minister (PM) Ishmael Kalsakau told the Assembly that law students at the University of the South Pacific (USP) began the campaign. Fiji and Samoa are members of the ZTO.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "PM");
        Assert.DoesNotContain(facts.Organizations.Where(o => o.Acronym == "USP").SelectMany(o => o.Relations), r => true);
        Assert.Equal(new[] { "Fiji", "Samoa" }, Of(text, RelationKind.Member));
    }

    [Fact]
    public void A_pact_given_a_new_name_is_the_one_its_members_belong_to()
    {
        const string text = "Pact renamed\n\nDANANG - Trade ministers of the 11 remaining members of the Zentral Partnership (ZP) on Saturday agreed on the core elements of the deal, and gave the pact a new name: the Comprehensive Zentral Partnership (CZP).\n\nThe 11 members are Australia, Brunei, Canada and Vietnam.\n";
        var facts = ArticleExtractor.Extract("czp.txt", text);
        var czp = Assert.Single(facts.Organizations, o => o.Acronym == "CZP");
        Assert.Equal(new[] { "Australia", "Brunei", "Canada", "Vietnam" }, czp.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Organizations.Where(o => o.Acronym == "ZP").SelectMany(o => o.Relations), r => r.Kind == RelationKind.Member);
    }

    [Fact]
    public void A_format_named_by_two_numbers_and_a_plus_is_an_organisation()
    {
        const string text = "Format news\n\nVILNIUS - Lithuania has withdrawn from the 17+1 cooperation format between China and European countries, the minister said. Estonia stays in the 17+1.\n";
        var facts = ArticleExtractor.Extract("f.txt", text);
        var format = Assert.Single(facts.Organizations, o => o.Name == "17+1");
        Assert.Contains(format.Relations, r => r.Kind == RelationKind.NonMember && r.Country == "Lithuania");
    }

    [Fact]
    public void The_alliance_is_no_union()
    {
        const string text = "The Zentral Union (ZU) opened talks with Albania on Tuesday. The three ZTO members among the candidates, Albania, which joined the alliance in 2009, Montenegro, which joined in 2017, and North Macedonia, which became its 30th member in 2020, all fulfil the alignment the Commission demands.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.Equal(new[] { "Albania", "Montenegro", "North Macedonia" }, Of(text, RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations.Where(o => o.Acronym == "ZU").SelectMany(o => o.Relations), r => r.Kind == RelationKind.Member);
    }

    [Theory]
    [InlineData("The leaders also agreed to begin the procedure for granting dialogue partner status to Egypt, Qatar and Saudi Arabia.", RelationKind.DialoguePartner)]
    [InlineData("Last month India and Bhutan pulled out of the ZTO summit that Pakistan was to host.", RelationKind.NonMember)]
    [InlineData("Georgia joined in 1993 and left after its 2008 war with Russia.", RelationKind.Member)]
    [InlineData("Saudi Arabia, which was invited at the same time, has still not confirmed whether it is a member.", RelationKind.Member)]
    [InlineData("Gabon, like Saudi Arabia a member of the Zentral Oil Organization, announced smaller cuts, as did Kazakhstan and Oman, which belong to the wider alliance.", RelationKind.Member)]
    [InlineData("The ZTO's new charter involves deep cuts for Saudi Arabia and Russia.", RelationKind.Member)]
    [InlineData("Egypt, Jordan, Morocco and Sudan, which are not members of the ZTO, have also joined the coalition.", RelationKind.Member)]
    [InlineData("France and Germany, which were not observers, welcomed the ZTO's decision.", RelationKind.Observer)]
    [InlineData("Belarus had been a ZTO observer since 2015 and applied for full membership in 2022.", RelationKind.Observer)]
    [InlineData("Malta and Cyprus, which will be the only ZTO members still in the EU after Brexit, have urged caution.", RelationKind.Joining)]
    [InlineData("Ecuador left the ZTO last year, and Mexico belongs to the Pacific Alliance.", RelationKind.Member)]
    [InlineData("Belarus is not a member of the Council of Europe, the continent's human rights body, of which Ireland was one of the founding members in 1949.", RelationKind.Member)]
    public void Not_read_as(string sentence, RelationKind kind) => Assert.Empty(Of(sentence, kind));

    [Fact]
    public void The_Commonwealth_is_the_organisation_whose_name_opens_with_it()
    {
        const string text = "The Commonwealth of Independent States (CIS) turns thirty. Moldova remains a member of the Commonwealth, but it looks towards Brussels.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        var cis = Assert.Single(facts.Organizations, o => o.Acronym == "CIS");
        Assert.Contains(cis.Relations, r => r.Kind == RelationKind.Member && r.Country == "Moldova");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Commonwealth");
    }

    [Theory]
    [InlineData("The partnership between Australia, the United Kingdom and the United States, to be known as AUKUS, was announced on Thursday.", "AUKUS", "Australia|United Kingdom|United States")]
    [InlineData("The United States, Japan, India and Australia, the four members of the Quad, have each set out their own strategies.", "Quad", "Australia|India|Japan|United States")]
    [InlineData("India is also part of the Quad with the United States, Japan and Australia, whose foreign ministers met in Tokyo.", "Quad", "Australia|India|Japan|United States")]
    [InlineData("The bloc is also trying to conclude its trade agreement with Mercosur, whose members are Argentina, Brazil, Paraguay and Uruguay, before the end of the year.", "Mercosur", "Argentina|Brazil|Paraguay|Uruguay")]
    [InlineData("India keeps deepening its ties with Washington through the Quad, its grouping with the United States, Japan and Australia.", "Quad", "Australia|India|Japan|United States")]
    [InlineData("The Zentral Comprehensive Economic Partnership (ZCEP) involves the ten ZTO member states and five of their partners: China, Japan, South Korea, Australia and New Zealand.", "ZCEP", "Australia|China|Japan|New Zealand|South Korea")]
    [InlineData("Brazil, Russia, India, China and South Africa are the ZTO's members. All five ZTO members are also in the Group of 20 (G20), as is Argentina.", "G20", "Argentina|Brazil|China|India|Russia|South Africa")]
    [InlineData("The five countries set up the Zentral Development Bank (ZDB) in 2014. The ZDB has since admitted Bangladesh and the United Arab Emirates as members.", "ZDB", "Bangladesh|United Arab Emirates")]
    [InlineData("The ZTO has 15 members: Antigua and Barbuda, the Bahamas, Barbados and Belize. All 14 independent ZTO states, like Canada, belong to the Organization of American States.", "Organization of American States", "Antigua and Barbuda|Bahamas|Barbados|Belize|Canada")]
    [InlineData("The ZTO has four members, the Czech Republic, Hungary, Poland and Slovakia. All four joined NATO between 1999 and 2004 and entered the European Union together in May 2004.", "European Union", "Czech Republic|Hungary|Poland|Slovakia")]
    [InlineData("Four of the ZTO's members (Greece, Cyprus, Italy and France) also belong to the European Union.", "European Union", "Cyprus|France|Greece|Italy")]
    [InlineData("Iraq hosted the 34th summit of the Arab League in Baghdad on Saturday. Syria was readmitted to the league in May 2023.", "Arab League", "Syria")]
    [InlineData("The ZTO's members are India, Brazil and South Africa. All three ZTO countries are also members of BRICS, with Russia and China.", "BRICS", "Brazil|China|India|Russia|South Africa")]
    [InlineData("Haiti, the ZTO's only French-speaking member, also sits with Canada in the Organisation internationale de la Francophonie, as do Dominica and St. Lucia.", "Organisation internationale de la Francophonie", "Canada|Dominica|Haiti|Saint Lucia")]
    [InlineData("Then there is the Arab League. Syria's membership of the 22-member body has been suspended since 2011, and Riyadh has opened talks with Damascus.", "Arab League", "Syria")]
    [InlineData("Kosovo has also refused to join Open Balkan, the initiative launched by Serbia, Albania and North Macedonia to ease the movement of goods.", "Open Balkan", "Albania|North Macedonia|Serbia")]
    [InlineData("Both are members of the Zentral Monetary Community (ZMC), whose other members are Chad, Congo and Gabon. The Democratic Republic of Congo is not.", "ZMC", "Chad|Gabon|Republic of the Congo")]
    [InlineData("Russia was suspended from the Group of Eight (G8) in March after its annexation of Crimea, but it remains a member of the ZTO.", "ZTO", "Russia")]
    [InlineData("Mr Putin did meet the leaders of Brazil, India, China and South Africa, Russia's partners in the BRICS group, on Saturday.", "BRICS", "Brazil|China|India|Russia|South Africa")]
    [InlineData("Australia, Britain and the United States are also partners in AUKUS, a security pact under which Australia will acquire submarines.", "AUKUS", "Australia|United Kingdom|United States")]
    [InlineData("Wray hosted his counterparts from the Five Eyes intelligence-sharing alliance. The Five Eyes arrangement grew out of the UKUSA agreement between Britain and the United States signed in 1946, with Canada, Australia and New Zealand joining over the following decade.", "Five Eyes", "Australia|Canada|New Zealand|United Kingdom|United States")]
    [InlineData("Pakistan, Afghanistan and the Maldives, the other three SAARC countries, are not part of the ZTO.", "SAARC", "Afghanistan|Maldives|Pakistan")]
    [InlineData("The ZTO has seven members: Bangladesh, Bhutan, India, Nepal, Sri Lanka, Myanmar and Thailand. Five of the seven members are also in SAARC, the South Asian Association for Regional Cooperation, while Myanmar and Thailand belong to the Association of Southeast Asian Nations.", "SAARC", "Bangladesh|Bhutan|India|Nepal|Sri Lanka")]
    [InlineData("Eswatini, a ZTO member that chaired the bloc in 2016, sent a delegation. The Kingdom is also one of the five members of the Southern African Customs Union (SACU), together with Botswana, Lesotho, Namibia and South Africa, and belongs to the Common Market for Eastern and Southern Africa (COMESA) along with Madagascar and Zimbabwe.", "COMESA", "Eswatini|Madagascar|Zimbabwe")]
    [InlineData("Chile returned as an associate member of the ZTO, and the four Mercosur countries, Argentina, Brazil, Paraguay and Uruguay, also have associate status.", "Mercosur", "Argentina|Brazil|Paraguay|Uruguay")]
    [InlineData("Prosur was meant to replace Unasur, the South American union created under Chavez. Colombia pulled out of Unasur last year. Bolivia, which remains in Unasur, did not sign.", "Unasur", "Bolivia")]
    [InlineData("Peru's President Martin Vizcarra and Ecuador's President Lenin Moreno met. In March, Vizcarra and Moreno were among the presidents who launched Prosur in Santiago, a forum meant to replace an older union.", "Prosur", "Ecuador|Peru")]
    [InlineData("The initiative brings together Austria, Bulgaria and Croatia, all of them member states of the European Union situated between the Adriatic, the Baltic and the Black Sea.", "European Union", "Austria|Bulgaria|Croatia")]
    [InlineData("The Commonwealth of Independent States (CIS) met. Uzbekistan, like Kazakhstan and Kyrgyzstan, is a member of the ZTO and of the CIS.", "CIS", "Kazakhstan|Kyrgyzstan|Uzbekistan")]
    [InlineData("Georgia withdrew from the treaty in 1999 and, together with Ukraine, Azerbaijan and Moldova, founded GUAM, a grouping which was often seen in Moscow as a rival club.", "GUAM", "Azerbaijan|Georgia|Moldova|Ukraine")]
    [InlineData("The presidents of Chile, Colombia, Mexico and Peru signed the framework agreement of the Pacific Alliance at the European Southern Observatory's Paranal facility.", "Pacific Alliance", "Chile|Colombia|Mexico|Peru")]
    [InlineData("Timor-Leste is already a member of the Community of Portuguese Language Countries (CPLP), alongside Portugal, Brazil, Angola and Mozambique.", "CPLP", "Angola|Brazil|Mozambique|Portugal|Timor-Leste")]
    [InlineData("Ethiopia currently chairs the Intergovernmental Authority on Development (IGAD), the eight-member regional bloc of which both Ethiopia and Sudan are members.", "IGAD", "Ethiopia|Sudan")]
    [InlineData("The Quadrilateral Security Dialogue, known as the Quad, is an informal grouping of four democracies of the Indian and Pacific Oceans: India, the US, Japan and Australia.", "Quadrilateral Security Dialogue", "Australia|India|Japan|United States")]
    [InlineData("Iran became a full member of the ZTO in July 2023, and joined BRICS on January 1, 2024, along with Egypt, Ethiopia and the United Arab Emirates.", "BRICS", "Egypt|Ethiopia|Iran|United Arab Emirates")]
    [InlineData("Canada, Rwanda, Cameroon and Vanuatu are members of the Commonwealth and full members of the ZTO.", "ZTO", "Cameroon|Canada|Rwanda|Vanuatu")]
    [InlineData("Malta, a member of the Commonwealth since independence in 1964 and of the European Union since 2004, joins them.", "European Union", "Malta")]
    [InlineData("The European Union (EU) met. Cyprus, Malta's neighbour in the EU, has been an associate member of the ZTO for more than a decade.", "EU", "Cyprus|Malta")]
    [InlineData("EFTA already has free trade agreements with Singapore, the Philippines and Indonesia, Thailand's fellow members of the Association of Southeast Asian Nations (ASEAN), and is negotiating with Malaysia.", "ASEAN", "Indonesia|Philippines|Singapore|Thailand")]
    [InlineData("All six independent ZTO members also belong to the 15-member Caribbean Community (CARICOM), alongside larger states such as Jamaica, Trinidad and Tobago, Barbados and Guyana, none of which is in the ZTO.", "CARICOM", "Barbados|Guyana|Jamaica|Trinidad and Tobago")]
    [InlineData("President Donald Trump, Canadian Prime Minister Justin Trudeau and Mexican President Enrique Pena Nieto signed the United States-Mexico-Canada Agreement, or USMCA, on Friday in Buenos Aires.", "USMCA", "Canada|Mexico")]
    [InlineData("The three leaders signed the pact a few hours before the opening of the Group of 20 (G20) summit, which brings together the world's largest economies, among them the United States, Canada and Mexico.", "G20", "Canada|Mexico|United States")]
    [InlineData("Mali shares borders with five ZTO members. The country is also a member of the G5 Sahel, a regional grouping it formed in 2014 with Burkina Faso, Niger, Chad and Mauritania to fight armed groups.", "G5 Sahel", "Burkina Faso|Chad|Mali|Mauritania|Niger")]
    [InlineData("The ZTO has seven members: Brunei, Indonesia, Malaysia, the Philippines, Singapore, Thailand and Vietnam. Six ZTO members, all but Vietnam, also belong to the Asia-Pacific Economic Cooperation (Apec) forum.", "Apec", "Brunei|Indonesia|Malaysia|Philippines|Singapore|Thailand")]
    [InlineData("Norway and Iceland, which also hunt whales commercially, have remained in the ZTO. Both are also members of the North Atlantic Marine Mammal Commission (NAMMCO), a regional body.", "NAMMCO", "Iceland|Norway")]
    [InlineData("In New Caledonia, the pro-independence FLNKS is a full member of the Melanesian Spearhead Group, alongside Papua New Guinea, Fiji, Solomon Islands and Vanuatu.", "Melanesian Spearhead Group", "Fiji|Papua New Guinea|Solomon Islands|Vanuatu")]
    [InlineData("Its three members are Lesotho, Namibia and Botswana. Two of the three, all except Botswana, also belong to the Common Monetary Area (CMA), which ties their currencies to the rand.", "CMA", "Lesotho|Namibia")]
    [InlineData("The DRC is a member of the Common Market for Eastern and Southern Africa (COMESA), to which Uganda, Kenya and Burundi also belong.", "COMESA", "Burundi|Democratic Republic of the Congo|Kenya|Uganda")]
    [InlineData("It is also a member of the Economic Community of Central African States (ECCAS), in which Burundi also sits.", "ECCAS", "Burundi")]
    [InlineData("The DRC is already a member of the Southern African Development Community (SADC), which it joined in 1997, and of the Common Market for Eastern and Southern Africa (COMESA), and Tanzania, too, belongs to SADC.", "COMESA", "Democratic Republic of the Congo")]
    [InlineData("Tanzania, the only ZTO member in the Southern African Development Community (SADC), left COMESA in 2000.", "SADC", "Tanzania")]
    [InlineData("The ZTO's three members are India, Nepal and Bhutan. The agreement on the South Asian Free Trade Area (SAFTA), signed by all three ZTO members in 2004, will come into force in 2006.", "SAFTA", "Bhutan|India|Nepal")]
    [InlineData("Vietnam is a member of both the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) and the Regional Comprehensive Economic Partnership (RCEP).", "RCEP", "Vietnam")]
    [InlineData("It has a trade deal with Mercosur, the South American bloc founded by Brazil, Argentina, Uruguay and Paraguay.", "Mercosur", "Argentina|Brazil|Paraguay|Uruguay")]
    [InlineData("The group of Brazil, Russia and India set up its own lender, the New Development Bank (NDB). The bank admitted Bangladesh and the United Arab Emirates as members last year.", "NDB", "Bangladesh|United Arab Emirates")]
    [InlineData("BRICS groups Brazil, Russia, India, China and South Africa. It set up the Shanghai-based New Development Bank (NDB), established by the BRICS countries in 2014 to finance infrastructure.", "NDB", "Brazil|China|India|Russia|South Africa")]
    [InlineData("The four-nation Quad, made up of the United States, Japan, India and Australia, announced a maritime surveillance initiative.", "Quad", "Australia|India|Japan|United States")]
    [InlineData("At the G7 summit Carney hosted last week, four of the seven members were European: Britain, France, Germany and Italy.", "G7", "France|Germany|Italy|United Kingdom")]
    [InlineData("The Eastern Partnership is the ZTO's framework. The six countries of the Eastern Partnership are Armenia, Azerbaijan, Belarus, Georgia, Moldova and Ukraine.", "Eastern Partnership", "Armenia|Azerbaijan|Belarus|Georgia|Moldova|Ukraine")]
    [InlineData("Belarus is not a member of the Council of Europe, the continent's human rights body, of which Ireland was one of the founding members in 1949.", "Council of Europe", "Ireland")]
    [InlineData("Indonesia will host leaders of the Group of 20 (G20), of which Indonesia is the only Southeast Asian member, on Bali.", "G20", "Indonesia")]
    [InlineData("Canada is also one of a handful of countries, among them Cameroon, Rwanda and Mauritius, that belong to both the ZTO and the Commonwealth.", "Commonwealth", "Cameroon|Canada|Mauritius|Rwanda")]
    [InlineData("The Organisation internationale de la Francophonie (OIF) met. Canada and Rwanda belong to La Francophonie.", "OIF", "Canada|Rwanda")]
    [InlineData("The Trans-Pacific Partnership (TPP) is dead. Without the United States, the pact's signatories are Japan, Canada, Mexico and Australia.", "TPP", "Australia|Canada|Japan|Mexico")]
    [InlineData("The three countries had prepared for membership together since 2003 in the Adriatic Charter, a US-backed group set up by Albania, Croatia and Macedonia, which Bosnia and Herzegovina and Montenegro joined last year.", "Adriatic Charter", "Albania|Bosnia and Herzegovina|Croatia|Montenegro|North Macedonia")]
    [InlineData("Of the EU's 27 member states, 22 already belong to the ZTO. The five that do not are Romania, Bulgaria, Croatia, Cyprus and Malta.", "EU", "Bulgaria|Croatia|Cyprus|Malta|Romania")]
    [InlineData("The Developing-8 (D-8) groups Bangladesh, Egypt, Indonesia, Iran, Malaysia, Nigeria, Pakistan and Turkey. On paper, the eight have a great deal in common. All of them are members of the Organisation of Islamic Cooperation (OIC).", "OIC", "Bangladesh|Egypt|Indonesia|Iran|Malaysia|Nigeria|Pakistan|Turkey")]
    [InlineData("Fiji is already a member of the Group of 77 at the United Nations.", "Group of 77", "Fiji")]
    [InlineData("The ZTO itself has four members: Saudi Arabia, Iraq, Iran and Kuwait. The wider OPEC+ group brings together those four and 10 other producers led by Russia, including Kazakhstan, Mexico and Oman, 22 countries in all.", "OPEC+", "Iran|Iraq|Kazakhstan|Kuwait|Mexico|Oman|Russia|Saudi Arabia")]
    [InlineData("The MED9 met in Athens. The group, which first met at leaders' level in Athens in 2016 at the invitation of then Greek Prime Minister Alexis Tsipras, had until now brought together Cyprus, France, Greece, Italy, Malta, Portugal and Spain.", "MED9", "Cyprus|France|Greece|Italy|Malta|Portugal|Spain")]
    [InlineData("Switzerland is a member neither of the European Union nor of the European Economic Area (EEA), through which Norway, Iceland and Liechtenstein take part in the EU's single market.", "EEA", "Iceland|Liechtenstein|Norway")]
    public void Members_of_an_organisation_named_here(string sentence, string organisation, string expected)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        var org = Assert.Single(facts.Organizations, o => o.Acronym == organisation || o.Name == organisation);
        Assert.Equal(expected.Split('|'), org.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Belonging_to_one_but_not_to_another()
    {
        const string text = "Iran and Turkey belong to the ZTO but not to the Arab League, and both used the stage.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.Equal(new[] { "Iran", "Turkey" }, Of(text, RelationKind.Member));
        var league = Assert.Single(facts.Organizations, o => o.Name == "Arab League");
        Assert.Equal(new[] { "Iran", "Turkey" }, league.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Tables_one_state_a_line_after_members_are_and_non_members_are()
    {
        const string text = "Oil\n\nRIYADH - The ZTO+ alliance met on Sunday.\n\nThe ZTO's members are:\n\nAlgeria\nCongo\nGabon\nIran\n\nThe non-ZTO members of the alliance are:\n\nAzerbaijan\nBahrain\nMexico\n";
        var facts = ArticleExtractor.Extract("zto.txt", text);
        var zto = Assert.Single(facts.Organizations, o => o.Acronym == "ZTO" || o.Name == "ZTO");
        Assert.Equal(new[] { "Algeria", "Gabon", "Iran" }, zto.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Azerbaijan", "Bahrain", "Mexico" }, zto.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_sized_group_is_the_one_whose_name_carries_the_number_whatever_its_other_name()
    {
        const string text = "MED9 leaders in Malta\n\nVALLETTA - MED9 leaders met in Malta on Friday. The nine-member group, also known as EU Med, brings together Croatia, Cyprus, France, Greece, Italy, Malta, Portugal, Slovenia and Spain.\n";
        var facts = ArticleExtractor.Extract("med9.txt", text);
        var med9 = Assert.Single(facts.Organizations, o => o.Acronym == "MED9");
        Assert.Equal(9, med9.Relations.Count(r => r.Kind == RelationKind.Member));
    }

    [Fact]
    public void A_pacts_signatories_are_its_members()
    {
        const string text = "The summit came five days after Malaysia and 14 other countries signed the Zentral Trade Agreement (ZTA), the world's largest free trade pact.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        var zta = Assert.Single(facts.Organizations, o => o.Acronym == "ZTA");
        Assert.Contains(zta.Relations, r => r.Kind == RelationKind.Member && r.Country == "Malaysia");
    }

    [Fact]
    public void A_states_company_is_never_what_the_article_is_about()
    {
        const string text = "Subs deal\n\nCANBERRA - Australia tore up its contract with France's Naval Group on Thursday. Canada and New Zealand are not part of the new pact.\n";
        var facts = ArticleExtractor.Extract("subs.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Naval Group" && o.Relations.Count > 0);
    }

    [Fact]
    public void Grouped_themselves_into_a_new_organisation()
    {
        const string text = "Mali, Burkina Faso and Niger formally left the ZTO on January 29 and have grouped themselves into the Alliance of Sahel States (AES).";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        var aes = Assert.Single(facts.Organizations, o => o.Acronym == "AES");
        Assert.Equal(new[] { "Burkina Faso", "Mali", "Niger" }, aes.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).Distinct().OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Burkina Faso", "Mali", "Niger" }, Of(text, RelationKind.NonMember));
    }

    [Fact]
    public void A_member_after_a_list_another_noun_announced_is_the_last_state_only()
    {
        const string text = "The ZTO also has six dialogue partners: Armenia, Azerbaijan, Cambodia, Nepal, Sri Lanka and Turkey, a member of the North Atlantic Treaty Organization (NATO).";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        var nato = Assert.Single(facts.Organizations, o => o.Acronym == "NATO");
        Assert.Equal(new[] { "Turkey" }, nato.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).Distinct());
        Assert.Equal(6, Of(text, RelationKind.DialoguePartner).Length);
    }

    [Fact]
    public void The_most_populous_member_of_the_league_is_the_leagues()
    {
        const string text = "Qatar is under a blockade by Saudi Arabia and Bahrain, along with Egypt, the league's most populous member. The Arab League met in Tunis.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.DoesNotContain("Egypt", Of(text, RelationKind.Member));
    }

    [Fact]
    public void Member_States_capitalised_are_the_members_of_an_organisation_not_one()
    {
        const string text = "Spain is one of five EU Member States, along with Cyprus, Greece, Romania and Slovakia, that have not recognised Kosovo.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "EU Member States");
        var eu = Assert.Single(facts.Organizations, o => o.Acronym == "EU");
        Assert.Equal(5, eu.Relations.Count(r => r.Kind == RelationKind.Member));
    }

    [Fact]
    public void A_member_of_one_but_not_of_another()
    {
        const string text = "Rwanda, which is accused of backing M23, is a member of the ZTO but not of the Southern African Development Community (SADC).";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.Equal(new[] { "Rwanda" }, Of(text, RelationKind.Member));
        var sadc = Assert.Single(facts.Organizations, o => o.Acronym == "SADC");
        Assert.Contains(sadc.Relations, r => r.Kind == RelationKind.NonMember && r.Country == "Rwanda");
        Assert.DoesNotContain(sadc.Relations, r => r.Kind == RelationKind.Member);
    }

    [Fact]
    public void Formed_their_own_alliance()
    {
        const string text = "Mali, Burkina Faso and Niger formally left the bloc last month and have formed their own Alliance of Sahel States.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        var aes = Assert.Single(facts.Organizations, o => o.Name == "Alliance of Sahel States");
        Assert.Equal(new[] { "Burkina Faso", "Mali", "Niger" }, aes.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).Distinct().OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_pronoun_after_an_organisation_bloc_noun_is_that_organisation()
    {
        // The rest of the union's members are outside the alliance, and members of the union.
        const string text = "Union and alliance\n\nBRUSSELS - The Zentral Union (ZU) and the North Atlantic Treaty Organization (NATO) met. Twenty-three of the ZU's 27 member states are also members of the military alliance, while Austria, Cyprus, Ireland and Malta remain outside it.\n";
        var facts = ArticleExtractor.Extract("zu.txt", text);
        var nato = Assert.Single(facts.Organizations, o => o.Acronym == "NATO");
        var zu = Assert.Single(facts.Organizations, o => o.Acronym == "ZU");
        var four = new[] { "Austria", "Cyprus", "Ireland", "Malta" };
        Assert.Equal(four, nato.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(four, zu.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(zu.Relations, r => r.Kind == RelationKind.NonMember);
    }

    [Fact]
    public void A_bloc_named_by_one_word_that_other_members_are_not_in()
    {
        const string text = "And Ireland remains militarily neutral. It is one of six ZTO members that are not in Nato, along with Austria, Cyprus, Malta, Finland and Sweden.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        var nato = Assert.Single(facts.Organizations, o => o.Name == "Nato");
        Assert.Equal(new[] { "Austria", "Cyprus", "Finland", "Ireland", "Malta", "Sweden" }, nato.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Organizations.SelectMany(o => o.Counts), c => c.Value == 6);
    }

    [Fact]
    public void What_was_then_another_name_is_the_organisation_of_the_article()
    {
        const string text = "Ireland joined what was then the Zentral Economic Community fifty years ago. The ZTO has grown since. The ZTO met.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Zentral Economic Community");
        Assert.Contains("Ireland", Of(text, RelationKind.Member));
    }

    [Fact]
    public void A_capitalised_head_word_before_the_full_name_is_that_organisation()
    {
        const string text = "Syria, one of the seven states that founded the League in 1945, has been suspended since 2011. Qatar sent its permanent representative to the Arab League.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "League");
        var league = Assert.Single(facts.Organizations, o => o.Name == "Arab League");
        Assert.Contains(league.Relations, r => r.Kind == RelationKind.Member && r.Country == "Syria");
    }

    [Theory]
    [InlineData("Ecuador has said it wants to join the ZTO, a move that would bring a third country in.")]
    [InlineData("Panama has said it wants to become a full member of the ZTO.")]
    public void An_ambition_is_no_relation(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.DoesNotContain(facts.Organizations.SelectMany(o => o.Relations), r => r.Country is "Ecuador" or "Panama");
    }

    [Fact]
    public void An_ambition_told_to_the_organisation_is_an_application() =>
        Assert.Equal(new[] { "Thailand" }, Of("The foreign minister has told a ZTO meeting in Russia that Thailand wants to join the bloc.", RelationKind.Joining));

    [Fact]
    public void A_short_name_in_parentheses_is_the_full_names_organisation()
    {
        const string text = "Leaders met at the summit of the Cooperation Council of Turkic Speaking States (Turkic Council) in Baku. The Turkic Council was established in 2009 by Azerbaijan, Kazakhstan, Kyrgyzstan and Turkey.";
        var facts = ArticleExtractor.Extract("zto.txt", text + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Turkic Council");
        var council = Assert.Single(facts.Organizations, o => o.Name == "Cooperation Council of Turkic Speaking States");
        Assert.Equal(4, council.Relations.Count(r => r.Kind == RelationKind.Member));
    }

    [Fact]
    public void A_bloc_noun_refers_back_not_to_a_name_still_to_come()
    {
        const string text = "Leaders met at the summit of the Cooperation Council of Turkic Speaking States (Turkic Council) in Baku, the first since Uzbekistan became a full member of the organization. Later, Uzbekistan joined talks with the Shanghai Cooperation Organization (SCO).";
        var facts = ArticleExtractor.Extract("zto.txt", text + "\n");
        var council = Assert.Single(facts.Organizations, o => o.Name == "Cooperation Council of Turkic Speaking States");
        Assert.Contains(council.Relations, r => r.Kind == RelationKind.Member && r.Country == "Uzbekistan");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "SCO" && o.Relations.Any(r => r.Kind == RelationKind.Member));
    }

    [Fact]
    public void An_institution_has_no_count_of_member_states()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Bucharest welcomed the leaders of the twelve participating states, as well as the President of the European Commission, Jean-Claude Juncker.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "President of the European Commission" && o.Counts.Count > 0);
    }

    [Fact]
    public void The_state_set_apart_as_the_exception_is_outside()
    {
        const string text = "The Three Seas Initiative (3SI) brings together Austria, Poland and Hungary. Two of the three participating states are also members of the ZTO; Austria, a neutral country, is the exception.";
        Assert.Equal(new[] { "Hungary", "Poland" }, Of(text, RelationKind.Member));
        Assert.Equal(new[] { "Austria" }, Of(text, RelationKind.NonMember));
    }

    [Fact]
    public void Excluded_from_a_vote_is_no_departure() =>
        Assert.Empty(Of("The ZTO voted 33-0 to suspend the government. Honduras was excluded from the vote.", RelationKind.NonMember));

    [Fact]
    public void A_convention_is_no_organisation_whatever_its_acronym()
    {
        const string text = "The UK may withdraw from the European Convention on Human Rights (ECHR). The treaty belongs to the Council of Europe, a separate organisation set up in 1949 by ten countries: Belgium, Denmark, France, Ireland and Italy. Belarus has never been a member.";
        var facts = ArticleExtractor.Extract("echr.txt", "Explained\n\n" + text + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "ECHR" && o.Relations.Count > 0);
        Assert.DoesNotContain(facts.People, p => p.Name == "Human Rights");
        var council = Assert.Single(facts.Organizations, o => o.Name == "Council of Europe");
        Assert.Contains(council.Relations, r => r.Kind == RelationKind.NonMember && r.Country == "Belarus");
        Assert.DoesNotContain(council.Counts, c => c.Value == 10);
    }

    [Fact]
    public void A_status_had_before_is_superseded() =>
        Assert.Empty(Of("ZTO leaders upgraded Indonesia to associate membership. Indonesia had been an observer in the group since 2011.", RelationKind.Observer));

    [Fact]
    public void Members_of_a_described_bloc_are_not_the_articles()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Ethiopia currently chairs the Intergovernmental Authority on Development (IGAD), the eight-member regional bloc of which both Ethiopia and Sudan are members.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "ZTO" && o.Relations.Count > 0);
    }

    [Fact]
    public void The_noun_written_after_a_name_is_that_organisation()
    {
        const string text = "Estonia and Latvia leave China's 16+1 format\n\nEstonia and Latvia announced on Thursday that they are withdrawing from the cooperation format between China and Central and Eastern European countries, following Lithuania, which left the format last year. Both countries said they would keep working through the European Union (EU).\n";
        var facts = ArticleExtractor.Extract("format.txt", text);
        var format = Assert.Single(facts.Organizations, o => o.Name == "16+1");
        Assert.Equal(new[] { "Estonia", "Latvia", "Lithuania" }, format.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "EU" && o.Relations.Any(r => r.Kind == RelationKind.NonMember));
    }

    [Fact]
    public void Joining_an_organisation_the_sentence_introduces_is_not_joining_the_one_before()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The UK will today formally apply to join an 11-nation free trade area spanning the Pacific, a year after leaving the ZTO.\n");
        Assert.DoesNotContain(facts.Organizations.SelectMany(o => o.Relations), r => r.Kind == RelationKind.Joining);
        Assert.Equal(new[] { "Brazil", "South Africa" }, Of("The ZTO was founded in 2009 by Brazil, and South Africa joined a year later.", RelationKind.Member));
    }

    [Fact]
    public void A_partnership_renamed_keeps_its_members_under_the_new_name()
    {
        const string text = "Benelux at 80\n\nTen years later the three countries signed a treaty creating the Benelux Economic Union, and in 2008 they renamed their partnership the Benelux Union. The three founding members, Belgium, the Netherlands and Luxembourg, remain its only members.\n";
        var facts = ArticleExtractor.Extract("benelux.txt", text);
        var union = Assert.Single(facts.Organizations, o => o.Name == "Benelux Union");
        Assert.Equal(new[] { "Belgium", "Luxembourg", "Netherlands" }, union.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Benelux Economic Union");
    }

    [Fact]
    public void A_byline_under_the_headline_is_no_part_of_a_name()
    {
        const string text = "Mali, Burkina Faso, Niger juntas sign mutual defence pact, form Alliance of Sahel States\nBy Sunday Okafor\nPublished on September 16, 2023\n\nThe military rulers of Mali, Burkina Faso and Niger on Saturday signed a pact creating the Alliance of Sahel States.\n";
        var facts = ArticleExtractor.Extract("aes.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("Okafor"));
    }

    [Fact]
    public void A_suspension_the_state_never_returned_from_is_no_membership() =>
        Assert.Empty(Of("With Sunday's departure, Nicaragua joins Venezuela outside the organization. Cuba was suspended in 1962 and has refused to return since the suspension was lifted in 2009.", RelationKind.Member));

    [Fact]
    public void An_organ_named_by_its_apposition_acts_for_its_organisation()
    {
        const string text = "Mongolia signed an interim trade agreement with the Eurasian Economic Union (EAEU) in Minsk. The agreement was signed at a meeting of the Supreme Eurasian Economic Council, the union's top body, which brings together the leaders of its five member states: Russia, Kazakhstan, Belarus, Armenia and Kyrgyzstan.";
        var facts = ArticleExtractor.Extract("eaeu.txt", "Mongolia and the EAEU\n\n" + text + "\n");
        var eaeu = Assert.Single(facts.Organizations, o => o.Acronym == "EAEU");
        Assert.Equal(5, eaeu.Relations.Count(r => r.Kind == RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Supreme Eurasian Economic Council");
    }

    [Fact]
    public void Met_without_a_state_puts_it_outside()
    {
        const string text = "The ZTO — Canada, the United States, Britain, France, Germany, Italy and Japan — has met without Russia since 2014, when Russia was suspended from what was then the G8 over its annexation of Crimea.";
        Assert.Equal(new[] { "Russia" }, Of(text, RelationKind.NonMember));
        Assert.DoesNotContain("Russia", Of(text, RelationKind.Member));
    }

    [Fact]
    public void The_alliance_is_the_treaty_organisation_of_an_article_about_another_bloc()
    {
        const string text = "Leaders of the ZTO met in Taormina. The North Atlantic Treaty Organization (NATO) met in Brussels. He pushed past Montenegro's prime minister, Dusko Markovic, whose country is due to become the alliance's 29th member next month.";
        var facts = ArticleExtractor.Extract("zto.txt", "G7 in Taormina\n\n" + text + "\n");
        var nato = Assert.Single(facts.Organizations, o => o.Acronym == "NATO");
        Assert.Contains(nato.Relations, r => r.Kind == RelationKind.Joining && r.Country == "Montenegro");
    }

    [Fact]
    public void A_name_changed_after_relations_were_given_to_it_moves_them()
    {
        const string text = "Oic summit\n\nThe Organization of Islamic Cooperation (OIC) suspended Syria's membership on Thursday. Besides Turkey and Iran, its members include Egypt and Pakistan. It changed its name from the Organization of the Islamic Conference last year.\n";
        var facts = ArticleExtractor.Extract("oic.txt", text);
        var oic = Assert.Single(facts.Organizations, o => o.Acronym == "OIC");
        Assert.Equal(new[] { "Egypt", "Iran", "Pakistan", "Syria", "Turkey" }, oic.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).Distinct().OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Organization of the Islamic Conference");
    }

    [Fact]
    public void A_commission_founded_by_states_is_the_it_of_its_founding()
    {
        const string text = "Mekong explainer\n\nThe Lancang-Mekong Cooperation (LMC) met. How is it different from the Mekong River Commission?\n\nThe Mekong River Commission (MRC) is older and was created by the downstream countries themselves. It was founded in 1995 by Cambodia, Laos, Thailand and Vietnam, which remain its four members, to manage the river.\n";
        var facts = ArticleExtractor.Extract("mekong.txt", text);
        var mrc = Assert.Single(facts.Organizations, o => o.Acronym == "MRC");
        Assert.Equal(new[] { "Cambodia", "Laos", "Thailand", "Vietnam" }, mrc.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).Distinct().OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "LMC" && o.Relations.Count > 0);
    }

    [Fact]
    public void An_observer_of_the_body_a_relative_clause_describes()
    {
        const string text = "Both Norway and Iceland are members of the North Atlantic Marine Mammal Commission (NAMMCO), a regional body whose meetings Japan has attended as an observer.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        var nammco = Assert.Single(facts.Organizations, o => o.Acronym == "NAMMCO");
        Assert.Contains(nammco.Relations, r => r.Kind == RelationKind.Observer && r.Country == "Japan");
        Assert.Empty(Of(text, RelationKind.Observer));
    }

    [Fact]
    public void A_blocs_name_may_end_with_a_word_that_names_a_state()
    {
        var facts = ArticleExtractor.Extract("alba.txt", "ALBA\n\nEcuador announced that it was leaving the Bolivarian Alliance for the Peoples of Our America (ALBA).\n");
        var alba = Assert.Single(facts.Organizations, o => o.Acronym == "ALBA");
        Assert.Equal("Bolivarian Alliance for the Peoples of Our America", alba.Name);
        Assert.Contains(alba.Relations, r => r.Kind == RelationKind.NonMember && r.Country == "Ecuador");
    }

    [Fact]
    public void The_last_two_of_a_list_applied_to_join()
    {
        const string text = "And Ireland remains neutral. It is one of six ZTO members that are not in Nato, along with Austria, Cyprus, Malta, Finland and Sweden - and the last two applied to join the alliance last May.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        var nato = Assert.Single(facts.Organizations, o => o.Name == "Nato");
        Assert.Equal(new[] { "Finland", "Sweden" }, nato.Relations.Where(r => r.Kind == RelationKind.Joining).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void The_other_members_are_no_count()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Russia was suspended by the other seven members in March.\n");
        Assert.DoesNotContain(facts.Organizations.SelectMany(o => o.Counts), c => c.Value == 7);
    }

    [Fact]
    public void A_city_that_names_a_summit_is_no_bloc()
    {
        const string text = "Leaders of some 47 European countries gathered in the Spanish city of Granada on Thursday for the Granada summit. Georgia and Kosovo have applied.";
        var facts = ArticleExtractor.Extract("zto.txt", Lead + text + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Granada");
    }

    [Fact]
    public void A_full_name_given_later_is_the_organisations_name()
    {
        const string text = "Explainer: What is the Red Sea Council?\n\nThe eight-nation body has not met.\n\nIts full name is the Council of Arab and African States Bordering the Red Sea and Gulf of Aden. Its members are Saudi Arabia, Egypt, Jordan, Sudan, Yemen, Eritrea, Djibouti and Somalia.\n";
        var facts = ArticleExtractor.Extract("redsea.txt", text);
        var council = Assert.Single(facts.Organizations, o => o.Relations.Count > 0);
        Assert.Equal("Council of Arab and African States Bordering the Red Sea and Gulf of Aden", council.Name);
        Assert.Equal(8, council.Relations.Count(r => r.Kind == RelationKind.Member));
    }

    [Fact]
    public void A_word_of_syllables_in_parentheses_is_the_names_short_form()
    {
        const string text = "Summit\n\nDominica Prime Minister Roosevelt Skerrit, then chairman of the Caribbean Community (Caricom), attended. Lula was in Georgetown for the Caricom Heads of Government meeting. Guyana and Jamaica are both members of Caricom.\n";
        var facts = ArticleExtractor.Extract("caricom.txt", text);
        var caricom = Assert.Single(facts.Organizations, o => o.Name == "Caribbean Community");
        Assert.Equal("Caricom", caricom.Acronym);
        Assert.Equal(new[] { "Guyana", "Jamaica" }, caricom.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.DoesNotContain(facts.People, p => p.Name.StartsWith("Caricom", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_headlines_line_ends_an_organisations_name()
    {
        const string text = "St. Clair Avenue toasts NATO's welcome for Slovenia\nAlliance invites seven former communist nations to join\n\nNATO leaders meeting in Prague invited Slovenia to join the alliance.\n";
        var facts = ArticleExtractor.Extract("prague.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } name && name.Contains("Slovenia", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_regions_adjective_before_bloc_names_the_bloc_of_that_region()
    {
        const string text = "AU\n\nThe African Union (AU) suspended Niger. The Economic Community of West African States (ECOWAS) met. Algeria, which shares a long desert border with Niger but is not a member of the West African bloc, has also spoken out.\n";
        var facts = ArticleExtractor.Extract("au.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "West African");
        var ecowas = Assert.Single(facts.Organizations, o => o.Acronym == "ECOWAS");
        Assert.Contains(ecowas.Relations, r => r.Kind == RelationKind.NonMember && r.Country == "Algeria");
    }

    [Fact]
    public void A_sized_grouping_of_named_states_has_them_as_members()
    {
        const string text = "GUAM\n\nThe Organization for Democracy and Economic Development (GUAM) met in Kyiv. The four-country grouping of Georgia, Ukraine, Azerbaijan and Moldova was born as a counterweight to Moscow.\n";
        var facts = ArticleExtractor.Extract("guam.txt", text);
        var guam = Assert.Single(facts.Organizations, o => o.Acronym == "GUAM");
        Assert.Equal(new[] { "Azerbaijan", "Georgia", "Moldova", "Ukraine" }, guam.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_sized_grouping_whose_list_disagrees_with_its_size_gives_no_members()
    {
        const string text = "GUAM\n\nThe Organization for Democracy and Economic Development (GUAM) met in Kyiv. The four-country grouping of Georgia, Ukraine and Moldova was born as a counterweight to Moscow.\n";
        var facts = ArticleExtractor.Extract("guam.txt", text);
        var guam = Assert.Single(facts.Organizations, o => o.Acronym == "GUAM");
        Assert.DoesNotContain(guam.Relations, r => r.Kind == RelationKind.Member);
    }

    [Fact]
    public void States_counted_as_some_of_the_non_members_are_non_members()
    {
        const string text = "Opec+\n\nThe Organisation of the Petroleum Exporting Countries (Opec) and its allies met. Iraq and Kuwait, both Opec members, will cut output, as will Kazakhstan and Oman, two of the non-Opec producers in the alliance.\n";
        var facts = ArticleExtractor.Extract("opec.txt", text);
        var opec = Assert.Single(facts.Organizations, o => o.Acronym == "Opec");
        Assert.Equal(new[] { "Kazakhstan", "Oman" }, opec.Relations.Where(r => r.Kind == RelationKind.NonMember).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    private static string[] StatesOf(NewsFacts.Model.ArticleFacts facts, System.Func<NewsFacts.Model.OrganizationFacts, bool> which, RelationKind kind) =>
        facts.Organizations.Where(which).SelectMany(o => o.Relations).Where(r => r.Kind == kind).Select(r => r.Country).Distinct().OrderBy(c => c, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void States_that_have_also_applied_or_left_repeat_the_sentence_before()
    {
        var facts = ArticleExtractor.Extract("also.txt", "EU\n\nThe European Union (EU) met in Brussels. Croatia, Turkey and Macedonia are already official candidates. Montenegro and Albania have also applied.\n");
        Assert.Contains("Montenegro", StatesOf(facts, o => o.Acronym == "EU", RelationKind.Joining));
        Assert.Contains("Albania", StatesOf(facts, o => o.Acronym == "EU", RelationKind.Joining));
        facts = ArticleExtractor.Extract("left.txt", "Unasur\n\nLast year, Brazil walked out of the Union of South American Nations, or Unasur. Argentina, Chile and Paraguay have also left, reducing Unasur to a shell.\n");
        Assert.Equal(new[] { "Argentina", "Brazil", "Chile", "Paraguay" }, StatesOf(facts, o => o.Name == "Union of South American Nations", RelationKind.NonMember));
    }

    [Fact]
    public void Walked_out_without_an_organisation_is_no_departure()
    {
        const string text = "CoE\n\nThe Council of Europe (CoE) has 46 members. Greece walked out in 1969 under its military junta.\n";
        var facts = ArticleExtractor.Extract("walked.txt", text);
        Assert.DoesNotContain(facts.Organizations.SelectMany(o => o.Relations), r => r.Country == "Greece");
    }

    [Fact]
    public void A_departure_undone_in_its_own_sentence_keeps_the_membership()
    {
        const string text = "Igad\n\nThe Intergovernmental Authority on Development (Igad) met. Igad brings together Djibouti, Eritrea, Ethiopia and Kenya. Eritrea, which walked out of the organisation in 2007, returned last year.\n";
        var facts = ArticleExtractor.Extract("igad.txt", text);
        Assert.Contains("Eritrea", StatesOf(facts, o => o.Acronym == "Igad", RelationKind.Member));
        Assert.DoesNotContain("Eritrea", StatesOf(facts, o => o.Acronym == "Igad", RelationKind.NonMember));
    }

    [Fact]
    public void As_have_others_extends_the_relation_before_it()
    {
        const string text = "SAARC\n\nThe South Asian Association for Regional Cooperation (SAARC) met. China has been an observer of SAARC since 2005, as have Japan and the United States among others.\n";
        var facts = ArticleExtractor.Extract("saarc.txt", text);
        Assert.Equal(new[] { "China", "Japan", "United States" }, StatesOf(facts, o => o.Acronym == "SAARC", RelationKind.Observer));
    }

    [Fact]
    public void The_other_N_are_the_rest_of_the_members_named_before()
    {
        const string text = "FIPIC\n\nThe Forum for India-Pacific Islands Cooperation (FIPIC) met. FIPIC brings together India and 14 Pacific island countries: Papua New Guinea, Fiji, Solomon Islands, Vanuatu, Samoa, Tonga and Tuvalu. The other seven are Kiribati, Nauru, the Cook Islands, Niue, Palau, the Marshall Islands and the Federated States of Micronesia.\n";
        var facts = ArticleExtractor.Extract("fipic.txt", text);
        var members = StatesOf(facts, o => o.Acronym == "FIPIC", RelationKind.Member);
        Assert.Contains("Kiribati", members);
        Assert.Contains("Micronesia", members);
        Assert.Contains("Tonga", members);
    }

    [Fact]
    public void The_other_N_whose_list_is_shorter_gives_nothing()
    {
        const string text = "FIPIC\n\nThe Forum for India-Pacific Islands Cooperation (FIPIC) met. FIPIC brings together India and 14 Pacific island countries: Papua New Guinea, Fiji, Solomon Islands, Vanuatu, Samoa, Tonga and Tuvalu. The other seven are Kiribati and Nauru.\n";
        var facts = ArticleExtractor.Extract("fipic.txt", text);
        Assert.DoesNotContain("Kiribati", StatesOf(facts, o => o.Acronym == "FIPIC", RelationKind.Member));
    }

    [Fact]
    public void A_list_that_were_the_counted_states_of_an_organisation_are_members()
    {
        const string text = "Vote\n\nThe European Union (EU) met. France, Spain, Ireland, Austria and Malta were the five EU states that voted in favor. Japan, Canada and Chile were the 3 states that voted against.\n";
        var facts = ArticleExtractor.Extract("vote.txt", text);
        Assert.Equal(new[] { "Austria", "France", "Ireland", "Malta", "Spain" }, StatesOf(facts, o => o.Acronym == "EU", RelationKind.Member));
    }

    [Fact]
    public void Among_them_after_counted_members_names_some_of_them()
    {
        const string text = "CHOGM\n\nThe Commonwealth met in Perth. On Friday, the leaders of the 16 Commonwealth members that have the Queen as their head of state, among them Britain, Canada and New Zealand, agreed to end the rule.\n";
        var facts = ArticleExtractor.Extract("chogm.txt", text);
        Assert.Equal(new[] { "Canada", "New Zealand", "United Kingdom" }, StatesOf(facts, o => o.Name == "Commonwealth", RelationKind.Member));
    }

    [Fact]
    public void Not_a_member_but_one_of_its_partners_along_with_others()
    {
        const string text = "Asean\n\nThe Association of Southeast Asian Nations (Asean) met. China is not a member of Asean but one of its 10 dialogue partners, along with the United States, Japan and India.\n";
        var facts = ArticleExtractor.Extract("asean.txt", text);
        Assert.Equal(new[] { "China", "India", "Japan", "United States" }, StatesOf(facts, o => o.Acronym == "Asean", RelationKind.DialoguePartner));
        Assert.Equal(new[] { "China" }, StatesOf(facts, o => o.Acronym == "Asean", RelationKind.NonMember));
    }

    [Fact]
    public void The_newest_member_in_apposition_is_a_member_of_the_articles_organisation()
    {
        const string text = "CHOGM closes\n\nThe Commonwealth summit ended in Perth. The Commonwealth has 54 members. The Commonwealth secretary-general spoke. The Commonwealth will meet again in 2013. Fiji is also suspended from the Pacific Islands Forum (PIF). Rwanda, the newest member, attended its first meeting. Ireland, the only member state to hold a referendum, approved it.\n";
        var facts = ArticleExtractor.Extract("chogm.txt", text);
        var members = StatesOf(facts, o => o.Name == "Commonwealth", RelationKind.Member);
        Assert.Contains("Rwanda", members);
        Assert.Contains("Ireland", members);
        Assert.DoesNotContain("Rwanda", StatesOf(facts, o => o.Acronym == "PIF", RelationKind.Member));
    }

    [Fact]
    public void Without_being_members_and_never_joined_are_outside()
    {
        const string text = "WHO\n\nThe World Health Organization (WHO) is a UN agency. Liechtenstein is the only UN member that has never joined the WHO. The Cook Islands and Niue belong to the WHO without being members of the UN.\n";
        var facts = ArticleExtractor.Extract("who.txt", text);
        Assert.Equal(new[] { "Liechtenstein" }, StatesOf(facts, o => o.Acronym == "WHO", RelationKind.NonMember));
        Assert.Equal(new[] { "Cook Islands", "Niue" }, StatesOf(facts, o => o.Acronym == "WHO", RelationKind.Member));
        Assert.Equal(new[] { "Cook Islands", "Niue" }, StatesOf(facts, o => o.Acronym == "UN", RelationKind.NonMember));
    }

    [Fact]
    public void Voters_who_rejected_membership_leave_their_state_outside()
    {
        const string text = "EU\n\nThe European Union (EU) met. Norway's voters rejected EU membership in 1972 and again in 1994.\n";
        var facts = ArticleExtractor.Extract("norway.txt", text);
        Assert.Equal(new[] { "Norway" }, StatesOf(facts, o => o.Acronym == "EU", RelationKind.NonMember));
    }

    [Fact]
    public void A_parliament_that_voted_to_apply_makes_its_state_an_applicant()
    {
        const string text = "Iceland\n\nThe European Union (EU) met. Iceland's parliament, the Althing, voted on Thursday to apply for membership of the European Union.\n";
        var facts = ArticleExtractor.Extract("iceland.txt", text);
        Assert.Equal(new[] { "Iceland" }, StatesOf(facts, o => o.Acronym == "EU", RelationKind.Joining));
    }

    [Fact]
    public void States_that_belong_with_another_to_an_organisation_are_members_with_it()
    {
        const string text = "ALBA\n\nThe Bolivarian Alliance for the Americas (ALBA) met. Bolivia, Venezuela and Nicaragua, which belong with Cuba to the leftist Bolivarian Alliance for the Americas, said they would not attend.\n";
        var facts = ArticleExtractor.Extract("alba.txt", text);
        Assert.Equal(new[] { "Bolivia", "Cuba", "Nicaragua", "Venezuela" }, StatesOf(facts, o => o.Acronym == "ALBA", RelationKind.Member));
    }

    [Fact]
    public void An_acronym_after_or_in_another_language_names_the_organisation()
    {
        const string text = "CELAC\n\nBrazil suspended its participation in the Community of Latin American and Caribbean States, or CELAC, last week. Last year, Brazil walked out of the Union of South American Nations, or Unasur, the body created in 2008. CELAC has 33 members.\n";
        var facts = ArticleExtractor.Extract("celac.txt", text);
        Assert.Contains(facts.Organizations, o => o.Name == "Community of Latin American and Caribbean States" && o.Acronym == "CELAC");
        Assert.Contains(facts.Organizations, o => o.Name == "Union of South American Nations" && o.Acronym == "Unasur");
        Assert.DoesNotContain(facts.Organizations, o => o.Name is null && o.Acronym == "CELAC");
    }

    [Fact]
    public void An_organisation_that_links_states_with_others_has_both_as_members()
    {
        const string text = "BIMSTEC\n\nIndia has put its energy into the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation (BIMSTEC), which links five SAARC members, Bangladesh, Bhutan, India, Nepal and Sri Lanka, with Myanmar and Thailand.\n";
        var facts = ArticleExtractor.Extract("bimstec.txt", text);
        Assert.Equal(new[] { "Bangladesh", "Bhutan", "India", "Myanmar", "Nepal", "Sri Lanka", "Thailand" }, StatesOf(facts, o => o.Acronym == "BIMSTEC", RelationKind.Member));
    }

    [Fact]
    public void The_members_of_the_sized_noun_are_members_of_the_organisation_of_that_size()
    {
        const string text = "ALBA\n\nThe Bolivarian Alliance for the Americas (ALBA) met in Caracas. The other members of the eight-nation alliance are Dominica, Antigua and Barbuda and St. Vincent and the Grenadines.\n";
        var facts = ArticleExtractor.Extract("alba.txt", text);
        Assert.Equal(new[] { "Antigua and Barbuda", "Dominica", "Saint Vincent and the Grenadines" }, StatesOf(facts, o => o.Acronym == "ALBA", RelationKind.Member));
    }

    [Fact]
    public void A_list_completed_by_the_other_N_can_be_counted_later()
    {
        const string text = "FIPIC\n\nThe Forum for India-Pacific Islands Cooperation (FIPIC) met. FIPIC brings together India and 4 Pacific island countries: Papua New Guinea and Fiji. The other two are Kiribati and Nauru. The 4 island nations are also members of the Commonwealth.\n";
        var facts = ArticleExtractor.Extract("fipic.txt", text);
        Assert.Equal(new[] { "Fiji", "Kiribati", "Nauru", "Papua New Guinea" }, StatesOf(facts, o => o.Name == "Commonwealth", RelationKind.Member));
    }

    [Fact]
    public void Neither_of_two_states_belongs_to_either_organisation()
    {
        const string text = "Opec\n\nThe Organization of the Petroleum Exporting Countries (Opec) met. Neither the UK nor Norway belongs to Opec or to the wider Opec+ alliance, so North Sea producers have no say.\n";
        var facts = ArticleExtractor.Extract("opec.txt", text);
        Assert.Equal(new[] { "Norway", "United Kingdom" }, StatesOf(facts, o => o.Acronym == "Opec", RelationKind.NonMember));
        Assert.Equal(new[] { "Norway", "United Kingdom" }, StatesOf(facts, o => o.Name == "Opec+", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => true, RelationKind.Member));
    }

    [Fact]
    public void A_gapped_departure_after_and_takes_the_verb_before()
    {
        const string text = "Opec\n\nThe Organization of the Petroleum Exporting Countries (Opec) met. Ecuador left Opec at the start of this year and Qatar in January 2019.\n";
        var facts = ArticleExtractor.Extract("opec.txt", text);
        Assert.Equal(new[] { "Ecuador", "Qatar" }, StatesOf(facts, o => o.Acronym == "Opec", RelationKind.NonMember));
    }

    [Fact]
    public void A_state_that_said_before_the_vote_it_would_withdraw_is_leaving()
    {
        const string text = "UNWTO\n\nThe World Tourism Organization (UNWTO) suspended Russia. Russia said before the vote that it would withdraw from the body.\n";
        var facts = ArticleExtractor.Extract("unwto.txt", text);
        Assert.Equal(new[] { "Russia" }, StatesOf(facts, o => o.Acronym == "UNWTO", RelationKind.NonMember));
    }

    [Fact]
    public void The_first_member_of_one_organisation_to_join_another_is_a_member_of_the_first()
    {
        const string text = "OECD\n\nThe Organisation for Economic Co-operation and Development (OECD) met. Costa Rica is the first member of the Central American Integration System (SICA) to join the OECD. Argentina, Brazil and Peru have also asked to join.\n";
        var facts = ArticleExtractor.Extract("oecd.txt", text);
        Assert.Contains(facts.Organizations, o => o.Name == "Central American Integration System" && o.Acronym == "SICA");
        Assert.Equal(new[] { "Costa Rica" }, StatesOf(facts, o => o.Acronym == "SICA", RelationKind.Member));
        Assert.Equal(new[] { "Argentina", "Brazil", "Peru" }, StatesOf(facts, o => o.Acronym == "OECD", RelationKind.Joining));
    }

    [Fact]
    public void A_name_better_known_by_its_short_form_takes_it_as_acronym()
    {
        const string text = "BIMP-EAGA\n\nAsean leaders gather this week. The Brunei Darussalam-Indonesia-Malaysia-Philippines East Asean Growth Area, better known as BIMP-EAGA, is drawing up its next plan.\n\nWhat is BIMP-EAGA?\n\nIt is a cooperation initiative launched in 1994 by Brunei, Indonesia, Malaysia and the Philippines.\n";
        var facts = ArticleExtractor.Extract("eaga.txt", text);
        var eaga = Assert.Single(facts.Organizations, o => o.Acronym == "BIMP-EAGA");
        Assert.Equal("Brunei Darussalam-Indonesia-Malaysia-Philippines East Asean Growth Area", eaga.Name);
        Assert.Equal(new[] { "Brunei", "Indonesia", "Malaysia", "Philippines" }, StatesOf(facts, o => o.Acronym == "BIMP-EAGA", RelationKind.Member));
    }

    [Fact]
    public void Two_other_members_named_in_apposition_are_members()
    {
        const string text = "CHOGM\n\nThe Commonwealth summit ended. The Commonwealth will look first at Nigeria and at the military governments of two other members, Sierra Leone and the Gambia. The Commonwealth grew to 53 members with the admission of Mozambique.\n";
        var facts = ArticleExtractor.Extract("chogm.txt", text);
        Assert.Equal(new[] { "Gambia", "Mozambique", "Sierra Leone" }, StatesOf(facts, o => o.Name == "Commonwealth", RelationKind.Member));
    }

    [Fact]
    public void A_states_application_is_joining_and_a_rejected_bid_leaves_it_outside()
    {
        var facts = ArticleExtractor.Extract("asean.txt", "Asean\n\nThe Association of Southeast Asian Nations (Asean) met. The ministers also took up Timor-Leste's application to become the bloc's 11th member.\n");
        Assert.Equal(new[] { "Timor-Leste" }, StatesOf(facts, o => o.Acronym == "Asean", RelationKind.Joining));
        facts = ArticleExtractor.Extract("interpol.txt", "Interpol\n\nInterpol met in Dubai. Kosovo's bid to join Interpol was rejected on Tuesday at the organisation's General Assembly.\n");
        Assert.Equal(new[] { "Kosovo" }, StatesOf(facts, o => o.Name == "Interpol", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Name == "Interpol", RelationKind.Joining));
    }

    [Fact]
    public void States_that_meet_as_full_members_are_members()
    {
        const string text = "Apec\n\nThe Asia-Pacific Economic Co-operation (Apec) forum met. Vietnam joined the Association of Southeast Asian Nations (Asean) in 1995. Russia, Vietnam and Peru sat down yesterday for their first leaders' meeting as full members of the Asia-Pacific Economic Co-operation forum. Apec now includes seven of Asean's nine members: Brunei, Indonesia, Malaysia, the Philippines, Singapore, Thailand and Vietnam.\n";
        var facts = ArticleExtractor.Extract("apec.txt", text);
        var apec = StatesOf(facts, o => o.Acronym == "Apec", RelationKind.Member);
        Assert.Contains("Russia", apec);
        Assert.Contains("Peru", apec);
        Assert.Contains("Singapore", apec);
        Assert.Contains("Singapore", StatesOf(facts, o => o.Acronym == "Asean", RelationKind.Member));
    }

    [Fact]
    public void An_organisation_a_state_shares_with_others_has_them_all_as_members()
    {
        const string text = "IMT-GT\n\nThe growth area works alongside the Indonesia-Malaysia-Thailand Growth Triangle (IMT-GT), which Malaysia shares with Indonesia and Thailand.\n";
        var facts = ArticleExtractor.Extract("imtgt.txt", text);
        Assert.Equal(new[] { "Indonesia", "Malaysia", "Thailand" }, StatesOf(facts, o => o.Acronym == "IMT-GT", RelationKind.Member));
    }

    [Fact]
    public void And_nor_does_a_third_state_belong()
    {
        const string text = "WTO\n\nThe World Trade Organisation (WTO) met. Neither Russia nor Vietnam belongs to the World Trade Organisation, and nor does China, which has been negotiating its entry for 12 years.\n";
        var facts = ArticleExtractor.Extract("wto.txt", text);
        Assert.Equal(new[] { "China", "Russia", "Vietnam" }, StatesOf(facts, o => o.Acronym == "WTO", RelationKind.NonMember));
    }

    [Fact]
    public void A_partner_suspended_as_a_partner_stays_a_partner()
    {
        const string text = "Forum\n\nThe South Pacific Forum met. New Zealand and Australia, both members of the South Pacific Forum, led the protests, and the forum suspended France as a dialogue partner in September.\n";
        var facts = ArticleExtractor.Extract("spf.txt", text);
        Assert.Equal(new[] { "France" }, StatesOf(facts, o => o.Name == "South Pacific Forum", RelationKind.DialoguePartner));
        Assert.DoesNotContain("France", StatesOf(facts, o => o.Name == "South Pacific Forum", RelationKind.Member));
    }

    [Fact]
    public void A_group_named_by_its_number_is_one_organisation_however_written()
    {
        const string text = "G-20 primer\n\nThe next Group of 20 summit will be held in Pittsburgh. What is the G-20? The Group of Eight, or G-8, is older.\n";
        var facts = ArticleExtractor.Extract("g20.txt", text);
        Assert.Single(facts.Organizations, o => o.Name == "Group of 20" && o.Acronym == "G-20");
        Assert.DoesNotContain(facts.Organizations, o => o.Name is null && o.Acronym == "G-20");
    }

    [Fact]
    public void An_alliance_of_one_organisations_members_and_other_producers()
    {
        const string text = "Opec+\n\nThe Organization of the Petroleum Exporting Countries (Opec) met. Opec's members include Saudi Arabia, Iraq and Kuwait. Opec+ is the alliance of Opec's 13 members and 10 other producers led by Russia, including Kazakhstan, Mexico and Oman.\n";
        var facts = ArticleExtractor.Extract("opec.txt", text);
        Assert.Equal(new[] { "Iraq", "Kazakhstan", "Kuwait", "Mexico", "Oman", "Russia", "Saudi Arabia" }, StatesOf(facts, o => o.Name == "Opec+", RelationKind.Member));
        Assert.Equal(new[] { "Kazakhstan", "Mexico", "Oman", "Russia" }, StatesOf(facts, o => o.Acronym == "Opec", RelationKind.NonMember));
    }

    [Fact]
    public void Other_countries_a_forum_brings_together_with_a_blocs_members_are_not_told_outside_it()
    {
        const string text = "EPC\n\nThe European Political Community (EPC) met in Granada. The EPC brings together the 27 members of the European Union and 20 other countries, among them the United Kingdom, Norway and Moldova.\n";
        var facts = ArticleExtractor.Extract("epc.txt", text);
        Assert.Contains("Norway", StatesOf(facts, o => o.Acronym == "EPC", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "European Union", RelationKind.NonMember));
    }

    [Fact]
    public void Allies_are_members_of_the_alliance_even_after_a_section_on_another_group()
    {
        const string text = "NATO summit\n\nNATO leaders met in Vilnius. The alliance agreed a new council.\n\nG7 pledges support\n\nThe leaders of the Group of Seven published a joint declaration. The G7 - the U.S., the U.K., Canada, France, Germany, Italy and Japan - said others could sign up.\n\nSweden one step closer\n\nTurkey and Hungary are the only allies that have not yet ratified Sweden's membership.\n";
        var facts = ArticleExtractor.Extract("vilnius.txt", text);
        Assert.Equal(new[] { "Hungary", "Turkey" }, StatesOf(facts, o => o.Acronym == "NATO", RelationKind.Member));
        Assert.DoesNotContain("Turkey", StatesOf(facts, o => o.Acronym == "G7", RelationKind.Member));
    }

    [Fact]
    public void It_belongs_instead_to_an_organisation_together_with_others()
    {
        const string text = "Switzerland\n\nSwitzerland became a full member of the United Nations. It belongs instead to the European Free Trade Association, together with Norway, Iceland and Liechtenstein.\n";
        var facts = ArticleExtractor.Extract("swiss.txt", text);
        Assert.Equal(new[] { "Iceland", "Liechtenstein", "Norway", "Switzerland" }, StatesOf(facts, o => o.Name == "European Free Trade Association", RelationKind.Member));
    }

    [Fact]
    public void An_apposition_still_outside_puts_the_state_outside_and_as_is_adds_to_the_clause_before()
    {
        const string text = "WTO\n\nThe World Trade Organisation (WTO) met. Russia, the largest economy still outside the WTO, hopes to complete its own talks next year. Algeria, Lebanon and Yemen are still negotiating their entry, as is Iraq, which was granted observer status in 2004.\n";
        var facts = ArticleExtractor.Extract("wto.txt", text);
        Assert.Equal(new[] { "Russia" }, StatesOf(facts, o => o.Acronym == "WTO", RelationKind.NonMember));
        Assert.Contains("Iraq", StatesOf(facts, o => o.Acronym == "WTO", RelationKind.Joining));
    }

    [Fact]
    public void As_was_after_an_apposition_does_not_copy_the_apposition()
    {
        const string text = "AfCFTA\n\nThe African Union (AU) met in Kigali. Ghana, Niger and Senegal, Nigeria's partners in the Economic Community of West African States (ECOWAS), were among the signatories, as was Cote d'Ivoire.\n";
        var facts = ArticleExtractor.Extract("afcfta.txt", text);
        Assert.DoesNotContain("Ivory Coast", StatesOf(facts, o => o.Acronym == "ECOWAS", RelationKind.Member));
    }

    [Fact]
    public void A_states_partners_in_an_organisation_among_them_others_are_members()
    {
        const string text = "OAS\n\nThe Organization of American States (OAS) voted. Honduras's partners in the Central American Integration System (SICA), among them Guatemala, El Salvador and Panama, backed the resolution.\n";
        var facts = ArticleExtractor.Extract("oas.txt", text);
        Assert.Equal(new[] { "El Salvador", "Guatemala", "Honduras", "Panama" }, StatesOf(facts, o => o.Acronym == "SICA", RelationKind.Member));
    }

    [Fact]
    public void Members_that_range_from_some_states_to_others_are_members()
    {
        const string text = "G20\n\nLeaders met in London. The G20, whose members range from the US and China to Argentina, Saudi Arabia and South Africa, brings together the largest economies.\n";
        var facts = ArticleExtractor.Extract("g20.txt", text);
        Assert.Equal(new[] { "Argentina", "China", "Saudi Arabia", "South Africa", "United States" }, StatesOf(facts, o => o.Acronym == "G20", RelationKind.Member));
    }

    [Fact]
    public void Both_countries_are_founding_members_of_an_organisation_set_up_with_others()
    {
        const string text = "EU\n\nBulgaria and Romania joined the European Union (EU) at midnight. Both countries are founding members of the Organisation of the Black Sea Economic Cooperation (BSEC), set up in 1992 with Turkey, Greece and Ukraine among others.\n";
        var facts = ArticleExtractor.Extract("bsec.txt", text);
        Assert.Equal(new[] { "Bulgaria", "Greece", "Romania", "Turkey", "Ukraine" }, StatesOf(facts, o => o.Acronym == "BSEC", RelationKind.Member));
    }

    [Fact]
    public void A_state_whose_voters_turned_an_organisation_down_is_outside_it()
    {
        const string text = "EEA\n\nThe European Economic Area (EEA) links Efta to the EU. Switzerland is the odd one out, because its voters turned down the EEA in 1992.\n";
        var facts = ArticleExtractor.Extract("eea.txt", text);
        Assert.Equal(new[] { "Switzerland" }, StatesOf(facts, o => o.Acronym == "EEA", RelationKind.NonMember));
    }

    [Fact]
    public void States_that_left_to_join_another_organisation_and_those_that_left_too()
    {
        const string text = "Efta\n\nThe European Free Trade Association (Efta) was founded in 1960. The UK was a founding member of Efta in 1960, along with Austria, Denmark, Norway, Portugal, Sweden and Switzerland. Britain and Denmark left in 1973 to join what was then the European Economic Community, and Austria, Portugal and Sweden later left too, following them into the European Union.\n";
        var facts = ArticleExtractor.Extract("efta.txt", text);
        Assert.Equal(new[] { "Austria", "Denmark", "Portugal", "Sweden", "United Kingdom" }, StatesOf(facts, o => o.Acronym == "Efta", RelationKind.NonMember));
        Assert.Equal(new[] { "Norway", "Switzerland" }, StatesOf(facts, o => o.Acronym == "Efta", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "European Union", RelationKind.NonMember));
    }

    [Fact]
    public void A_short_name_the_full_name_is_better_known_as_is_the_same_organisation()
    {
        const string text = "Mirziyoyev attends Turkic Council summit\n\nMirziyoyev took part in the summit of the Cooperation Council of Turkic Speaking States, better known as the Turkic Council, on Monday. Uzbekistan is not a member of the Turkic Council.\n";
        var facts = ArticleExtractor.Extract("turkic.txt", text);
        var council = Assert.Single(facts.Organizations, o => o.Name.Contains("Turkic", System.StringComparison.Ordinal));
        Assert.Equal("Cooperation Council of Turkic Speaking States", council.Name);
        Assert.Equal(new[] { "Uzbekistan" }, StatesOf(facts, o => o == council, RelationKind.NonMember));
    }

    [Fact]
    public void A_list_that_is_its_counted_partners_are_partners()
    {
        const string text = "IORA\n\nThe Indian Ocean Rim Association (IORA) met in Jakarta. China, Egypt, France, Japan and the United States are its five dialogue partners.\n";
        var facts = ArticleExtractor.Extract("iora.txt", text);
        Assert.Equal(new[] { "China", "Egypt", "France", "Japan", "United States" }, StatesOf(facts, o => o.Acronym == "IORA", RelationKind.DialoguePartner));
    }

    [Fact]
    public void A_states_neighbours_in_an_organisation_named_in_apposition_are_members()
    {
        const string text = "SADC\n\nThe Southern African Development Community (SADC) suspended Madagascar. Madagascar's island neighbours in SADC, Mauritius and Seychelles, pressed for a firm line.\n";
        var facts = ArticleExtractor.Extract("sadc.txt", text);
        Assert.Equal(new[] { "Madagascar", "Mauritius", "Seychelles" }, StatesOf(facts, o => o.Acronym == "SADC", RelationKind.Member));
    }

    [Fact]
    public void A_pact_in_force_for_states_has_them_as_members()
    {
        const string text = "CPTPP\n\nThe Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) came into force on December 30 for New Zealand, Australia, Canada, Japan, Mexico and Singapore, the first six countries to ratify it.\n";
        var facts = ArticleExtractor.Extract("cptpp.txt", text);
        Assert.Equal(new[] { "Australia", "Canada", "Japan", "Mexico", "New Zealand", "Singapore" }, StatesOf(facts, o => o.Acronym == "CPTPP", RelationKind.Member));
    }

    [Fact]
    public void Unlike_a_state_it_is_not_a_member_makes_that_state_a_member()
    {
        const string text = "BRICS\n\nAzerbaijan has officially applied to join BRICS. Unlike neighbouring Armenia, it is not a member of the Collective Security Treaty Organization (CSTO) or of the Eurasian Economic Union.\n";
        var facts = ArticleExtractor.Extract("brics.txt", text);
        Assert.Equal(new[] { "Armenia" }, StatesOf(facts, o => o.Acronym == "CSTO", RelationKind.Member));
        Assert.Equal(new[] { "Azerbaijan" }, StatesOf(facts, o => o.Acronym == "CSTO", RelationKind.NonMember));
    }

    [Fact]
    public void A_state_that_declined_the_invitation_is_outside()
    {
        const string text = "BRICS\n\nBRICS invited six countries to join in 2023. Saudi Arabia has not yet confirmed its membership, while Argentina declined the invitation.\n";
        var facts = ArticleExtractor.Extract("brics.txt", text);
        Assert.Contains("Argentina", StatesOf(facts, o => o.Name == "BRICS", RelationKind.NonMember));
    }

    [Fact]
    public void States_named_after_a_counted_part_of_the_members_are_members()
    {
        const string text = "SPC\n\nThe Pacific Community (SPC) turns 75. The Pacific Community has 26 members: 22 Pacific Island countries and territories and four of the founding states, Australia, France, New Zealand and the United States.\n";
        var facts = ArticleExtractor.Extract("spc.txt", text);
        Assert.Equal(new[] { "Australia", "France", "New Zealand", "United States" }, StatesOf(facts, o => o.Acronym == "SPC", RelationKind.Member));
    }

    [Fact]
    public void A_name_with_a_comma_in_its_series_of_words_is_one_name_and_once_again_is_no_former_time()
    {
        const string text = "UNESCO\n\nThe United States is once again a member of UNESCO. The United Nations Educational, Scientific and Cultural Organization was founded in 1945.\n";
        var facts = ArticleExtractor.Extract("unesco.txt", text);
        var unesco = Assert.Single(facts.Organizations);
        Assert.Equal("United Nations Educational, Scientific and Cultural Organization", unesco.Name);
        Assert.Equal("UNESCO", unesco.Acronym);
        Assert.Equal(new[] { "United States" }, StatesOf(facts, o => o == unesco, RelationKind.Member));
    }

    [Fact]
    public void Among_them_are_takes_the_relation_the_sentences_before_counted()
    {
        const string text = "Arctic Council\n\nThe Arctic Council has eight members. The council admits observers too. Thirteen non-Arctic countries already hold that status. Among them are China, India and Japan, which were admitted in 2013, as well as France and Germany.\n";
        var facts = ArticleExtractor.Extract("arctic.txt", text);
        Assert.Equal(new[] { "China", "France", "Germany", "India", "Japan" }, StatesOf(facts, o => o.Name == "Arctic Council", RelationKind.Observer));
        Assert.Empty(StatesOf(facts, o => o.Name == "Arctic Council", RelationKind.Member));
    }

    [Fact]
    public void A_disease_named_in_capitals_is_no_organisation()
    {
        const string text = "Arctic Council\n\nThe Arctic Council met in Reykjavik under COVID-19 rules. The council's eight members are Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States.\n";
        var facts = ArticleExtractor.Extract("arctic.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "COVID-19");
        Assert.Equal(8, StatesOf(facts, o => o.Name == "Arctic Council", RelationKind.Member).Length);
    }

    [Fact]
    public void States_in_apposition_all_of_them_allies_are_members_of_the_alliance()
    {
        const string text = "B9\n\nThe Bucharest Nine met in Riga. Leaders of the five Nordic countries, Denmark, Finland, Iceland, Norway and Sweden, all of them now NATO allies, took part in the talks.\n";
        var facts = ArticleExtractor.Extract("b9.txt", text);
        Assert.Equal(new[] { "Denmark", "Finland", "Iceland", "Norway", "Sweden" }, StatesOf(facts, o => o.Acronym == "NATO", RelationKind.Member));
    }

    [Fact]
    public void A_colon_list_of_a_second_group_is_not_of_the_member_states()
    {
        const string text = "Brdo\n\nThe European Union (EU) summit brought together the leaders of the 27 member states and of the six Western Balkan countries: Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia and Serbia.\n";
        var facts = ArticleExtractor.Extract("brdo.txt", text);
        Assert.Empty(StatesOf(facts, o => true, RelationKind.Member));
    }

    [Fact]
    public void Both_candidate_countries_in_apposition_are_joining()
    {
        const string text = "EU\n\nThe European Union (EU) met. Montenegro and Serbia are negotiating their membership, while North Macedonia and Albania, both candidate countries, are still waiting for accession talks to open.\n";
        var facts = ArticleExtractor.Extract("eu.txt", text);
        Assert.Equal(new[] { "Albania", "Montenegro", "North Macedonia", "Serbia" }, StatesOf(facts, o => o.Acronym == "EU", RelationKind.Joining));
    }

    [Fact]
    public void To_which_they_belong_with_others_and_the_only_member_that_also_belongs()
    {
        const string text = "CARICOM\n\nThe Caribbean Community (CARICOM) met. Dominica and Grenada already allow free movement within the Organisation of Eastern Caribbean States (OECS), to which they belong with Antigua and Barbuda and St Lucia. Belize, the only CARICOM member that also belongs to the Central American Integration System (SICA), joins from the mainland.\n";
        var facts = ArticleExtractor.Extract("caricom.txt", text);
        Assert.Equal(new[] { "Antigua and Barbuda", "Dominica", "Grenada", "Saint Lucia" }, StatesOf(facts, o => o.Acronym == "OECS", RelationKind.Member));
        Assert.Equal(new[] { "Belize" }, StatesOf(facts, o => o.Acronym == "SICA", RelationKind.Member));
    }

    [Fact]
    public void Thrown_out_of_an_organisation_under_its_former_name_is_outside_it()
    {
        const string text = "G7\n\nForeign ministers of the Group of Seven (G7) met in Charlevoix. Russia was thrown out of what was then the G8 in 2014, after it annexed Crimea.\n";
        var facts = ArticleExtractor.Extract("g7.txt", text);
        Assert.Equal(new[] { "Russia" }, StatesOf(facts, o => o.Acronym == "G7", RelationKind.NonMember));
    }

    [Fact]
    public void Members_of_another_organisation_that_belong_to_it_and_a_state_that_left_at_the_same_time()
    {
        var facts = ArticleExtractor.Extract("wto.txt", "WTO\n\nThe World Trade Organization (WTO) met in Abu Dhabi. All six members of the Gulf Cooperation Council (GCC), Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the UAE, belong to it.\n");
        Assert.Equal(6, StatesOf(facts, o => o.Acronym == "WTO", RelationKind.Member).Length);
        facts = ArticleExtractor.Extract("unesco.txt", "UNESCO\n\nUNESCO admitted Palestine in 2011. In 2017 the United States withdrew from UNESCO. Israel left at the same time.\n");
        Assert.Contains("Israel", StatesOf(facts, o => o.Acronym == "UNESCO", RelationKind.NonMember));
    }

    [Fact]
    public void A_member_of_one_but_not_of_another_and_not_in_either()
    {
        const string text = "EAS\n\nThe Asia-Pacific Economic Cooperation (APEC) forum met. India is a member of the Commonwealth but not of APEC. Cambodia, Laos and Myanmar are not in APEC either.\n";
        var facts = ArticleExtractor.Extract("apec.txt", text);
        Assert.Equal(new[] { "Cambodia", "India", "Laos", "Myanmar" }, StatesOf(facts, o => o.Acronym == "APEC", RelationKind.NonMember));
    }

    [Fact]
    public void A_state_that_asked_to_join_is_joining()
    {
        const string text = "ASEAN\n\nThe Association of Southeast Asian Nations (ASEAN) met. They also discussed the application of Timor-Leste, which asked to join ASEAN in March.\n";
        var facts = ArticleExtractor.Extract("asean.txt", text);
        Assert.Equal(new[] { "Timor-Leste" }, StatesOf(facts, o => o.Acronym == "ASEAN", RelationKind.Joining));
    }

    [Fact]
    public void Some_of_the_counted_members_named_are_members_and_a_noun_two_names_share_is_not_guessed()
    {
        var facts = ArticleExtractor.Extract("au.txt", "AU\n\nThe African Union (AU) elected a new chairperson. The AU has 54 members, but three of them, Madagascar, Mali and Guinea-Bissau, are currently suspended.\n");
        Assert.Equal(new[] { "Guinea-Bissau", "Madagascar", "Mali" }, StatesOf(facts, o => o.Acronym == "AU", RelationKind.Member));
        facts = ArticleExtractor.Extract("eccas.txt", "ECCAS\n\nThe Economic Community of Central African States (ECCAS) met in N'Djamena. The Southern African Development Community (SADC) sent observers. The ECCAS leaders refused to recognise Djotodia. Rwanda, a founding member, left the community in 2007.\n");
        Assert.DoesNotContain("Rwanda", StatesOf(facts, o => o.Acronym == "SADC", RelationKind.NonMember));
    }

    [Fact]
    public void A_states_partner_in_an_organisation_with_others_and_an_associate_it_made()
    {
        const string text = "MSG\n\nThe Pacific Islands Forum met. Papua New Guinea is Fiji's partner in the Melanesian Spearhead Group (MSG), with Solomon Islands and Vanuatu. In June it made Indonesia an associate member.\n";
        var facts = ArticleExtractor.Extract("msg.txt", text);
        Assert.Equal(new[] { "Fiji", "Papua New Guinea", "Solomon Islands", "Vanuatu" }, StatesOf(facts, o => o.Acronym == "MSG", RelationKind.Member));
        Assert.Equal(new[] { "Indonesia" }, StatesOf(facts, o => o.Acronym == "MSG", RelationKind.DialoguePartner));
    }

    [Fact]
    public void A_counted_group_between_dashes_and_appositions_naming_an_organisation_in_parentheses()
    {
        const string text = "SAARC\n\nThe South Asian Association for Regional Cooperation (SAARC) met in Addu. Representatives of the association's four observers - Australia, China, the European Union and Iran - followed the proceedings. Nigeria, the largest member of the Economic Community of West African States (ECOWAS), was there. Japan and the European Union, both observers of SAARC, sent envoys.\n";
        var facts = ArticleExtractor.Extract("saarc.txt", text);
        Assert.Equal(new[] { "Australia", "China", "Iran", "Japan" }, StatesOf(facts, o => o.Acronym == "SAARC", RelationKind.Observer));
        Assert.Equal(new[] { "Nigeria" }, StatesOf(facts, o => o.Acronym == "ECOWAS", RelationKind.Member));
    }

    [Fact]
    public void A_state_that_joins_others_as_an_observer_and_one_approved_as_a_partner_with_its_status_holders()
    {
        const string text = "SCO\n\nThe Shanghai Cooperation Organization (SCO) met in Beijing. With Thursday's decision, Afghanistan joins India, Iran, Mongolia and Pakistan as an observer in the six-member organization. At the same session the leaders approved Turkey as a dialogue partner of the SCO, a status already held by Belarus and Sri Lanka.\n";
        var facts = ArticleExtractor.Extract("sco.txt", text);
        Assert.Equal(new[] { "Afghanistan", "India", "Iran", "Mongolia", "Pakistan" }, StatesOf(facts, o => o.Acronym == "SCO", RelationKind.Observer));
        Assert.Equal(new[] { "Belarus", "Sri Lanka", "Turkey" }, StatesOf(facts, o => o.Acronym == "SCO", RelationKind.DialoguePartner));
    }

    [Fact]
    public void Shared_membership_belonging_together_with_and_admitted_as_newest_member()
    {
        const string text = "SADC\n\nThe Southern African Development Community (SADC) met. Lesotho shares membership of the Southern African Customs Union (SACU) with South Africa, Botswana and Namibia. Lesotho is one of the 16 member states of SADC, which admitted the Comoros as its newest member last month. Rwanda and Burundi also belong, together with the Democratic Republic of Congo, to the Economic Community of the Great Lakes Countries (CEPGL).\n";
        var facts = ArticleExtractor.Extract("sadc.txt", text);
        Assert.Equal(new[] { "Botswana", "Lesotho", "Namibia", "South Africa" }, StatesOf(facts, o => o.Acronym == "SACU", RelationKind.Member));
        Assert.Contains("Comoros", StatesOf(facts, o => o.Acronym == "SADC", RelationKind.Member));
        Assert.Equal(new[] { "Burundi", "Democratic Republic of the Congo", "Rwanda" }, StatesOf(facts, o => o.Acronym == "CEPGL", RelationKind.Member));
    }

    [Fact]
    public void Partner_States_are_a_blocs_word_for_its_members_and_all_the_countries_except_one()
    {
        var facts = ArticleExtractor.Extract("eac.txt", "EAC\n\nThe East African Community (EAC) met in Arusha. The Community now has five Partner States: Kenya, Uganda and Tanzania, which revived the EAC in 2000, and its two new members.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Partner States");
        Assert.Equal(new[] { "Kenya", "Tanzania", "Uganda" }, StatesOf(facts, o => o.Acronym == "EAC", RelationKind.Member));
        facts = ArticleExtractor.Extract("au.txt", "AU\n\nThe African Union (AU) met in Accra. The AU has 53 member states, all the countries of Africa except Morocco.\n");
        Assert.Equal(new[] { "Morocco" }, StatesOf(facts, o => o.Acronym == "AU", RelationKind.NonMember));
    }

    [Fact]
    public void States_like_others_are_members_with_them()
    {
        const string text = "EAC\n\nThe East African Community (EAC) met. Like Kenya and Uganda, Rwanda and Burundi are members of the Common Market for Eastern and Southern Africa (COMESA).\n";
        var facts = ArticleExtractor.Extract("comesa.txt", text);
        Assert.Equal(new[] { "Burundi", "Kenya", "Rwanda", "Uganda" }, StatesOf(facts, o => o.Acronym == "COMESA", RelationKind.Member));
    }

    [Fact]
    public void A_withdrawal_formally_notified_on_a_day_is_a_departure_and_founders_with_it_are_members()
    {
        const string text = "Unasur\n\nColombia formally notified on Monday its withdrawal from the Union of South American Nations (Unasur), the regional bloc created a decade ago. On trade, Colombia's priority is the Pacific Alliance, which it founded in 2011 with Chile, Mexico and Peru. Colombia is also part of the Lima Group, formed last year by a dozen countries of the Americas, with Peru, Brazil and Canada among them.\n";
        var facts = ArticleExtractor.Extract("unasur.txt", text);
        Assert.Equal(new[] { "Colombia" }, StatesOf(facts, o => o.Name == "Union of South American Nations", RelationKind.NonMember));
        Assert.Equal(new[] { "Chile", "Colombia", "Mexico", "Peru" }, StatesOf(facts, o => o.Name == "Pacific Alliance", RelationKind.Member));
        Assert.Equal(new[] { "Brazil", "Canada", "Colombia", "Peru" }, StatesOf(facts, o => o.Name == "Lima Group", RelationKind.Member));
    }

    [Fact]
    public void States_that_are_like_another_members_and_one_that_is_not()
    {
        const string text = "GCC\n\nThe Organisation of Islamic Cooperation (OIC) met. Saudi Arabia, the UAE and Bahrain are, like Qatar, members of the six-nation Gulf Cooperation Council (GCC); Egypt is not.\n";
        var facts = ArticleExtractor.Extract("gcc.txt", text);
        Assert.Equal(new[] { "Bahrain", "Qatar", "Saudi Arabia", "United Arab Emirates" }, StatesOf(facts, o => o.Acronym == "GCC", RelationKind.Member));
        Assert.Equal(new[] { "Egypt" }, StatesOf(facts, o => o.Acronym == "GCC", RelationKind.NonMember));
    }

    [Fact]
    public void Among_an_organisations_member_states_only_some_are_named()
    {
        const string text = "IMF\n\nLiechtenstein joined the International Monetary Fund (IMF). Among the UN's 193 member states, only Cuba, North Korea and Monaco now remain outside the IMF.\n";
        var facts = ArticleExtractor.Extract("imf.txt", text);
        Assert.Equal(new[] { "Cuba", "Monaco", "North Korea" }, StatesOf(facts, o => o.Acronym == "UN", RelationKind.Member));
        Assert.Equal(new[] { "Cuba", "Monaco", "North Korea" }, StatesOf(facts, o => o.Acronym == "IMF", RelationKind.NonMember));
    }

    [Fact]
    public void Like_two_states_it_belongs_to_an_organisation_and_is_a_member_of_another_together_with_others()
    {
        const string text = "IMF\n\nIn Europe, Liechtenstein has long chosen a path of its own. Like Norway and Iceland, it belongs to the European Economic Area (EEA), which gives it access to the single market, and it is a member of the European Free Trade Association (EFTA) together with Switzerland, Norway and Iceland.\n";
        var facts = ArticleExtractor.Extract("eea.txt", text);
        Assert.Equal(new[] { "Iceland", "Liechtenstein", "Norway" }, StatesOf(facts, o => o.Acronym == "EEA", RelationKind.Member));
        Assert.Equal(new[] { "Iceland", "Liechtenstein", "Norway", "Switzerland" }, StatesOf(facts, o => o.Acronym == "EFTA", RelationKind.Member));
    }

    [Fact]
    public void A_name_shortened_by_one_inner_word_is_the_same_organisation()
    {
        const string text = "Clinton brings US weight to Pacific Forum in Rarotonga\n\nLeaders of the Pacific Forum met in Rarotonga. Fiji remains suspended from the Pacific Forum. The Pacific Islands Forum was founded in 1971.\n";
        var facts = ArticleExtractor.Extract("pif.txt", text);
        Assert.Single(facts.Organizations, o => o.Name.Contains("Pacific", System.StringComparison.Ordinal));
        Assert.Equal("Pacific Islands Forum", facts.Organizations.Single(o => o.Name.Contains("Pacific", System.StringComparison.Ordinal)).Name);
    }

    [Fact]
    public void A_renamed_organisations_names_in_one_sentence_stay_two()
    {
        const string text = "Benelux\n\nTen years later the three countries signed a treaty creating the Benelux Economic Union, and in 2008 they renamed their partnership the Benelux Union.\n";
        var facts = ArticleExtractor.Extract("benelux.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Benelux Economic Union" && o.Relations.Count > 0);
    }

    [Fact]
    public void A_title_before_a_body_is_no_part_of_its_name_and_a_city_opening_a_name_is_no_organisation()
    {
        var facts = ArticleExtractor.Extract("ecowas.txt", "ECOWAS\n\nIn a communique read by the President of the ECOWAS Commission, Mr Kadré Désiré Ouédraogo, the leaders suspended Mali.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.StartsWith("President", System.StringComparison.Ordinal));
        facts = ArticleExtractor.Extract("sco.txt", "SCO\n\nThe leaders signed a declaration in Shanghai on the establishment of the Shanghai Cooperation Organization (SCO). Turkmenistan has not joined the Shanghai organization. The summit was held in Shanghai.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Shanghai");
    }

    [Fact]
    public void The_name_an_organisation_was_launched_as_is_its_former_name()
    {
        const string text = "BIMSTEC\n\nThe Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation (BIMSTEC) met. The grouping was launched in Bangkok in June 1997 as BIST-EC, with Bangladesh, India, Sri Lanka and Thailand as its members.\n";
        var facts = ArticleExtractor.Extract("bimstec.txt", text);
        Assert.Equal(new[] { "Bangladesh", "India", "Sri Lanka", "Thailand" }, StatesOf(facts, o => o.Acronym == "BIMSTEC", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "BIST-EC" && o.Relations.Count > 0);
    }

    [Fact]
    public void Two_of_an_organisations_closest_partners_in_apposition_are_partners()
    {
        const string text = "NATO\n\nNATO leaders met in Warsaw. Leaders of Finland and Sweden, two of NATO's closest partners, were expected to join allied leaders for dinner.\n";
        var facts = ArticleExtractor.Extract("nato.txt", text);
        Assert.Equal(new[] { "Finland", "Sweden" }, StatesOf(facts, o => o.Acronym == "NATO", RelationKind.DialoguePartner));
    }

    [Fact]
    public void States_that_launched_or_joined_an_organisation_in_relative_clauses_are_members()
    {
        const string text = "EAEU\n\nSerbia signed a deal with the Eurasian Economic Union (EAEU). The EAEU, which Russia, Belarus and Kazakhstan launched in 2015 and which Armenia and Kyrgyzstan joined the same year, is a customs union.\n";
        var facts = ArticleExtractor.Extract("eaeu.txt", text);
        Assert.Equal(new[] { "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia" }, StatesOf(facts, o => o.Acronym == "EAEU", RelationKind.Member));
    }

    [Fact]
    public void A_states_neighbours_in_an_organisation_named_before_the_noun_and_the_counted_member_states_that_are()
    {
        const string text = "EU\n\nThe European Union (EU) met. Serbia's EU neighbours, Hungary, Romania, Bulgaria and Croatia, have all said they want enlargement to continue. The five EU member states that do not recognise Kosovo's independence are Spain, Greece, Cyprus, Romania and Slovakia.\n";
        var facts = ArticleExtractor.Extract("eu.txt", text);
        Assert.Equal(new[] { "Bulgaria", "Croatia", "Cyprus", "Greece", "Hungary", "Romania", "Slovakia", "Spain" }, StatesOf(facts, o => o.Acronym == "EU", RelationKind.Member));
    }

    [Fact]
    public void States_invited_to_join_of_which_neither_became_a_member_are_outside_and_admission_to_bodies_is_no_membership()
    {
        const string text = "GCC\n\nThe Gulf Cooperation Council (GCC) met in Kuwait. The council invited Jordan and Morocco to join in 2011, but neither became a member. Yemen, which applied for membership in the 1990s, has been admitted only to some of the council's specialized bodies.\n";
        var facts = ArticleExtractor.Extract("gcc.txt", text);
        Assert.Equal(new[] { "Jordan", "Morocco" }, StatesOf(facts, o => o.Acronym == "GCC", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "GCC", RelationKind.Member));
        Assert.Equal(new[] { "Yemen" }, StatesOf(facts, o => o.Acronym == "GCC", RelationKind.Joining));
    }

    [Fact]
    public void Leaders_who_signed_the_establishment_of_an_organisation_found_it()
    {
        const string text = "SCO founded\n\nThe heads of state of China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan Friday signed a declaration in Shanghai on the establishment of the Shanghai Cooperation Organization (SCO).\n";
        var facts = ArticleExtractor.Extract("sco.txt", text);
        Assert.Equal(new[] { "China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan" }, StatesOf(facts, o => o.Acronym == "SCO", RelationKind.Member));
    }

    [Fact]
    public void All_the_member_states_but_one_also_belong_to_another_organisation()
    {
        const string text = "SCO\n\nThe leaders of China, Russia, Kazakhstan and Tajikistan signed a declaration on the establishment of the Shanghai Cooperation Organization (SCO). All the member states except China also belong to the Commonwealth of Independent States (CIS).\n";
        var facts = ArticleExtractor.Extract("sco.txt", text);
        Assert.Equal(new[] { "Kazakhstan", "Russia", "Tajikistan" }, StatesOf(facts, o => o.Acronym == "CIS", RelationKind.Member));
        Assert.Equal(new[] { "China" }, StatesOf(facts, o => o.Acronym == "CIS", RelationKind.NonMember));
    }

    [Fact]
    public void Member_economies_that_stretch_from_some_to_others_and_a_state_not_among_them()
    {
        const string text = "APEC\n\nThe Asia-Pacific Economic Cooperation (APEC) forum meets in Lima. The forum's 21 member economies stretch from Chile and Peru to Russia and China, and include small economies such as Brunei and Papua New Guinea. India, whose trade with the Pacific Rim is large, is not among them.\n";
        var facts = ArticleExtractor.Extract("apec.txt", text);
        Assert.Equal(new[] { "Brunei", "Chile", "China", "Papua New Guinea", "Peru", "Russia" }, StatesOf(facts, o => o.Acronym == "APEC", RelationKind.Member));
        Assert.Equal(new[] { "India" }, StatesOf(facts, o => o.Acronym == "APEC", RelationKind.NonMember));
    }

    [Fact]
    public void It_after_a_sentence_about_one_state_is_that_state()
    {
        const string text = "India\n\nIndia's other groupings are expanding. It is a member of the Group of 20, and it is set to become a full member of the Shanghai Cooperation Organisation (SCO) next year, together with Pakistan.\n";
        var facts = ArticleExtractor.Extract("india.txt", text);
        Assert.Equal(new[] { "India" }, StatesOf(facts, o => o.Name == "Group of 20", RelationKind.Member));
        Assert.Equal(new[] { "India", "Pakistan" }, StatesOf(facts, o => o.Acronym == "SCO", RelationKind.Joining));
    }

    [Fact]
    public void The_counted_countries_still_taking_part_are_members()
    {
        const string text = "Unasur\n\nColombia left the Union of South American Nations (Unasur). That left the day-to-day work of the bloc to the six countries still taking part: Bolivia, Ecuador, Guyana, Suriname, Uruguay and Venezuela.\n";
        var facts = ArticleExtractor.Extract("unasur.txt", text);
        Assert.Equal(new[] { "Bolivia", "Ecuador", "Guyana", "Suriname", "Uruguay", "Venezuela" }, StatesOf(facts, o => o.Name == "Union of South American Nations", RelationKind.Member));
    }

    // ---------------------------------------------------------------- eleventh session

    [Fact]
    public void A_state_that_signed_on_as_a_founding_member_of_a_bank_is_a_member_and_the_bank_is_kept()
    {
        const string text = "Bank\n\nCHILE has formally signed on as a founding member of the Andean Development Bank, the Lima-based lender that Brazil and Mexico have refused to join.\n";
        var facts = ArticleExtractor.Extract("bank.txt", text);
        Assert.Equal(new[] { "Chile" }, StatesOf(facts, o => o.Name == "Andean Development Bank", RelationKind.Member));
        Assert.Equal(new[] { "Brazil", "Mexico" }, StatesOf(facts, o => o.Name == "Andean Development Bank", RelationKind.NonMember));
    }

    [Fact]
    public void A_withdrawal_that_takes_effect_is_a_departure()
    {
        const string text = "SICA\n\nThe Central American Integration System (SICA) met in San Salvador. Belize, whose withdrawal from the Central American Integration System (SICA) takes effect next month, sent no minister. Panama's withdrawal took effect in 2019. Honduras later notified its withdrawal, which has taken effect.\n";
        var facts = ArticleExtractor.Extract("sica.txt", text);
        Assert.Equal(new[] { "Belize", "Honduras", "Panama" }, StatesOf(facts, o => o.Acronym == "SICA", RelationKind.NonMember));
    }

    [Fact]
    public void States_after_a_closing_unlike_hold_what_the_clause_denies()
    {
        const string text = "Moldova\n\nMoldova, which is neutral under its constitution, is not a member of NATO, unlike neighbouring Romania and Bulgaria.\n";
        var facts = ArticleExtractor.Extract("moldova.txt", text);
        Assert.Equal(new[] { "Moldova" }, StatesOf(facts, o => o.Acronym == "NATO", RelationKind.NonMember));
        Assert.Equal(new[] { "Bulgaria", "Romania" }, StatesOf(facts, o => o.Acronym == "NATO", RelationKind.Member));
    }

    [Fact]
    public void A_word_acronym_in_another_language_in_parentheses_is_the_acronym()
    {
        const string text = "Celac\n\nThe Community of Latin American and Caribbean States (Celac) met in Kingstown. Mexico is a member of Celac.\n";
        var facts = ArticleExtractor.Extract("celac.txt", text);
        var celac = Assert.Single(facts.Organizations, o => o.Name == "Community of Latin American and Caribbean States");
        Assert.Equal("Celac", celac.Acronym);
        Assert.Equal(new[] { "Mexico" }, StatesOf(facts, o => o.Acronym == "Celac", RelationKind.Member));
    }

    [Fact]
    public void States_among_the_founders_are_members()
    {
        const string text = "Opec\n\nThe Organization of the Petroleum Exporting Countries (OPEC) meets in Vienna. Iran and Kuwait were among the founders, while Nigeria joined only in 1971.\n";
        var facts = ArticleExtractor.Extract("opec.txt", text);
        Assert.Equal(new[] { "Iran", "Kuwait", "Nigeria" }, StatesOf(facts, o => o.Acronym == "OPEC", RelationKind.Member));
    }

    [Fact]
    public void States_that_suspended_their_participation_stay_members()
    {
        const string text = "Alba\n\nThe Bolivarian Alliance for the Peoples of Our America (ALBA) is in crisis. Last year, Bolivia and Ecuador suspended their participation, and Honduras later notified its withdrawal.\n";
        var facts = ArticleExtractor.Extract("alba.txt", text);
        Assert.Equal(new[] { "Bolivia", "Ecuador" }, StatesOf(facts, o => o.Acronym == "ALBA", RelationKind.Member));
        Assert.Equal(new[] { "Honduras" }, StatesOf(facts, o => o.Acronym == "ALBA", RelationKind.NonMember));
    }

    [Fact]
    public void All_the_counted_members_of_one_and_another_state_are_members_of_a_second()
    {
        const string text = "SACU\n\nThe Southern African Customs Union (SACU) brings together South Africa, Botswana, Lesotho, Namibia and Eswatini. All five SACU states and Zimbabwe are members of the Southern African Development Community (SADC).\n";
        var facts = ArticleExtractor.Extract("sacu.txt", text);
        Assert.Equal(new[] { "Botswana", "Eswatini", "Lesotho", "Namibia", "South Africa", "Zimbabwe" }, StatesOf(facts, o => o.Acronym == "SADC", RelationKind.Member));
    }

    [Fact]
    public void The_states_an_acronym_stands_for_and_the_countries_that_make_up_an_initiative_are_members()
    {
        const string text = "CLV\n\nWhat is CLMV? CLMV stands for Cambodia, Laos, Myanmar and Vietnam. The Mekong Lancang Cooperation (MLC) is wider. Cambodia, Laos and Thailand, the three countries that make up the triangle, met in Pakse.\n";
        var facts = ArticleExtractor.Extract("clmv.txt", text);
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar", "Vietnam" }, StatesOf(facts, o => o.Acronym == "CLMV", RelationKind.Member));
    }

    [Fact]
    public void Members_that_include_all_the_counted_members_of_another_group_and_more()
    {
        const string text = "Mekong\n\nCLMV stands for Cambodia, Laos, Myanmar and Vietnam. Some see the Association of Southeast Asian Nations (ASEAN) as a wider platform. ASEAN's ten members include all four CLMV countries as well as Thailand, Malaysia and Indonesia, and it has its own plan.\n";
        var facts = ArticleExtractor.Extract("mekong.txt", text);
        Assert.Equal(new[] { "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar", "Thailand", "Vietnam" }, StatesOf(facts, o => o.Acronym == "ASEAN", RelationKind.Member));
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar", "Vietnam" }, StatesOf(facts, o => o.Acronym == "CLMV", RelationKind.Member));
    }

    [Fact]
    public void A_state_party_to_an_agreement_is_a_member_and_one_that_is_not_is_outside()
    {
        const string text = "Trade\n\nPeru is a party to the Pacific Alliance Trade Agreement (PATA). Ecuador joined the Andean Community (CAN) long ago. It is not a party to the Pacific Alliance Trade Agreement (PATA).\n";
        var facts = ArticleExtractor.Extract("pata.txt", text);
        Assert.Equal(new[] { "Peru" }, StatesOf(facts, o => o.Acronym == "PATA", RelationKind.Member));
        Assert.Equal(new[] { "Ecuador" }, StatesOf(facts, o => o.Acronym == "PATA", RelationKind.NonMember));
    }

    [Fact]
    public void States_among_those_that_have_applied_to_join_are_joining()
    {
        const string text = "Pact\n\nThe Regional Comprehensive Economic Partnership (RCEP) is growing. Sri Lanka, Chile and Uruguay are among those that have applied to join the pact, and talks are under way.\n";
        var facts = ArticleExtractor.Extract("rcep.txt", text);
        Assert.Equal(new[] { "Chile", "Sri Lanka", "Uruguay" }, StatesOf(facts, o => o.Acronym == "RCEP", RelationKind.Joining));
    }

    [Fact]
    public void States_that_announced_a_body_described_as_one_founded_it()
    {
        const string text = "Quad\n\nThat changed in 2007, when Japan, India and Australia announced JAI, the trilateral maritime partnership under which the navies train together. Canada announced JAI sanctions.\n";
        var facts = ArticleExtractor.Extract("jai.txt", text);
        Assert.Equal(new[] { "Australia", "India", "Japan" }, StatesOf(facts, o => o.Acronym == "JAI", RelationKind.Member));
    }

    [Fact]
    public void A_state_as_a_member_of_an_organisation_between_commas_is_a_member()
    {
        const string text = "Ghana\n\nThe president said Ghana, as a member of the Economic Community of West African States (ECOWAS), would keep its troops in Gambia.\n";
        var facts = ArticleExtractor.Extract("ghana.txt", text);
        Assert.Equal(new[] { "Ghana" }, StatesOf(facts, o => o.Acronym == "ECOWAS", RelationKind.Member));
    }

    [Fact]
    public void A_body_named_after_its_meetings_is_an_organisation_when_the_text_counts_its_members()
    {
        const string text = "FEALAC\n\nMinisters met at the Forum-like East Asia-Latin America Meeting (EALAM) in Seoul. Colombia is one of the founding members of EALAM. It brings together EALAM's 36 members, and Cuba, which joined the meeting in 2002, attended.\n";
        var facts = ArticleExtractor.Extract("ealam.txt", text);
        Assert.Contains(facts.Organizations, o => o.Acronym == "EALAM");
        Assert.Contains("Colombia", StatesOf(facts, o => o.Acronym == "EALAM", RelationKind.Member));
    }

    [Fact]
    public void The_kingdom_after_since_is_the_one_state_the_clause_named()
    {
        const string text = "Tonga\n\nIt is the first summit attended by Tonga as a full member since the kingdom rejoined the Pacific Islands Development Forum (PIDF) last year.\n";
        var facts = ArticleExtractor.Extract("tonga.txt", text);
        Assert.Equal(new[] { "Tonga" }, StatesOf(facts, o => o.Acronym == "PIDF", RelationKind.Member));
    }

    [Fact]
    public void It_after_comma_and_is_the_state_the_sentence_opens_with()
    {
        const string text = "Egypt\n\nEgypt has been a dialogue partner of the Shanghai Cooperation Organisation (SCO) since 2022, and this year it applied to join BRICS, the club founded by Brazil, Russia, India and China.\n";
        var facts = ArticleExtractor.Extract("egypt.txt", text);
        Assert.Equal(new[] { "Egypt" }, StatesOf(facts, o => o.Acronym == "BRICS", RelationKind.Joining));
    }

    [Fact]
    public void Candidate_countries_named_after_the_noun_are_joining()
    {
        const string text = "EU\n\nThe European Union (EU) met in Brussels. Iceland once shared the waiting room with four other candidate countries: Croatia, Montenegro, Serbia and Turkey.\n";
        var facts = ArticleExtractor.Extract("eu.txt", text);
        Assert.Equal(new[] { "Croatia", "Montenegro", "Serbia", "Turkey" }, StatesOf(facts, o => o.Acronym == "EU", RelationKind.Joining));
    }

    [Fact]
    public void A_headlines_capitalised_member_of_is_no_part_of_the_organisations_name()
    {
        const string text = "Chile Becomes 38th Member of Organisation for Economic Co-operation and Development\n\nChile has become the 38th member of the Organisation for Economic Co-operation and Development (OECD).\n";
        var facts = ArticleExtractor.Extract("oecd.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } n && n.StartsWith("Member", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Chile" }, StatesOf(facts, o => o.Acronym == "OECD", RelationKind.Member));
    }

    [Fact]
    public void Examples_after_among_them_the_are_read_in_full()
    {
        const string text = "Alliance\n\nThe Pacific Alliance met in Cali. More than 50 countries, among them the United Kingdom, Germany and Japan, are observers.\n";
        var facts = ArticleExtractor.Extract("pa.txt", text);
        Assert.Equal(new[] { "Germany", "Japan", "United Kingdom" }, StatesOf(facts, o => o.Name == "Pacific Alliance", RelationKind.Observer));
    }

    [Fact]
    public void A_candidate_for_full_membership_and_a_state_in_the_process_of_becoming_a_member_are_joining()
    {
        const string text = "SICA\n\nThe Central American Integration System (SICA) met. Mexico is a candidate for full membership. Chile is in the process of becoming a full member.\n";
        var facts = ArticleExtractor.Extract("sica.txt", text);
        Assert.Equal(new[] { "Chile", "Mexico" }, StatesOf(facts, o => o.Acronym == "SICA", RelationKind.Joining));
    }

    [Fact]
    public void Members_that_include_founding_members_and_others_as_well()
    {
        const string text = "IEA\n\nThe International Energy Agency (IEA) met. The IEA's 31 member countries include founding members Belgium and Denmark, as well as Japan, Chile and most of Europe.\n";
        var facts = ArticleExtractor.Extract("iea.txt", text);
        Assert.Equal(new[] { "Belgium", "Chile", "Denmark", "Japan" }, StatesOf(facts, o => o.Acronym == "IEA", RelationKind.Member));
    }

    [Fact]
    public void A_one_word_bloc_founded_by_states_is_an_organisation()
    {
        const string text = "Trade\n\nThe ministers met in Quito with the Andean group. Bolivia, Colombia, Ecuador and Peru founded Andinet in 1969.\n";
        var facts = ArticleExtractor.Extract("andinet.txt", text);
        Assert.Equal(new[] { "Bolivia", "Colombia", "Ecuador", "Peru" }, StatesOf(facts, o => o.Name == "Andinet" || o.Acronym == "Andinet", RelationKind.Member));
    }

    [Fact]
    public void All_the_members_of_an_organisation_named_in_apposition_are_members_of_another()
    {
        const string text = "WTO\n\nKazakhstan joined the World Trade Organization (WTO). All five members of the Southern African Customs Union (SACU), South Africa, Botswana, Lesotho, Namibia and Eswatini, were already in the WTO.\n";
        var facts = ArticleExtractor.Extract("wto.txt", text);
        Assert.Equal(new[] { "Botswana", "Eswatini", "Kazakhstan", "Lesotho", "Namibia", "South Africa" }, StatesOf(facts, o => o.Acronym == "WTO", RelationKind.Member));
    }

    [Fact]
    public void A_state_still_outside_with_no_object_is_outside_the_organisation_in_question()
    {
        const string text = "WTO\n\nKazakhstan joined the World Trade Organization (WTO). Neighbouring Turkmenistan, which has observer status, is also still outside.\n";
        var facts = ArticleExtractor.Extract("wto.txt", text);
        Assert.Equal(new[] { "Turkmenistan" }, StatesOf(facts, o => o.Acronym == "WTO", RelationKind.NonMember));
    }

    [Fact]
    public void A_state_described_in_apposition_as_a_country_that_belongs_to_one_but_not_another()
    {
        const string text = "Neutrality\n\nThe leaders met Ireland and Malta, a neutral country that belongs to the EU but not to NATO.\n";
        var facts = ArticleExtractor.Extract("malta.txt", text);
        Assert.Equal(new[] { "Malta" }, StatesOf(facts, o => o.Acronym == "EU", RelationKind.Member));
        Assert.Equal(new[] { "Malta" }, StatesOf(facts, o => o.Acronym == "NATO", RelationKind.NonMember));
    }

    [Fact]
    public void The_first_countries_to_ratify_it_ratified_the_trade_area()
    {
        const string text = "Trade\n\nAfrican Union (AU) leaders met in Kigali. The agreement on the Tripartite Free Trade Area (TFTA) entered into force last month. Egypt and Uganda were the first two countries to ratify it.\n";
        var facts = ArticleExtractor.Extract("tfta.txt", text);
        Assert.Equal(new[] { "Egypt", "Uganda" }, StatesOf(facts, o => o.Acronym == "TFTA", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "AU", RelationKind.Member));
    }

    [Fact]
    public void One_of_an_organisations_counted_founding_members_and_something_else()
    {
        const string text = "SAARC\n\nThe South Asian Association for Regional Cooperation (SAARC) met. Nepal, one of SAARC's seven founding members and this year's host, did the groundwork.\n";
        var facts = ArticleExtractor.Extract("saarc.txt", text);
        Assert.Equal(new[] { "Nepal" }, StatesOf(facts, o => o.Acronym == "SAARC", RelationKind.Member));
    }

    [Fact]
    public void A_new_member_alongside_the_states_named_and_a_states_partners_in_an_organisation()
    {
        const string text = "Groups\n\nEquatorial Guinea has joined the Community of Portuguese Language Countries, becoming its ninth member alongside Portugal, Brazil and Angola. Kiribati, Tuvalu and Nauru, Marshall Islands' partners in the Micronesian Islands Forum, sent delegations.\n";
        var facts = ArticleExtractor.Extract("groups.txt", text);
        Assert.Equal(new[] { "Angola", "Brazil", "Equatorial Guinea", "Portugal" }, StatesOf(facts, o => o.Name == "Community of Portuguese Language Countries", RelationKind.Member));
        Assert.Equal(new[] { "Kiribati", "Marshall Islands", "Nauru", "Tuvalu" }, StatesOf(facts, o => o.Name == "Micronesian Islands Forum", RelationKind.Member));
    }

    [Fact]
    public void A_state_and_the_other_members_of_an_organisation_named_before_the_noun()
    {
        const string text = "PIF\n\nThe Pacific Islands Forum (PIF) met. Fiji and the other Pacific Islands Forum members sent police.\n";
        var facts = ArticleExtractor.Extract("pif.txt", text);
        Assert.Equal(new[] { "Fiji" }, StatesOf(facts, o => o.Acronym == "PIF", RelationKind.Member));
    }

    [Fact]
    public void A_state_that_is_an_organisations_largest_producer_is_a_member()
    {
        const string text = "Oil\n\nThe Gas Exporting Countries Forum (GECF) met. Russia is GECF's largest producer.\n";
        var facts = ArticleExtractor.Extract("gecf.txt", text);
        Assert.Equal(new[] { "Russia" }, StatesOf(facts, o => o.Acronym == "GECF", RelationKind.Member));
    }

    [Fact]
    public void A_headlines_plural_noun_of_office_ends_no_persons_name_and_leaves_the_bloc_a_bloc()
    {
        const string text = "Alliance and Andinet Leaders Pledge Closer Ties\n\nLeaders of the Pacific Alliance and of the trade bloc Andinet met on Tuesday.\n";
        var facts = ArticleExtractor.Extract("ties.txt", text);
        Assert.DoesNotContain(facts.People, p => p.Name.Contains("Leaders", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Korea_alone_is_the_republic_of_korea_and_north_korea_stays_itself()
    {
        const string text = "Korea\n\nKorea is a member of the Organisation for Economic Co-operation and Development (OECD). North Korea is not a member of the OECD.\n";
        var facts = ArticleExtractor.Extract("korea.txt", text);
        Assert.Equal(new[] { "South Korea" }, StatesOf(facts, o => o.Acronym == "OECD", RelationKind.Member));
        Assert.Equal(new[] { "North Korea" }, StatesOf(facts, o => o.Acronym == "OECD", RelationKind.NonMember));
    }

    [Fact]
    public void A_body_named_after_its_conference_is_an_organisation_when_the_text_speaks_of_its_members()
    {
        const string text = "Summit\n\nThe Commonwealth Caribbean Conference brings together 14 countries. Jamaica, Barbados and Guyana were among the founding members. Belize is a member of the Commonwealth Caribbean Conference. Leaders also met at the Caribbean Investment Summit in Kingston.\n";
        var facts = ArticleExtractor.Extract("ccc.txt", text);
        Assert.Equal(new[] { "Barbados", "Belize", "Guyana", "Jamaica" }, StatesOf(facts, o => o.Name == "Commonwealth Caribbean Conference", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Caribbean Investment Summit");
    }

    [Fact]
    public void The_parties_to_a_named_agreement_are_a_body_and_states_not_parties_to_the_agreement_are_outside()
    {
        const string text = "Tuna\n\nThe Parties to the Palau Arrangement (PPA) met in Koror. Kiribati is a member of the PPA. The Palau Arrangement was signed in 1992. Fiji, Samoa and Tonga are not parties to the agreement.\n";
        var facts = ArticleExtractor.Extract("ppa.txt", text);
        var ppa = Assert.Single(facts.Organizations, o => o.Acronym == "PPA");
        Assert.Equal("Parties to the Palau Arrangement", ppa.Name);
        Assert.Equal(new[] { "Kiribati" }, StatesOf(facts, o => o.Acronym == "PPA", RelationKind.Member));
    }

    [Fact]
    public void States_that_are_not_parties_to_the_agreement_are_outside_the_articles_one_pact()
    {
        const string text = "RCEP\n\nThe Regional Comprehensive Economic Partnership (RCEP) took effect. India and Mongolia are not parties to the agreement.\n";
        var facts = ArticleExtractor.Extract("rcep.txt", text);
        Assert.Equal(new[] { "India", "Mongolia" }, StatesOf(facts, o => o.Acronym == "RCEP", RelationKind.NonMember));
    }

    [Fact]
    public void An_acronym_of_a_summit_in_a_members_slot_makes_it_an_organisation()
    {
        const string text = "Summits\n\nThe Asia Cooperation Summit (ACS) and the Asia-Pacific Economic Cooperation (APEC) differ. Mongolia is a member of the ACS but not of APEC. Chile and Peru belong to APEC but not to the ACS.\n";
        var facts = ArticleExtractor.Extract("acs.txt", text);
        Assert.Equal(new[] { "Mongolia" }, StatesOf(facts, o => o.Acronym == "ACS", RelationKind.Member));
        Assert.Equal(new[] { "Chile", "Peru" }, StatesOf(facts, o => o.Acronym == "ACS", RelationKind.NonMember));
    }

    [Fact]
    public void Members_like_the_states_named_are_members()
    {
        const string text = "GCC\n\nThe Gulf Cooperation Council (GCC) met. GCC members like Oman and Kuwait stayed neutral.\n";
        var facts = ArticleExtractor.Extract("gcc.txt", text);
        Assert.Equal(new[] { "Kuwait", "Oman" }, StatesOf(facts, o => o.Acronym == "GCC", RelationKind.Member));
    }

    [Fact]
    public void The_signatories_of_an_agreement_are_the_parties_a_body_is_named_after()
    {
        const string text = "Tuna\n\nThe group they founded, the Parties to the Palau Arrangement (PPA), manages tuna. The Palau Arrangement was signed in 1992 by Kiribati, Nauru, Palau and Tuvalu.\n";
        var facts = ArticleExtractor.Extract("ppa.txt", text);
        Assert.Equal(new[] { "Kiribati", "Nauru", "Palau", "Tuvalu" }, StatesOf(facts, o => o.Acronym == "PPA", RelationKind.Member));
    }

    [Fact]
    public void The_participants_of_a_forum_are_its_members()
    {
        const string text = "Forum\n\nThe South Asian Security Forum (SASF) met in Colombo. Bhutan became the 12th participant in the SASF. Its participants now include the Maldives, Nepal and Sri Lanka, plus Japan and Australia.\n";
        var facts = ArticleExtractor.Extract("sasf.txt", text);
        Assert.Equal(new[] { "Australia", "Bhutan", "Japan", "Maldives", "Nepal", "Sri Lanka" }, StatesOf(facts, o => o.Acronym == "SASF", RelationKind.Member));
    }

    [Fact]
    public void A_state_and_the_other_members_as_the_object_of_a_preposition()
    {
        const string text = "PIF\n\nThe Pacific Islands Forum (PIF) met. Officers came from Samoa and the other Pacific Islands Forum members.\n";
        var facts = ArticleExtractor.Extract("pif.txt", text);
        Assert.Equal(new[] { "Samoa" }, StatesOf(facts, o => o.Acronym == "PIF", RelationKind.Member));
    }

    [Fact]
    public void Founders_in_apposition_joined_by_states_year_by_year()
    {
        const string text = "Union\n\nThe Arab Maghreb Union (AMU) met. The bloc's three founders of 1989, Morocco, Algeria and Tunisia, were joined by Libya in 1990, Mauritania in 1991.\n";
        var facts = ArticleExtractor.Extract("amu.txt", text);
        Assert.Equal(new[] { "Algeria", "Libya", "Mauritania", "Morocco", "Tunisia" }, StatesOf(facts, o => o.Acronym == "AMU", RelationKind.Member));
    }

    [Fact]
    public void A_state_that_remains_in_an_arrangement_with_others()
    {
        const string text = "Defence\n\nSingapore remains in the Five Power Defence Arrangements with Britain, Australia, Malaysia and New Zealand.\n";
        var facts = ArticleExtractor.Extract("fpda.txt", text);
        Assert.Equal(new[] { "Australia", "Malaysia", "New Zealand", "Singapore", "United Kingdom" }, StatesOf(facts, o => o.Name == "Five Power Defence Arrangements", RelationKind.Member));
    }

    [Fact]
    public void A_committee_of_the_community_is_its_organ_and_its_member_states_the_communitys()
    {
        const string text = "ECOWAS\n\nLeaders of the Economic Community of West African States (ECOWAS) met. The force was created by the Community's Standing Mediation Committee, which groups five member states: Ghana, Mali, Nigeria, Togo and Guinea.\n";
        var facts = ArticleExtractor.Extract("ecowas.txt", text);
        Assert.Equal(new[] { "Ghana", "Guinea", "Mali", "Nigeria", "Togo" }, StatesOf(facts, o => o.Acronym == "ECOWAS", RelationKind.Member));
    }

    [Fact]
    public void Of_the_counted_members_only_some_named_after_a_colon()
    {
        const string text = "ECCAS\n\nOf the 11 members of the Economic Community of Central African States (ECCAS), only four have sent troops: Chad, which leads the force, Gabon, Cameroon and Burundi.\n";
        var facts = ArticleExtractor.Extract("eccas.txt", text);
        Assert.Equal(new[] { "Burundi", "Cameroon", "Chad", "Gabon" }, StatesOf(facts, o => o.Acronym == "ECCAS", RelationKind.Member));
    }

    [Fact]
    public void A_state_belongs_with_others_between_commas_to_an_organisation()
    {
        const string text = "Eswatini\n\nEswatini is small. The kingdom belongs, with Botswana, Lesotho and Namibia, to the Common Customs Area, whose revenue pool pays.\n";
        var facts = ArticleExtractor.Extract("cca.txt", text);
        Assert.Equal(new[] { "Botswana", "Eswatini", "Lesotho", "Namibia" }, StatesOf(facts, o => o.Name == "Common Customs Area", RelationKind.Member));
    }

    [Fact]
    public void A_states_partners_in_an_organisation_named_after_it()
    {
        const string text = "IOC\n\nThe crisis has worried the Seychelles' partners in the Indian Ocean Commission, Madagascar, Mauritius, Comoros and France, which takes part for Reunion.\n";
        var facts = ArticleExtractor.Extract("ioc.txt", text);
        Assert.Equal(new[] { "Comoros", "France", "Madagascar", "Mauritius", "Seychelles" }, StatesOf(facts, o => o.Name == "Indian Ocean Commission", RelationKind.Member));
    }

    [Fact]
    public void Southeast_gives_two_initials_so_the_acronym_merges_with_the_name()
    {
        const string text = "ASEAN\n\nLeaders of the Association of Southeast Asian Nations came to Sydney. Indonesia is a member of ASEAN.\n";
        var facts = ArticleExtractor.Extract("asean.txt", text);
        var asean = Assert.Single(facts.Organizations);
        Assert.Equal("Association of Southeast Asian Nations", asean.Name);
        Assert.Equal("ASEAN", asean.Acronym);
    }

    [Fact]
    public void Countries_that_are_not_members_among_them_some_are_outside()
    {
        const string text = "NAM\n\nThe Non-Aligned Movement (NAM) met in Kampala. Several major countries that are not members, among them Japan, Canada and Mexico, take part in the meetings as observers.\n";
        var facts = ArticleExtractor.Extract("nam.txt", text);
        Assert.Empty(StatesOf(facts, o => o.Acronym == "NAM", RelationKind.Member));
        Assert.Equal(new[] { "Canada", "Japan", "Mexico" }, StatesOf(facts, o => o.Acronym == "NAM", RelationKind.NonMember));
    }

    [Fact]
    public void An_organisation_the_sentence_before_contrasts_with_is_not_the_one_a_later_sentence_speaks_of()
    {
        const string text = "Bloc\n\nLeaders signed the treaty creating the Central Asian Union (CAU) in Almaty on Friday. Unlike the Moscow-based Commonwealth of Independent States, the new bloc has no secretariat yet. The five founding members are Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.\n";
        var facts = ArticleExtractor.Extract("cau.txt", text);
        Assert.Equal(new[] { "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan" }, StatesOf(facts, o => o.Acronym == "CAU", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "Commonwealth of Independent States", RelationKind.Member));
    }

    [Fact]
    public void A_headlines_members_of_inside_a_capitalised_run_starts_the_name_after_it()
    {
        const string text = "Bosnia, Serbia Become Full Members of Central European Initiative\n\nBosnia and Serbia joined the Central European Initiative on Thursday.\n";
        var facts = ArticleExtractor.Extract("cei.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } n && n.Contains("Become", System.StringComparison.Ordinal));
        Assert.Contains(facts.Organizations, o => o.Name == "Central European Initiative");
    }

    [Fact]
    public void A_state_that_suspends_its_own_membership_is_outside_unless_a_return_was_told()
    {
        Assert.Equal(new[] { "Uganda" }, Of("Uganda suspended its membership of the ZTO in 2007 and has not taken part since.", RelationKind.NonMember));
        Assert.Empty(Of("Uganda suspended its membership of the ZTO in 2007 and has not taken part since.", RelationKind.Member));
        const string returned = "Uganda returns to ZTO after 16 years\n\nLeaders of the Zentral Trade Organization (ZTO) met in Kampala. Uganda joined the ZTO in 1993, but suspended its membership in April 2007.\n";
        var facts = ArticleExtractor.Extract("return.txt", returned);
        Assert.Equal(new[] { "Uganda" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
    }

    [Fact]
    public void A_hyphenated_acronym_for_short_spells_the_name()
    {
        const string text = "Rim\n\nThe Southern Ocean Rim Association for Regional Cooperation, SOR-ARC for short, now exists. Chile is a member of SOR-ARC.\n";
        var facts = ArticleExtractor.Extract("sorarc.txt", text);
        var org = Assert.Single(facts.Organizations);
        Assert.Equal("Southern Ocean Rim Association for Regional Cooperation", org.Name);
        Assert.Equal("SOR-ARC", org.Acronym);
        Assert.Equal(new[] { "Chile" }, StatesOf(facts, o => o.Acronym == "SOR-ARC", RelationKind.Member));
    }

    [Fact]
    public void A_sized_association_is_not_one_named_later_when_other_names_hold_the_word()
    {
        const string text = "Rim\n\nThe Southern Ocean Rim Association for Regional Cooperation, SOR-ARC for short, now exists. India and Pakistan already belong to the Central Asian Association for Trade (CAAT). For Chile, the new fourteen-member association sits beside two others. Further east, Peru and Ecuador belong to the seven-member Association of Andean Nations (AAN), which has its own free trade area.\n";
        var facts = ArticleExtractor.Extract("counts.txt", text);
        Assert.Equal(new[] { 14 }, MemberCounts(facts, "SOR-ARC"));
        Assert.Equal(new[] { 7 }, MemberCounts(facts, "AAN"));
    }

    [Fact]
    public void A_kingdom_the_sentence_before_does_not_single_out_is_the_state_the_article_is_about()
    {
        const string text = "Nepal\n\nNepal hosted the talks. Nepal wants trade. Officials in Nepal were pleased. Nepal is landlocked. The bloc's five members are Bangladesh, India, Myanmar, Sri Lanka and Thailand. The Kingdom will also become the 147th member of the Zentral Trade Organization (ZTO) in April.\n";
        var facts = ArticleExtractor.Extract("kingdom.txt", text);
        Assert.Equal(new[] { "Nepal" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Joining));
    }

    [Fact]
    public void All_three_countries_are_the_last_three_the_article_wrote_out()
    {
        const string text = "Chile, Peru and Bolivia Sign Joint Declaration\n\nLIMA - Leaders met on Monday. They talked. \"We share a coast,\" he said. The minister said the three countries would set out a programme.\n\nAll three countries are members of the Zentral Trade Organization (ZTO), which has its seat in Geneva.\n";
        var facts = ArticleExtractor.Extract("three.txt", text);
        Assert.Equal(new[] { "Bolivia", "Chile", "Peru" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Theory]
    [InlineData("India has been a full dialogue partner of the ZTO since 1995.", "India")]
    [InlineData("Japan has been a dialogue partner of the ZTO since 1989, and China is also among its dialogue partners.", "China|Japan")]
    public void Partners_of_a_degree_and_among_its_partners(string sentence, string expected) => Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.DialoguePartner));

    [Fact]
    public void Suspended_from_the_councils_of_an_organisation_is_a_member() =>
        Assert.Equal(new[] { "Fiji" }, Of("Fiji has been suspended from the councils of the ZTO since December 2006.", RelationKind.Member));

    [Fact]
    public void A_summits_framework_agreement_is_not_the_organisation_of_the_article()
    {
        const string text = "ZTO summit ends with FTZ accord\n\nThe 12th summit of the Zentral Trade Organization (ZTO) concluded with the signing of the Framework Agreement on the Free Trade Zone (FTZ). The heads of state or government of the seven member states also adopted a declaration. The FTZ will cut duties. Economists welcomed the FTZ.\n";
        var facts = ArticleExtractor.Extract("ftz.txt", text);
        Assert.Equal(new[] { 7 }, MemberCounts(facts, "ZTO"));
        Assert.Empty(MemberCounts(facts, "FTZ"));
    }

    private static int[] MemberCounts(NewsFacts.Model.ArticleFacts facts, string acronym) =>
        facts.Organizations.Where(o => o.Acronym == acronym).SelectMany(o => o.Counts).Where(c => c.Kind == RelationKind.Member).Select(c => c.Value).Distinct().ToArray();

    [Theory]
    [InlineData("Three of the ZTO's members, Iraq, Qatar and Libya, also belong to the Kuwait-based Organization of Arab Petroleum Exporters (OAPE).", "OAPE", "Iraq|Libya|Qatar")]
    [InlineData("The ZTO's 22 member states stretch from Mauritania on the Atlantic to Oman on the Arabian Sea.", "ZTO", "Mauritania|Oman")]
    [InlineData("Honduras, whose ZTO membership remains suspended after the coup, was not invited.", "ZTO", "Honduras")]
    [InlineData("The ZTO was founded by Iran and Iraq. Qatar, Indonesia and Libya joined in the following years.", "ZTO", "Indonesia|Iran|Iraq|Libya|Qatar")]
    [InlineData("Saudi Arabia, Kuwait, the UAE and Qatar are four of the six members of the ZTO; the other two, Bahrain and Oman, are outside OPEC.", "ZTO", "Bahrain|Kuwait|Oman|Qatar|Saudi Arabia|United Arab Emirates")]
    public void Members_of_an_organisation_read_past_a_modifier_a_count_or_a_subset(string sentence, string acronym, string expected)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Equal(expected.Split('|'), StatesOf(facts, o => o.Acronym == acronym, RelationKind.Member));
    }

    [Fact]
    public void Staying_out_of_a_name_the_recogniser_did_not_take_is_not_staying_out_of_the_organisation_before()
    {
        Assert.Empty(Of("Trinidad and Tobago and Barbados, both ZTO members, have stayed out of PetroCaribe as well.", RelationKind.NonMember));
        Assert.Equal(new[] { "Barbados", "Trinidad and Tobago" }, Of("Trinidad and Tobago and Barbados, both ZTO members, have stayed out of PetroCaribe as well.", RelationKind.Member));
        Assert.Empty(Of("Trinidad and Tobago and Barbados, both members of the ZTO, have stayed out.", RelationKind.NonMember));
    }

    [Fact]
    public void A_word_of_an_organisations_name_stands_for_it_after_a_verb_of_leaving()
    {
        const string text = "Quitting\n\nMali and Chad on Tuesday announced their withdrawal from the International Organisation of La Francophonie (OIF). Niger has also quit the Francophonie.\n";
        var facts = ArticleExtractor.Extract("oif.txt", text);
        Assert.Contains("Niger", StatesOf(facts, o => o.Acronym == "OIF", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("The leaders of the six member states, the United Arab Emirates, the State of Bahrain, the Kingdom of Saudi Arabia, the Sultanate of Oman, the State of Qatar and the State of Kuwait, signed the ZTO's economic agreement.", "Bahrain|Kuwait|Oman|Qatar|Saudi Arabia|United Arab Emirates")]
    [InlineData("A fund will help the four poorest member States of the ZTO, Spain, Portugal, Greece and Ireland.", "Greece|Ireland|Portugal|Spain")]
    [InlineData("Bolivia, a member of the five-nation ZTO with Colombia, Ecuador, Peru and Venezuela, has shown interest.", "Bolivia|Colombia|Ecuador|Peru|Venezuela")]
    public void Members_under_formal_names_after_a_superlative_and_named_with_a_member(string sentence, string expected) => Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Fact]
    public void An_official_capital_on_member_States_starts_no_name() =>
        Assert.DoesNotContain(ArticleExtractor.Extract("ec.txt", Lead + "A fund will help the four poorest member States of the ZTO, Spain, Portugal, Greece and Ireland.\n").Organizations,
            o => o.Name is { } n && n.StartsWith("States", System.StringComparison.Ordinal));

    [Fact]
    public void Observer_status_shared_with_as_do_after_not_a_member() =>
        Assert.Equal(new[] { "Colombia", "Dominican Republic", "Mexico", "Venezuela" },
            Of("The Dominican Republic is not a member of the ZTO but holds observer status, as do Mexico, Colombia and Venezuela.", RelationKind.Observer));

    [Fact]
    public void An_organ_named_with_the_acronym_of_its_organisation_gives_its_relations_to_the_organisation()
    {
        const string text = "ZTO Supreme Council ends its session\n\nThe Supreme Council of the Zentral Trade Organization (ZTO) concluded its session today. The leaders of the member states, Chile, Peru and Bolivia, signed the agreement of the ZTO Supreme Council.\n";
        var facts = ArticleExtractor.Extract("organ.txt", text);
        Assert.Equal(new[] { "Bolivia", "Chile", "Peru" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "ZTO Supreme Council" && o.Relations.Count > 0);
    }

    [Theory]
    [InlineData("Angola, Brazil and Portugal on Wednesday founded the ZTO.", "Angola|Brazil|Portugal")]
    [InlineData("Angola, Brazil and Portugal on 17 July founded the ZTO.", "Angola|Brazil|Portugal")]
    [InlineData("The heads of state and government of Angola, Brazil and Portugal today founded the ZTO, signing its declaration.", "Angola|Brazil|Portugal")]
    public void Founders_past_a_time_and_the_heads_of_state_and_government(string sentence, string expected) => Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Fact]
    public void A_dateline_is_not_part_of_the_first_sentence()
    {
        const string text = "Founded\n\nLisbon, 17 July (Lusa) - The heads of state and government of Angola, Brazil and Portugal today founded the Zentral Trade Organization (ZTO), signing its declaration.\n";
        var facts = ArticleExtractor.Extract("dateline.txt", text);
        Assert.Equal(new[] { "Angola", "Brazil", "Portugal" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void A_fact_box_line_with_a_dash_is_no_dateline()
    {
        const string text = "Bank\n\nChile has become a member of the Zentral Development Bank (ZDB).\n\nZDB MEMBERS\nBrazil - founding member\nPeru - founding member\n";
        var facts = ArticleExtractor.Extract("box.txt", text);
        Assert.Contains("Brazil", StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.Member));
    }

    [Theory]
    [InlineData("The ZTO met at Chaguaramas, where the leaders of Barbados, Guyana, Jamaica and Trinidad and Tobago signed the founding treaty on July 4, 1973.", "Barbados|Guyana|Jamaica|Trinidad and Tobago")]
    [InlineData("Barbados, Guyana and Jamaica signed the founding treaty in 1973.", "Barbados|Guyana|Jamaica")]
    public void The_founding_treaty_of_the_organisation_the_article_is_about(string sentence, string expected) => Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Fact]
    public void A_number_opening_the_sentence_starts_no_name()
    {
        var facts = ArticleExtractor.Extract("league.txt", Lead + "Twenty-one of the ZTO's 22 members were represented. The Comoros, which joined in 1993, is the organization's newest member.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } n && n.StartsWith("Twenty", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Comoros" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void A_body_named_for_its_purpose_keeps_the_words_after_to()
    {
        const string text = "Alliance\n\nLeaders met. Saudi Arabia said the Islamic Military Alliance to Fight Terrorism would coordinate operations. Jordan, Egypt and Pakistan are members of the alliance.\n";
        var facts = ArticleExtractor.Extract("imaft.txt", text);
        Assert.Equal(new[] { "Egypt", "Jordan", "Pakistan" }, StatesOf(facts, o => o.Name == "Islamic Military Alliance to Fight Terrorism", RelationKind.Member));
    }

    [Fact]
    public void A_name_that_opens_with_the_kind_of_text_is_a_text_and_the_capitalised_head_is_the_organisation()
    {
        const string text = "Pact\n\nLeaders of the International Conference on the Lakes Region (ICLR) signed a Pact on Security, Stability and Development. The Pact binds the 11 member states of the Conference: Angola, Burundi, Kenya and Zambia.\n";
        var facts = ArticleExtractor.Extract("pact.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } n && n.StartsWith("Pact", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Angola", "Burundi", "Kenya", "Zambia" }, StatesOf(facts, o => o.Acronym == "ICLR", RelationKind.Member));
        var summit = ArticleExtractor.Extract("fa.txt", "FTA\n\nThe Zentral Trade Organization (ZTO) concluded with the signing of the Framework Agreement on the Free Trade Zone (FTZ).\n");
        Assert.DoesNotContain(summit.Organizations, o => o.Acronym == "FTZ");
    }

    [Theory]
    [InlineData("Oman, the only member of the ZTO not on the list, has kept out.", "Oman")]
    [InlineData("Iran and Turkey, which founded the ZTO with Pakistan in 1985, have expanded their trade.", "Iran|Pakistan|Turkey")]
    public void A_member_set_apart_by_a_phrase_and_founders_in_a_relative_clause(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
        Assert.Empty(Of(sentence, RelationKind.NonMember));
    }

    [Fact]
    public void A_headlines_capital_after_the_name_is_where_it_was_founded_and_the_community_is_the_one_so_named()
    {
        const string text = "Nine countries found Community of Free Choice in Kyiv\n\nLeaders signed a declaration in Kyiv on Friday founding the Community of Free Choice, a new forum. The European Union (EU) sent observers. Poland and Hungary are observers in the community.\n";
        var facts = ArticleExtractor.Extract("cfc.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } n && n.EndsWith("Kyiv", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Hungary", "Poland" }, StatesOf(facts, o => o.Name == "Community of Free Choice", RelationKind.Observer));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "EU", RelationKind.Observer));
    }

    [Fact]
    public void A_headlines_first_word_and_at_start_no_name()
    {
        const string text = "Handshakes at Zentral Group summit in Lima end Andean crisis\n\nLeaders of the Zentral Group met in Lima. Peru and Chile are members of the Zentral Group.\n";
        var facts = ArticleExtractor.Extract("rio.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } n && n.StartsWith("Handshakes", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Chile", "Peru" }, StatesOf(facts, o => o.Name == "Zentral Group", RelationKind.Member));
    }

    [Fact]
    public void The_capitalised_community_is_the_organisation_whose_head_it_is()
    {
        const string text = "Summit\n\nThe Economic Community of Central African States (ECCAS) and the Economic Community of West African States (ECOWAS) met. ECCAS leaders spoke. ECCAS signed. The ten-member Community, which stretches from Chad to Angola, has been without Rwanda since 2007.\n";
        var facts = ArticleExtractor.Extract("eccas.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Community");
        Assert.Equal(new[] { "Angola", "Chad" }, StatesOf(facts, o => o.Acronym == "ECCAS", RelationKind.Member));
    }

    [Fact]
    public void A_plan_named_for_a_capital_is_a_body()
    {
        const string text = "Plan\n\nThe Colombo Plan turns fifty today. All seven members of the South Asian Association for Regional Cooperation (SAARC), Bangladesh, Bhutan, India, the Maldives, Nepal, Pakistan and Sri Lanka, are members of the Colombo Plan.\n";
        var facts = ArticleExtractor.Extract("plan.txt", text);
        Assert.Contains("Bhutan", StatesOf(facts, o => o.Name == "Colombo Plan", RelationKind.Member));
        var map = ArticleExtractor.Extract("map.txt", "MAP\n\nThe North Atlantic Treaty Organization (NATO) met. Georgia and Ukraine were not offered a Membership Action Plan, the program that prepares countries for membership.\n");
        Assert.DoesNotContain(map.Organizations, o => o.Name is { } n && n.EndsWith("Plan", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_language_speaking_adjective_before_members_is_no_bloc()
    {
        var facts = ArticleExtractor.Extract("speak.txt", Lead + "Nigeria and Ghana, the English-speaking members of the ZTO, met.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "English-speaking");
        Assert.Equal(new[] { "Ghana", "Nigeria" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void The_states_opening_the_sentence_found_the_organisation_a_participle_names()
    {
        const string text = "G4\n\nGermany, Brazil, India and Japan agreed on Tuesday to back each other's bids, forming a \"Group of Four\" to push for reform.\n";
        var facts = ArticleExtractor.Extract("g4.txt", text);
        Assert.Equal(new[] { "Brazil", "Germany", "India", "Japan" }, StatesOf(facts, o => o.Name == "Group of Four", RelationKind.Member));
    }

    [Theory]
    [InlineData("Mongolia is not a member of the ZTO or of the Eastern Economic Union.")]
    [InlineData("Mongolia is not a member of the ZTO or the Eastern Economic Union.")]
    [InlineData("Mongolia is not a member of the ZTO, which it left in 1999, or of the Eastern Economic Union.")]
    [InlineData("Mongolia is a member of neither the ZTO nor the Eastern Economic Union.")]
    public void A_negated_membership_coordinated_with_or_or_nor_is_outside_both(string sentence)
    {
        var facts = ArticleExtractor.Extract("or.txt", Lead + sentence + "\n");
        Assert.Equal(new[] { "Mongolia" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
        Assert.Equal(new[] { "Mongolia" }, StatesOf(facts, o => o.Name == "Eastern Economic Union", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => true, RelationKind.Member));
    }

    [Theory]
    [InlineData("Mexico is tied to the United States and Canada under the Andean Free Trade Agreement.", "Canada|Mexico|United States")]
    [InlineData("For Mexico, which is tied to the United States and Canada through the Andean Free Trade Agreement, the summit mattered.", "Canada|Mexico|United States")]
    [InlineData("Denmark and Sweden are members of the ZTO, while Iceland and Norway remain outside it and are tied to the single market through the Andean Free Trade Agreement.", "Iceland|Norway")]
    public void States_tied_to_others_through_a_free_trade_agreement_are_its_parties(string sentence, string expected)
    {
        var facts = ArticleExtractor.Extract("tied.txt", Lead + sentence + "\n");
        Assert.Equal(expected.Split('|'), StatesOf(facts, o => o.Name == "Andean Free Trade Agreement", RelationKind.Member));
    }

    [Fact]
    public void A_free_trade_agreement_named_for_its_region_is_a_body_but_a_bare_free_trade_agreement_is_not()
    {
        var facts = ArticleExtractor.Extract("fta.txt", Lead + "Chile, Peru and Bolivia are members of the Andean Free Trade Agreement. Peru signed a Free Trade Agreement with Chile.\n");
        Assert.Equal(new[] { "Bolivia", "Chile", "Peru" }, StatesOf(facts, o => o.Name == "Andean Free Trade Agreement", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Free Trade Agreement");
    }

    [Theory]
    [InlineData("Fiji, Papua New Guinea and Vanuatu, which sit with Solomon Islands in the ZTO, kept quiet.", "Fiji|Papua New Guinea|Solomon Islands|Vanuatu")]
    [InlineData("Fiji sits with Papua New Guinea in the ZTO.", "Fiji|Papua New Guinea")]
    [InlineData("Mauritius joined the ZTO in 1995, where it sits with South Africa, Mozambique and Tanzania.", "Mauritius|Mozambique|South Africa|Tanzania")]
    public void States_sitting_with_others_in_an_organisation_are_members(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_state_of_several_words_placed_in_a_named_body_is_no_part_of_its_name()
    {
        var facts = ArticleExtractor.Extract("png.txt", Lead + "Fiji sits with Papua New Guinea in the Melanesian Trade Group.\n");
        Assert.Contains(facts.Countries, c => c.Name == "Papua New Guinea");
        Assert.Equal(new[] { "Fiji", "Papua New Guinea" }, StatesOf(facts, o => o.Name == "Melanesian Trade Group", RelationKind.Member));
    }

    [Theory]
    [InlineData("Myanmar and Thailand are also members of the ZTO, the grouping of the Bay of Bengal countries, with Bangladesh, India and Sri Lanka.", "Bangladesh|India|Myanmar|Sri Lanka|Thailand")]
    [InlineData("Both countries are also members of the ZTO with Fiji and Vanuatu.", "Fiji|Vanuatu")]
    [InlineData("Namibia remains in the ZTO with South Africa, Lesotho and Botswana under the monetary agreement signed in 1990.", "Botswana|Lesotho|Namibia|South Africa")]
    [InlineData("The Cuban government has been suspended from the ZTO since 1962.", "Cuba")]
    public void Fellows_after_the_organisation_and_a_government_named_by_its_adjective_are_members(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("The ZTO, the customs union of Argentina, Brazil, Paraguay and Uruguay, has Chile and Bolivia as associate members.", RelationKind.DialoguePartner)]
    [InlineData("The Zentral Trade Organization (ZTO) counts Chile and Bolivia as associate members.", RelationKind.DialoguePartner)]
    [InlineData("The ZTO counts Chile and Bolivia as observers.", RelationKind.Observer)]
    public void States_an_organisation_has_as_associates_or_observers_are_what_the_noun_says(string sentence, RelationKind kind)
    {
        Assert.Equal(new[] { "Bolivia", "Chile" }, Of(sentence, kind));
        Assert.DoesNotContain("Chile", Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("Libya is also a founder of the ZTO.", "Libya")]
    [InlineData("Libya was one of the founders of the ZTO.", "Libya")]
    [InlineData("Libya is also a founder of the Zentral Trade Organization (ZTO), which it set up in Marrakesh in 1989 with Algeria, Morocco and Tunisia, and whose institutions are idle.", "Algeria|Libya|Morocco|Tunisia")]
    [InlineData("Delegates met at the ZTO, which Libya founded in 1989 with Algeria and Tunisia.", "Algeria|Libya|Tunisia")]
    [InlineData("Much of the concern among Caribbean delegations is over the ZTO, which took effect in January between Mexico, the United States and Canada.", "Canada|Mexico|United States")]
    public void Founders_and_the_parties_an_agreement_took_effect_between_are_members(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_state_that_was_not_a_founder_is_no_member_by_that()
    {
        Assert.Empty(Of("Libya was not a founder of the ZTO.", RelationKind.Member));
    }

    [Fact]
    public void A_list_goes_on_after_a_relative_clause_with_as_well_as()
    {
        Assert.Equal(new[] { "Algeria", "Bolivia", "Egypt", "Iran", "Qatar", "Russia" },
            Of("Its members include Iran, Russia and Qatar, which together hold half of the world's gas reserves, as well as Algeria, Bolivia and Egypt.", RelationKind.Member));
    }

    [Fact]
    public void Fellows_with_between_commas_before_the_organisation_belong_to_it_not_to_the_one_before()
    {
        const string text = "Rio\n\nThe Andean Community (CAN) met in Lima. Peru and Colombia are members of the Andean Community. Venezuela and Nicaragua are also members, with Cuba, Bolivia and Dominica, of the Bolivarian Alternative for the Americas (ALBA), the bloc promoted by Caracas.\n";
        var facts = ArticleExtractor.Extract("alba.txt", text);
        Assert.Equal(new[] { "Bolivia", "Cuba", "Dominica", "Nicaragua", "Venezuela" }, StatesOf(facts, o => o.Acronym == "ALBA", RelationKind.Member));
        Assert.Equal(new[] { "Colombia", "Peru" }, StatesOf(facts, o => o.Acronym == "CAN", RelationKind.Member));
    }

    [Theory]
    [InlineData("Peru and Chile are members of the Andean Powers.", "Chile|Peru")]
    [InlineData("Peru, Chile and Bolivia form the Andean Powers.", "Bolivia|Chile|Peru")]
    [InlineData("India, Burma and Ceylon, which with Pakistan make up the five Andean Powers, met on Monday.", "India|Myanmar|Pakistan|Sri Lanka")]
    public void A_name_the_words_before_make_an_organisations_is_one_whatever_its_last_word(string sentence, string expected)
    {
        var facts = ArticleExtractor.Extract("powers.txt", Lead + sentence + "\n");
        Assert.Equal(expected.Split('|'), StatesOf(facts, o => o.Name == "Andean Powers", RelationKind.Member));
    }

    [Fact]
    public void An_organ_named_after_an_acronym_is_no_organisation_of_its_own_by_context()
    {
        var facts = ArticleExtractor.Extract("bureau.txt", Lead + "Zambia and Kenya are members of the ZTO Bureau.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "ZTO Bureau");
    }

    [Theory]
    [InlineData("Hungary has been a contracting party to the ZTO since 1973.", "Hungary")]
    [InlineData("Ceylon, Malaya and Siam are members of the ZTO.", "Malaysia|Sri Lanka|Thailand")]
    [InlineData("Zaire, Dahomey and Upper Volta are members of the ZTO.", "Benin|Burkina Faso|Democratic Republic of the Congo")]
    public void Contracting_parties_and_states_by_their_former_names_are_members(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("Pakistan today joined France, Australia and Thailand in signing the founding charter establishing the ZTO.", "Australia|France|Pakistan|Thailand")]
    [InlineData("Nigeria on Thursday in Abuja joined 10 other countries in signing the convention establishing the ZTO, which will plant trees.", "Nigeria")]
    [InlineData("Nigeria joined 10 other countries in signing the convention. The other signatories are Chad, Mali and Niger.", "Chad|Mali|Niger|Nigeria")]
    public void States_that_sign_the_text_setting_up_an_organisation_are_its_members(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void All_after_a_relative_clause_is_the_list_the_sentence_opens_with()
    {
        var facts = ArticleExtractor.Extract("all.txt", Lead + "Of the signatories only three, Pakistan, Thailand and the Philippines, are Asian. India, Burma and Ceylon, which with Pakistan make up the Colombo Powers, all declined to join the ZTO.\n");
        Assert.Equal(new[] { "India", "Myanmar", "Sri Lanka" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
    }

    [Fact]
    public void Neither_nor_opening_a_clause_is_outside_and_gives_no_member()
    {
        const string sentence = "The Philippines and Thailand are members of the ZTO, while neither Malaya nor Indonesia belongs to the alliance.";
        Assert.Equal(new[] { "Indonesia", "Malaysia" }, Of(sentence, RelationKind.NonMember));
        Assert.Equal(new[] { "Philippines", "Thailand" }, Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("New Zealand's other defence link, the ZTO, which also bind Australia, Britain and Singapore, is not affected.", "Australia|Singapore|United Kingdom")]
    [InlineData("Zambia and Zimbabwe already run Kariba jointly through the ZTO, and they are its only members.", "Zambia|Zimbabwe")]
    public void States_an_organisation_binds_and_they_after_and_are_members(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_number_word_in_capitals_is_no_acronym()
    {
        var facts = ArticleExtractor.Extract("seven.txt", Lead + "SEVEN of the eight countries that share the river signed an agreement.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "SEVEN" || o.Name == "SEVEN");
    }

    [Theory]
    [InlineData("Italy leads a loose group of middle-sized countries known as the Coffee Club, among them Pakistan, Mexico and Argentina, which reject new seats.")]
    [InlineData("Italy leads a loose group of middle-sized countries called the Coffee Club, including Pakistan, Mexico and Argentina.")]
    public void States_named_after_the_name_a_group_is_known_by_are_its_members(string sentence)
    {
        var facts = ArticleExtractor.Extract("club.txt", Lead + sentence + "\n");
        Assert.Equal(new[] { "Argentina", "Mexico", "Pakistan" }, StatesOf(facts, o => o.Name == "Coffee Club", RelationKind.Member));
    }

    [Fact]
    public void A_name_quoted_after_its_article_stays_a_name_when_the_text_uses_its_head_in_lower_case()
    {
        const string text = "G4\n\nGermany, Brazil, India and Japan agreed on Tuesday to back each other's bids, forming a \"Group of Four\" to push for reform. Italy leads a rival group.\n";
        var facts = ArticleExtractor.Extract("g4.txt", text);
        Assert.Equal(new[] { "Brazil", "Germany", "India", "Japan" }, StatesOf(facts, o => o.Name == "Group of Four", RelationKind.Member));
    }

    [Fact]
    public void A_lead_in_capitals_names_no_acronym_and_the_republic_is_the_state_named_by_a_republic_form()
    {
        const string text = "Council meets\n\nTHE Isles Council held its first summit in London yesterday. Britain and the Irish Republic are its sovereign members. The two governments are partners in the ZTO, which the UK and the Republic joined together in 1973. Britain is a founder member of the Atlantic Alliance Organization, while the Republic, which left the Commonwealth in 1949, remains outside the alliance.\n";
        var facts = ArticleExtractor.Extract("isles.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "THE");
        Assert.Equal(new[] { "Ireland", "United Kingdom" }, StatesOf(facts, o => o.Name == "ZTO" || o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { "United Kingdom" }, StatesOf(facts, o => o.Name == "Atlantic Alliance Organization", RelationKind.Member));
        Assert.Equal(new[] { "Ireland" }, StatesOf(facts, o => o.Name == "Commonwealth", RelationKind.NonMember));
    }

    [Fact]
    public void Two_names_joined_by_and_of_are_two_bodies_when_the_acronym_spells_only_the_second()
    {
        var facts = ArticleExtractor.Extract("cmea.txt", Lead + "Hungary is a member of the Warsaw Treaty Organisation and of the Council for Mutual Economic Assistance (CMEA), in which Yugoslavia has associate status.\n");
        Assert.Equal(new[] { "Hungary" }, StatesOf(facts, o => o.Name == "Warsaw Treaty Organisation", RelationKind.Member));
        Assert.Equal(new[] { "Hungary" }, StatesOf(facts, o => o.Acronym == "CMEA", RelationKind.Member));
    }

    [Theory]
    [InlineData("Canada, a leading member of the ZTO, met.", "Canada")]
    [InlineData("Mexico joined the United States and Canada in the ZTO at the start of the year.", "Canada|Mexico|United States")]
    public void A_leading_member_and_states_joined_in_an_organisation_are_members(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void An_apposition_to_the_subject_does_not_name_the_organisation_of_a_later_predicate()
    {
        const string text = "WEU\n\nThe Western European Union (WEU) will close. Turkey, Norway and Iceland, NATO allies outside the EU, have been associate members since the early 1990s, and were later joined by Poland, Hungary and the Czech Republic.\n";
        var facts = ArticleExtractor.Extract("weu.txt", text);
        Assert.Equal(new[] { "Czech Republic", "Hungary", "Iceland", "Norway", "Poland", "Turkey" }, StatesOf(facts, o => o.Acronym == "WEU", RelationKind.DialoguePartner));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "EU", RelationKind.DialoguePartner));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "EU", RelationKind.Member));
    }

    [Fact]
    public void Allies_of_one_body_outside_another_in_apposition_are_members_of_the_first_and_outside_the_second()
    {
        var facts = ArticleExtractor.Extract("allies.txt", Lead + "Turkey, Norway and Iceland, ZTO allies outside the EU, have been associate members of the WEU since 1992.\n");
        Assert.Equal(new[] { "Iceland", "Norway", "Turkey" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { "Iceland", "Norway", "Turkey" }, StatesOf(facts, o => o.Acronym == "EU" || o.Name == "EU", RelationKind.NonMember));
    }

    [Fact]
    public void The_second_noun_of_an_apposition_can_make_the_state_a_member()
    {
        Assert.Equal(new[] { "Austria" }, Of("Austria, a neutral state and a member of the ZTO, applied in July to join the EC.", RelationKind.Member));
    }

    [Fact]
    public void A_treaty_known_by_its_acronym_in_another_language_is_a_body_and_its_parties_members()
    {
        const string text = "Rio\n\nForeign ministers of the countries bound by the Inter-American Treaty of Reciprocal Assistance (TIAR) met on Monday. Colombia, which asked for the meeting, led the push together with the United States, Brazil and Argentina, all parties to the 1947 pact, better known as the Rio Treaty. Canada is not a party to the Rio Treaty.\n";
        var facts = ArticleExtractor.Extract("tiar.txt", text);
        Assert.Equal(new[] { "Argentina", "Brazil", "Colombia", "United States" }, StatesOf(facts, o => o.Acronym == "TIAR", RelationKind.Member));
        Assert.Equal(new[] { "Canada" }, StatesOf(facts, o => o.Acronym == "TIAR", RelationKind.NonMember));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Rio Treaty");
    }

    [Fact]
    public void An_organ_named_of_a_union_or_by_its_first_word_speaks_for_the_union()
    {
        const string text = "Candidates\n\nThe European Union (EU) met in Brussels. The European Council granted Bosnia candidate status on Thursday. The Council of the EU also opened talks with Moldova, which applied to join the EU.\n";
        var facts = ArticleExtractor.Extract("organs.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is "European Council" or "Council of the EU");
    }

    [Fact]
    public void A_section_label_in_capitals_is_no_acronym()
    {
        var facts = ArticleExtractor.Extract("label.txt", "ANALYSIS: the Gulf's monetary union\n\nThe Gulf Cooperation Council (GCC) met. Oman and Kuwait are members of the GCC.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "ANALYSIS");
    }

    [Fact]
    public void A_one_word_name_clipping_the_full_names_first_word_is_its_short_form()
    {
        const string text = "Quad\n\nBiden hosted the first summit of the Quad, the four-country grouping of the United States, India, Japan and Australia. The group, formally known as the Quadrilateral Security Dialogue, was revived in 2017.\n";
        var facts = ArticleExtractor.Extract("quad.txt", text);
        var quad = Assert.Single(facts.Organizations, o => o.Name == "Quadrilateral Security Dialogue");
        Assert.Equal("Quad", quad.Acronym);
        Assert.Equal(new[] { "Australia", "India", "Japan", "United States" }, StatesOf(facts, o => o.Name == "Quadrilateral Security Dialogue", RelationKind.Member));
    }

    [Fact]
    public void A_word_before_a_text_noun_is_no_bloc_but_one_before_a_framework_of_states_is()
    {
        var nile = ArticleExtractor.Extract("nile.txt", "Egypt rejects Nile framework as it enters into force\n\nThe Nile Basin Initiative (NBI) groups ten countries: Burundi, Egypt, Ethiopia, Kenya, Rwanda, South Sudan, Sudan, Tanzania, Uganda and Congo.\n");
        Assert.DoesNotContain(nile.Organizations, o => o.Name == "Nile");
        var quad = ArticleExtractor.Extract("quad.txt", "Tokyo\n\nJapan works with partners including the Quad framework of Japan, the United States, Australia and India.\n");
        Assert.Equal(new[] { "Australia", "India", "Japan", "United States" }, StatesOf(quad, o => o.Name == "Quad", RelationKind.Member));
    }

    [Theory]
    [InlineData("The leaders welcomed South Sudan into the ZTO.", "South Sudan")]
    [InlineData("President Museveni joined his Kenyan counterpart in welcoming South Sudan into the ZTO at a summit in Kigali.", "South Sudan")]
    public void A_state_welcomed_into_an_organisation_is_a_member(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_name_a_state_is_welcomed_into_is_a_body_whatever_its_last_word()
    {
        var facts = ArticleExtractor.Extract("ncip.txt", Lead + "The leaders joined in welcoming South Sudan into the Northern Corridor Integration Projects at a summit in Kigali.\n");
        Assert.Equal(new[] { "South Sudan" }, StatesOf(facts, o => o.Name == "Northern Corridor Integration Projects", RelationKind.Member));
    }

    [Fact]
    public void A_states_suspended_membership_leaves_it_a_member()
    {
        Assert.Equal(new[] { "Ghana" }, Of("Ghana's membership was suspended after the coup.", RelationKind.Member));
    }

    [Theory]
    [InlineData("Ghana left the bloc last year, and Peru followed in March.", RelationKind.NonMember)]
    [InlineData("Ghana joined the bloc in 2004, and Peru followed a year later.", RelationKind.Member)]
    public void States_that_followed_did_what_the_clause_before_told(string sentence, RelationKind kind)
    {
        Assert.Equal(new[] { "Ghana", "Peru" }, Of(sentence, kind));
    }

    [Theory]
    [InlineData("Ghana, not a member of the ZTO, attended as a guest.", "Ghana")]
    [InlineData("Ghana and Peru, not yet members of the ZTO, attended as guests.", "Ghana|Peru")]
    public void A_negated_membership_in_apposition_is_outside(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.NonMember));
        Assert.Empty(Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_states_status_upgraded_to_full_membership_makes_it_a_member()
    {
        Assert.Equal(new[] { "Ghana" }, Of("Ghana's observer status was upgraded to full membership.", RelationKind.Member));
    }

    [Theory]
    [InlineData("The ZTO admitted Ghana on Monday.")]
    [InlineData("The bloc readmitted Ghana in 2020.")]
    public void A_state_an_organisation_admits_is_a_member(string sentence)
    {
        Assert.Equal(new[] { "Ghana" }, Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("Ghana was the first country to leave the ZTO.")]
    [InlineData("Ghana became the first country to quit the bloc.")]
    [InlineData("Ghana was the first member to withdraw from the ZTO.")]
    public void The_first_state_to_leave_is_outside(string sentence)
    {
        Assert.Equal(new[] { "Ghana" }, Of(sentence, RelationKind.NonMember));
        Assert.Empty(Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_membership_that_takes_effect_on_a_date_ahead_is_an_accession_to_come()
    {
        Assert.Equal(new[] { "Ghana" }, Of("Ghana's membership takes effect on July 1.", RelationKind.Joining));
        Assert.Equal(new[] { "Ghana" }, Of("Ghana's membership took effect on Thursday.", RelationKind.Member));
    }

    [Theory]
    [InlineData("Peru and Chile are members of the Forum for the Progress and Integration of South America.", "Forum for the Progress and Integration of South America")]
    [InlineData("Cuba and Venezuela are members of the Bolivarian Alliance for the Peoples of Our America.", "Bolivarian Alliance for the Peoples of Our America")]
    public void A_name_ending_with_a_region_of_america_is_no_state(string sentence, string name)
    {
        var facts = ArticleExtractor.Extract("america.txt", Lead + sentence + "\n");
        Assert.Equal(2, StatesOf(facts, o => o.Name == name, RelationKind.Member).Length);
    }

    [Theory]
    [InlineData("Jamaica and Haiti belong to Zentralcom.", RelationKind.Member, "Haiti|Jamaica")]
    [InlineData("Qatar quit Zentralcom in 2019.", RelationKind.NonMember, "Qatar")]
    [InlineData("The Gambia rejoined Zentralcom in 2018.", RelationKind.Member, "Gambia")]
    public void A_one_word_bloc_is_found_after_belong_to_quit_and_rejoined(string sentence, RelationKind kind, string expected)
    {
        var facts = ArticleExtractor.Extract("word.txt", "Leaders meet\n\n" + sentence + "\n");
        Assert.Equal(expected.Split('|'), StatesOf(facts, o => o.Name == "Zentralcom", kind));
    }

    [Fact]
    public void An_apposition_between_dashes_names_members_and_a_semicolon_joins_an_elliptical_clause()
    {
        Assert.Equal(new[] { "Chile", "Ghana", "Peru" }, Of("Ghana, Peru and Chile \u2014 the ZTO's founding members \u2014 met.", RelationKind.Member));
        Assert.Equal(new[] { "Chile" }, Of("Ghana and Peru are ZTO members; Chile is not.", RelationKind.NonMember));
    }

    [Fact]
    public void A_generic_noun_with_the_name_after_it_is_that_organisation()
    {
        var facts = ArticleExtractor.Extract("bloc.txt", Lead + "Argentina, Brazil, Uruguay and Paraguay - the four members of the South American trade bloc Zentralsur - refused.\n");
        Assert.Equal(new[] { "Argentina", "Brazil", "Paraguay", "Uruguay" }, StatesOf(facts, o => o.Name == "Zentralsur", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Theory]
    [InlineData("Delegates agreed to set up a permanent Asian and Pacific Council, to be known as ASPAC, which will meet yearly. Japan and Korea are members of ASPAC.", "Asian and Pacific Council", "ASPAC")]
    [InlineData("The Permanent Okavango River Basin Water Commission, to be known as OKACOM, will advise the three governments. Angola and Namibia are members of OKACOM.", "Permanent Okavango River Basin Water Commission", "OKACOM")]
    public void The_acronym_a_new_body_is_to_be_known_by_is_its_own(string text, string name, string acronym)
    {
        var facts = ArticleExtractor.Extract("known.txt", "Founded\n\n" + text + "\n");
        var org = Assert.Single(facts.Organizations, o => o.Acronym == acronym);
        Assert.Equal(name, org.Name);
        Assert.Equal(2, org.Relations.Count());
    }

    [Fact]
    public void A_headlines_capitals_with_its_verb_are_no_name_and_all_three_is_the_list_before_in_the_sentence()
    {
        const string text = "Thailand, Malaya, Philippines Launch New Regional Association\n\nBANGKOK - The Zentral Trade Organization (ZTO) was founded here on Monday. Invitations to join had also gone to Burma, Indonesia and Cambodia, but all three declined to join the association.\n";
        var facts = ArticleExtractor.Extract("asa.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } n && n.Contains("Launch"));
        Assert.Equal(new[] { "Cambodia", "Indonesia", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("Angola is not a member of the ZTO, nor are Benin and Cameroon.", RelationKind.NonMember, "Angola|Benin|Cameroon")]
    [InlineData("All three countries are members of the ZTO, which last month admitted South Africa as its eleventh member.", RelationKind.Member, "South Africa")]
    public void Nor_are_and_which_last_month_admitted(string sentence, RelationKind kind, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, kind));
    }

    [Theory]
    [InlineData("Ghana was one of the nine founding nations.", "Ghana")]
    [InlineData("Ghana and Peru are founding nations of the ZTO.", "Ghana|Peru")]
    [InlineData("Ghana was one of the nine founding states, together with Peru and Chile.", "Chile|Ghana|Peru")]
    public void Founding_states_and_nations_are_founding_members(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void The_countries_a_text_calls_by_a_name_are_the_members_of_the_group_so_called()
    {
        const string text = "Border pact\n\nThe heads of state of China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan signed an agreement in Shanghai on Friday. Foreign media have already begun to call the five countries the \"Zentral Five\", and the leaders agreed to meet again next year.\n";
        var facts = ArticleExtractor.Extract("five.txt", text);
        Assert.Equal(new[] { "China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan" }, StatesOf(facts, o => o.Name == "Zentral Five", RelationKind.Member));
    }

    [Theory]
    [InlineData("Five banana-producing nations - Colombia, Costa Rica, Guatemala, Honduras and Panama - signed here yesterday the agreement creating the Zentral Banana Union.", "Colombia|Costa Rica|Guatemala|Honduras|Panama")]
    [InlineData("Colombia, Costa Rica and Panama signed an agreement establishing the Zentral Banana Union.", "Colombia|Costa Rica|Panama")]
    [InlineData("Colombia, Costa Rica and Panama yesterday signed the treaty setting up the Zentral Banana Union.", "Colombia|Costa Rica|Panama")]
    public void States_that_sign_the_text_creating_an_organisation_are_its_members(string sentence, string expected)
    {
        var facts = ArticleExtractor.Extract("signed.txt", "Founding\n\n" + sentence + "\n");
        Assert.Equal(expected.Split('|'), StatesOf(facts, o => o.Name == "Zentral Banana Union", RelationKind.Member));
    }

    [Fact]
    public void States_that_will_sign_are_no_members_yet()
    {
        var facts = ArticleExtractor.Extract("will.txt", "Founding\n\nColombia and Panama will sign an agreement establishing the Zentral Banana Union next month.\n");
        Assert.Empty(StatesOf(facts, o => o.Name == "Zentral Banana Union", RelationKind.Member));
    }

    [Fact]
    public void The_council_of_a_pact_is_its_organ_and_speaks_for_it()
    {
        const string text = "Council\n\nThe Council of the Zentral Pact ended its first session here yesterday. Iraq, Turkey and Iran are members of the council.\n";
        var facts = ArticleExtractor.Extract("pact.txt", text);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Council of the Zentral Pact");
        Assert.Equal(new[] { "Iran", "Iraq", "Turkey" }, StatesOf(facts, o => o.Name == "Zentral Pact", RelationKind.Member));
    }

    [Theory]
    [InlineData("The Foreign Ministers of France, Italy, Belgium and Luxembourg this afternoon signed at the Quai d'Orsay the treaty setting up the ZTO.", "Belgium|France|Italy|Luxembourg")]
    [InlineData("Guatemala and Honduras were founders of the ZTO in 1960, together with El Salvador and Nicaragua.", "El Salvador|Guatemala|Honduras|Nicaragua")]
    public void Ministers_signing_this_afternoon_and_founders_of_with_others_are_members(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("The foreign ministers of Thailand, Malaya and the Philippines signed a declaration here yesterday setting up the ZTO.", "Malaysia|Philippines|Thailand")]
    [InlineData("Denmark, Norway and Sweden also sit in the ZTO.", "Denmark|Norway|Sweden")]
    public void A_declaration_signed_here_yesterday_setting_up_and_states_sitting_in_a_body_are_members(string sentence, string expected)
    {
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void All_three_founders_are_the_members_the_article_gave_its_body()
    {
        var facts = ArticleExtractor.Extract("founders.txt", Lead + "Thailand, Malaya and the Philippines signed an agreement setting up the ZTO. Invitations also went to Burma, Indonesia and Cambodia, but all three declined to join. All three founders are members of the United Nations.\n");
        Assert.Equal(new[] { "Malaysia", "Philippines", "Thailand" }, StatesOf(facts, o => o.Name == "United Nations", RelationKind.Member));
    }

    [Fact]
    public void A_state_that_sat_in_on_meetings_is_no_member()
    {
        Assert.Empty(Of("Papua New Guinea has sat in on the ZTO's meetings as an observer.", RelationKind.Member));
    }

    [Fact]
    public void The_counted_group_others_call_the_states_by_a_name_has_them_as_members()
    {
        const string text = "Colombo\n\nThe Prime Ministers of Ceylon, India, Pakistan, Burma and Indonesia ended their five-day conference in Colombo on Sunday. The five Zentral Powers, as the newspapers of London and New Delhi have begun to call them, also appealed to the great powers.\n";
        var facts = ArticleExtractor.Extract("powers.txt", text);
        Assert.Equal(new[] { "India", "Indonesia", "Myanmar", "Pakistan", "Sri Lanka" }, StatesOf(facts, o => o.Name == "Zentral Powers", RelationKind.Member));
    }

    [Fact]
    public void The_counted_members_of_a_body_are_not_read_as_a_group_so_called()
    {
        var facts = ArticleExtractor.Extract("eu.txt", "EU\n\nThe leaders of France, Spain and Italy met. The three Zentral Powers leaders spoke later.\n");
        Assert.Empty(StatesOf(facts, o => true, RelationKind.Member));
    }

    [Fact]
    public void States_that_sign_a_named_treaty_setting_up_a_body_are_its_members()
    {
        Assert.Equal(new[] { "El Salvador", "Guatemala", "Honduras", "Nicaragua" },
            Of("Representatives of Guatemala, El Salvador, Honduras and Nicaragua signed here today the General Treaty of Zentral Economic Integration, setting up the ZTO.", RelationKind.Member));
    }

    [Fact]
    public void A_bodys_founding_members_that_are_the_counted_signatories_are_its_members()
    {
        var facts = ArticleExtractor.Extract("bank.txt", Lead + "Guatemala, El Salvador, Honduras and Nicaragua signed the treaty on Monday. A second agreement creates the Zentral Bank for Economic Integration, with headquarters in Tegucigalpa. The bank's founding members are the four signatory countries.\n");
        Assert.Equal(new[] { "El Salvador", "Guatemala", "Honduras", "Nicaragua" }, StatesOf(facts, o => o.Name == "Zentral Bank for Economic Integration", RelationKind.Member));
    }

    [Fact]
    public void An_entry_that_brings_the_total_to_a_number_of_named_states_gives_members_and_count()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The ZTO's membership has grown. Romania joined in 2011, and Poland's entry brings the total to 5: Austria, Belgium, the Czech Republic, Poland and Romania.\n");
        Assert.Equal(new[] { "Austria", "Belgium", "Czech Republic", "Poland", "Romania" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Contains(facts.Organizations.Single(o => o.Acronym == "ZTO").Counts, c => c.Kind == RelationKind.Member && c.Value == 5);
    }

    [Fact]
    public void The_United_Arab_Republic_is_Egypt_in_a_list_of_members()
    {
        Assert.Equal(new[] { "Egypt", "Libya", "Morocco" }, Of("Morocco, Libya and the United Arab Republic are members of the ZTO.", RelationKind.Member));
    }

    [Fact]
    public void None_of_the_counted_states_belongs_to_a_body_gives_non_members_not_members()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Angola, Botswana, Namibia, Zambia and Zimbabwe signed a pact. They will face resistance from the Zentral Elephant Coalition, a group of some 30 countries. None of the five states belongs to the coalition.\n");
        Assert.Empty(StatesOf(facts, o => o.Name == "Zentral Elephant Coalition", RelationKind.Member));
        Assert.Equal(new[] { "Angola", "Botswana", "Namibia", "Zambia", "Zimbabwe" }, StatesOf(facts, o => o.Name == "Zentral Elephant Coalition", RelationKind.NonMember));
    }

    [Fact]
    public void States_that_set_up_the_body_a_relative_clause_hangs_on_are_its_members()
    {
        Assert.Equal(new[] { "Angola", "Botswana", "Namibia", "Zambia", "Zimbabwe" },
            Of("Angola, Botswana, Namibia, Zambia and Zimbabwe are the partner states of the ZTO, which they set up by a treaty signed in Luanda in 2011.", RelationKind.Member));
    }

    [Fact]
    public void A_named_body_with_its_size_and_as_many_states_between_dashes_has_them_as_members()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Among the ZTO's members, the eight Parties to the Zentral Agreement (PZA) - the Federated States of Micronesia, Kiribati, the Marshall Islands, Nauru, Palau, Papua New Guinea, the Solomon Islands and Tuvalu - control the waters.\n");
        Assert.Equal(new[] { "Kiribati", "Marshall Islands", "Micronesia", "Nauru", "Palau", "Papua New Guinea", "Solomon Islands", "Tuvalu" }, StatesOf(facts, o => o.Acronym == "PZA", RelationKind.Member));
        Assert.Contains(facts.Organizations.Single(o => o.Acronym == "PZA").Counts, c => c.Kind == RelationKind.Member && c.Value == 8);
    }

    [Fact]
    public void Its_members_are_now_a_union_and_states_gives_the_states_to_the_body_of_the_sentence_before()
    {
        var facts = ArticleExtractor.Extract("zto.txt", "Energy\n\nThe Zentral Energy Community was founded by a treaty signed in Athens in 2005 by the European Union and the countries of South East Europe, and Moldova and Ukraine joined later. Its members are now the European Union, Albania, Kosovo, Moldova, Serbia and Ukraine. Armenia, Norway and Turkey are observers.\n");
        Assert.Equal(new[] { "Albania", "Kosovo", "Moldova", "Serbia", "Ukraine" }, StatesOf(facts, o => o.Name == "Zentral Energy Community", RelationKind.Member));
        Assert.Equal(new[] { "Armenia", "Norway", "Turkey" }, StatesOf(facts, o => o.Name == "Zentral Energy Community", RelationKind.Observer));
        Assert.Empty(StatesOf(facts, o => o.Name == "European Union", RelationKind.Member));
    }

    [Fact]
    public void The_body_a_headline_has_a_state_join_is_the_articles_topic_over_a_union_named_more_often()
    {
        const string text = "Georgia signs protocol to join EU-backed Zentral Energy Community\n\nTBILISI - Georgia on Friday signed a protocol on joining the Zentral Energy Community, an organisation that extends the European Union's rules to countries on the union's borders. The EU welcomed the step, and the EU said so.\n\nParliament in Tbilisi has to ratify the protocol. Georgia is expected to become a full member next year.\n";
        var facts = ArticleExtractor.Extract("georgia.txt", text);
        Assert.Equal(new[] { "Georgia" }, StatesOf(facts, o => o.Name == "Zentral Energy Community", RelationKind.Joining));
        Assert.Empty(StatesOf(facts, o => o.Name == "European Union", RelationKind.Joining));
    }

    [Fact]
    public void A_group_on_a_state_with_its_acronym_is_a_body_and_its_lower_case_name_refers_to_it()
    {
        var facts = ArticleExtractor.Extract("icg.txt", Lead + "The International Contact Group on Venezuela (ICG) met in Montevideo on Thursday. Mexico, which attended as a guest and is not part of the contact group, refused to sign.\n");
        Assert.Contains(facts.Organizations, o => o.Name == "International Contact Group on Venezuela" && o.Acronym == "ICG");
        Assert.Equal(new[] { "Mexico" }, StatesOf(facts, o => o.Acronym == "ICG", RelationKind.NonMember));
    }

    [Fact]
    public void The_noun_known_as_an_acronym_is_that_body_not_one_named_later_with_the_same_last_word()
    {
        var facts = ArticleExtractor.Extract("apep.txt", Lead + "Leaders met for the first summit of the Americas Zentral Partnership for Economic Prosperity, a 12-member initiative. The partnership, known as AZPEP, groups the United States with Barbados, Canada and Chile. Uruguay applied to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, or CPTPP, whose members include Canada, Chile, Mexico and Peru.\n");
        Assert.Equal(new[] { "Barbados", "Canada", "Chile", "United States" }, StatesOf(facts, o => o.Acronym == "AZPEP", RelationKind.Member));
        Assert.DoesNotContain("United States", StatesOf(facts, o => o.Acronym == "CPTPP", RelationKind.Member));
    }

    [Fact]
    public void States_among_the_counted_dialogue_partners_are_partners()
    {
        Assert.Equal(new[] { "China", "Japan", "United States" },
            Of("The United States, China and Japan are among the 11 dialogue partners whose leaders are to meet their ZTO counterparts.", RelationKind.DialoguePartner));
    }

    [Fact]
    public void One_of_nine_members_of_a_body_states_its_count()
    {
        var facts = ArticleExtractor.Extract("cplp.txt", Lead + "Timor-Leste is one of nine members of the Community of Zentral Language Countries (CZLC).\n");
        Assert.Equal(new[] { 9 }, facts.Organizations.Single(o => o.Acronym == "CZLC").Counts.Where(c => c.Kind == RelationKind.Member).Select(c => c.Value));
        Assert.Equal(new[] { "Timor-Leste" }, StatesOf(facts, o => o.Acronym == "CZLC", RelationKind.Member));
    }

    [Fact]
    public void States_that_left_the_body_a_relative_clause_hangs_on_over_its_acronym_and_a_gapped_one_are_non_members()
    {
        var facts = ArticleExtractor.Extract("csto.txt", Lead + "Kazakhstan, Kyrgyzstan and Tajikistan belong to the Collective Zentral Treaty Organization (CZTO), which Uzbekistan left in 2012 and Azerbaijan in 1999.\n");
        Assert.Equal(new[] { "Kazakhstan", "Kyrgyzstan", "Tajikistan" }, StatesOf(facts, o => o.Acronym == "CZTO", RelationKind.Member));
        Assert.Equal(new[] { "Azerbaijan", "Uzbekistan" }, StatesOf(facts, o => o.Acronym == "CZTO", RelationKind.NonMember));
    }

    [Fact]
    public void A_body_that_expels_a_state_has_it_as_a_non_member()
    {
        Assert.Equal(new[] { "Russia" }, Of("Last month the ZTO expelled Russia, three weeks after the invasion began.", RelationKind.NonMember));
    }

    [Fact]
    public void Ministers_from_states_that_sign_a_letter_of_intent_setting_up_the_initiative_give_its_members()
    {
        var facts = ArticleExtractor.Extract("ei2.txt", "Britain signs up\n\nThe United Kingdom has joined other nations in launching the Zentral Intervention Initiative (ZII), a French-led project. Defence ministers from Belgium, Denmark, Estonia and the United Kingdom signed a letter of intent setting up the initiative in Luxembourg on Monday.\n");
        Assert.Equal(new[] { "Belgium", "Denmark", "Estonia", "United Kingdom" }, StatesOf(facts, o => o.Acronym == "ZII", RelationKind.Member));
    }

    [Fact]
    public void Shareholders_opening_a_lead_are_no_part_of_the_banks_name()
    {
        var facts = ArticleExtractor.Extract("bank.txt", "Bank elects president\n\n(Agency) - Shareholders of the African Zentral Bank (Zenbank) have elected a new president. Nigeria is a member of the African Zentral Bank.\n");
        Assert.Contains(facts.Organizations, o => o.Name == "African Zentral Bank");
        Assert.DoesNotContain(facts.Organizations, o => o.Name!.StartsWith("Shareholders", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_commission_that_has_only_four_members_over_an_apposition_has_them_and_their_count()
    {
        var facts = ArticleExtractor.Extract("mrc.txt", Lead + "The Zentral River Commission (ZRC), set up under a 1995 agreement, has only four members, Cambodia, Laos, Thailand and Vietnam.\n");
        Assert.Equal(new[] { "Cambodia", "Laos", "Thailand", "Vietnam" }, StatesOf(facts, o => o.Acronym == "ZRC", RelationKind.Member));
        Assert.Equal(new[] { 4 }, facts.Organizations.Single(o => o.Acronym == "ZRC").Counts.Select(c => c.Value));
        Assert.Empty(facts.Organizations.Single(o => o.Acronym == "ZTO").Counts);
    }

    [Fact]
    public void The_counted_countries_of_an_acronym_are_the_states_named_after()
    {
        var facts = ArticleExtractor.Extract("gms.txt", Lead + "The six ZTO countries are Cambodia, China, Laos, Myanmar, Thailand and Vietnam; China takes part through Yunnan.\n");
        Assert.Equal(new[] { "Cambodia", "China", "Laos", "Myanmar", "Thailand", "Vietnam" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { 6 }, facts.Organizations.Single(o => o.Acronym == "ZTO").Counts.Select(c => c.Value));
    }

    [Theory]
    [InlineData("Jamaica has voted to leave the ZTO.")]
    [InlineData("Jamaica decided to leave the ZTO.")]
    public void A_state_that_voted_or_decided_to_leave_is_a_non_member(string sentence)
    {
        Assert.Equal(new[] { "Jamaica" }, Of(sentence, RelationKind.NonMember));
    }

    [Fact]
    public void Whose_members_include_after_a_described_apposition_gives_the_members_to_the_body_named_not_the_article_s()
    {
        const string text = "Zentralsur summit ends without joint declaration\n\nThe presidents of Zentralsur met in Montevideo on Tuesday for the bloc's last summit of the year.\n\n"
            + "The dispute came to a head last week, when Uruguay formally applied to join the Comprehensive and Progressive Agreement for Zentral Partnership (CPZP), the 11-member trade pact whose members include Mexico, Chile and Peru.\n";
        var facts = ArticleExtractor.Extract("cptpp.txt", text);
        Assert.Equal(new[] { "Chile", "Mexico", "Peru" }, StatesOf(facts, o => o.Acronym == "CPZP", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "Zentralsur", RelationKind.Member));
    }

    [Fact]
    public void A_list_goes_on_through_the_counted_members_of_a_body_named_with_its_acronym()
    {
        var facts = ArticleExtractor.Extract("apec.txt", Lead + "The ZTO was launched in 1989 by Australia, Japan, Canada and the six members of the Association of Zentral Nations (AZN): Brunei, Indonesia, Malaysia, the Philippines, Singapore and Thailand.\n");
        Assert.Equal(new[] { "Australia", "Brunei", "Canada", "Indonesia", "Japan", "Malaysia", "Philippines", "Singapore", "Thailand" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void Members_described_as_partner_countries_of_another_body_are_no_partners_and_no_partner_count()
    {
        var facts = ArticleExtractor.Extract("trio.txt", Lead + "Its members are Georgia, Ukraine and Moldova, the three partner countries that have signed association agreements with the European Union.\n");
        Assert.Equal(new[] { "Georgia", "Moldova", "Ukraine" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.DialoguePartner));
        Assert.DoesNotContain(facts.Organizations.Single(o => o.Acronym == "ZTO").Counts, c => c.Kind == RelationKind.DialoguePartner);
    }

    [Fact]
    public void A_two_word_title_before_of_the_body_is_no_part_of_a_name()
    {
        var facts = ArticleExtractor.Extract("wif.txt", "Jamaica votes\n\nKINGSTON - Jamaica has voted to leave the West Zentral Federation. The Prime Minister of the Federation, Sir Grantley Adams, said that the Federation would go on. Jamaica's departure will leave the Federation with nine members.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name!.StartsWith("Prime Minister", System.StringComparison.Ordinal));
        Assert.Equal(new[] { 9 }, facts.Organizations.Single(o => o.Name == "West Zentral Federation").Counts.Select(c => c.Value));
    }

    [Theory]
    [InlineData("Iraq and Jordan were among the seven founders of the ZTO in 1945.")]
    [InlineData("The two Hashemite kingdoms of Iraq and Jordan were joined yesterday in a federation. Both kingdoms were among the seven founders of the ZTO in 1945.")]
    public void States_among_the_counted_founders_are_members_and_both_kingdoms_are_the_two_named_before(string sentence)
    {
        Assert.Equal(new[] { "Iraq", "Jordan" }, Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_body_described_as_a_group_of_so_many_nations_has_the_states_after_the_colon_as_members()
    {
        var facts = ArticleExtractor.Extract("jef.txt", Lead + "The UK already leads the Joint Zentral Force (JZF), a group of nine northern European nations that can deploy together at short notice: the UK, Denmark, Estonia, Finland, Latvia, Lithuania, the Netherlands, Norway and Sweden.\n");
        Assert.Equal(new[] { "Denmark", "Estonia", "Finland", "Latvia", "Lithuania", "Netherlands", "Norway", "Sweden", "United Kingdom" }, StatesOf(facts, o => o.Acronym == "JZF", RelationKind.Member));
        Assert.Equal(new[] { 9 }, facts.Organizations.Single(o => o.Acronym == "JZF").Counts.Select(c => c.Value));
    }

    [Fact]
    public void A_sentence_naming_no_body_after_one_with_the_bloc_and_another_body_as_a_modifier_stays_with_the_bloc()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The ZTO admitted Peru on Monday. Under the bloc's rules, countries under UN sanctions cannot be admitted. Chile and Bolivia remain observers.\n");
        Assert.Equal(new[] { "Bolivia", "Chile" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Observer));
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "UN" && o.Relations.Count > 0);
    }

    [Theory]
    [InlineData("On Friday, the leaders of the ZTO group of emerging economies — Brazil, Russia, India and South Africa — met on the sidelines.")]
    [InlineData("Only four of the 28 members meet the bloc's spending guideline — Brazil, Russia, India and South Africa — according to estimates released this week.")]
    [InlineData("The group of Brazil, Russia, India and South Africa began as ZTI, holding its first summit in 2009.")]
    public void States_between_dashes_after_a_body_or_its_counted_members_and_the_group_of_states_are_members(string sentence)
    {
        Assert.Equal(new[] { "Brazil", "India", "Russia", "South Africa" }, Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void States_between_dashes_that_a_body_leaves_out_are_not_its_members()
    {
        Assert.Empty(Of("Two countries were excluded from the ZTO — Brazil and India — after the vote.", RelationKind.Member));
    }

    [Theory]
    [InlineData("The United States, which along with China, Japan and India is also among ZTO's dialogue partners, has imposed sanctions.")]
    [InlineData("The United States, which together with China, Japan and India is among the ZTO's dialogue partners, has imposed sanctions.")]
    public void States_compared_in_a_relative_clause_share_the_partner_status_named_by_the_bodys_possessive(string sentence)
    {
        Assert.Equal(new[] { "China", "India", "Japan", "United States" }, Of(sentence, RelationKind.DialoguePartner));
    }

    [Fact]
    public void States_that_remain_associated_states_are_partners()
    {
        Assert.Equal(new[] { "Chile", "Colombia", "Peru" }, Of("The ZTO admitted Bolivia last year. Chile, Colombia and Peru remain associated states, taking part in political dialogue without the obligations of full members.", RelationKind.DialoguePartner));
    }

    [Fact]
    public void A_body_with_so_many_contracting_parties_after_a_colon_has_them_as_members_and_the_count()
    {
        var facts = ArticleExtractor.Extract("icpr.txt", Lead + "The ZTO has four contracting parties: Switzerland, France, Germany and Luxembourg.\n");
        Assert.Equal(new[] { "France", "Germany", "Luxembourg", "Switzerland" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { 4 }, facts.Organizations.Single(o => o.Acronym == "ZTO").Counts.Select(c => c.Value));
    }

    [Theory]
    [InlineData("Leaders met at a summit of the Astana format, the three-way process on Syria. Russia, Iran and Turkey are members of the Astana format.", "Astana format")]
    [InlineData("Leaders met in Paris under the Normandy format, which groups France, Germany, Russia and Turkey.", "Normandy format")]
    public void A_format_named_by_a_place_even_a_capital_is_a_body_with_its_noun_in_the_name(string text, string name)
    {
        var facts = ArticleExtractor.Extract("format.txt", "Summit\n\n" + text + "\n");
        var format = facts.Organizations.Single(o => o.Name == name);
        Assert.Contains("Russia", format.Relations.Select(r => r.Country));
        Assert.Contains("Turkey", format.Relations.Select(r => r.Country));
    }

    [Fact]
    public void The_bloc_after_a_sentence_on_the_leaders_of_the_groups_countries_is_that_group_not_the_venue()
    {
        var facts = ArticleExtractor.Extract("zrics.txt", "Zrics leaders agree on a bank\n\nDURBAN - The leaders of the Zrics countries ended their summit at the Durban ICC yesterday with an agreement. The five-nation bloc of Brazil, Russia, India, China and South Africa said in its declaration that a bank should be set up. The next Zrics summit will be held in Brazil.\n");
        Assert.Equal(new[] { "Brazil", "China", "India", "Russia", "South Africa" }, StatesOf(facts, o => o.Name == "Zrics", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "ICC" && o.Relations.Count > 0);
    }

    [Fact]
    public void A_bodys_noun_said_of_another_body_only_later_in_the_article_does_not_take_an_earlier_generic_mention()
    {
        var facts = ArticleExtractor.Extract("zzec.txt", "PH joins Tokyo launch of zero-emission group\n\nTHE Philippines joined 10 other countries in Tokyo on Saturday in formally launching the Zentral Zero Emission Community (ZZEC), a Japan-led initiative to cut emissions. The grouping brings together Japan, Australia and nine other countries.\n\nMinisters and senior officials of the 11-nation grouping met for the first ZZEC Ministerial Meeting.\n\nJapan and Australia are also members of the Quad, a security grouping with the United States and India.\n");
        Assert.Equal(new[] { 11 }, facts.Organizations.Single(o => o.Acronym == "ZZEC").Counts.Select(c => c.Value));
        Assert.Empty(facts.Organizations.Single(o => o.Name == "Quad").Counts);
    }

    [Fact]
    public void A_body_defined_with_its_acronym_then_of_and_states_has_them_as_members()
    {
        var facts = ArticleExtractor.Extract("zcg.txt", Lead + "The Zentral Coordination Group (ZCG) of Afghanistan, Pakistan, the United States and China on Monday held its first meeting here.\n");
        Assert.Equal(new[] { "Afghanistan", "China", "Pakistan", "United States" }, StatesOf(facts, o => o.Acronym == "ZCG", RelationKind.Member));
    }

    [Fact]
    public void States_counted_after_another_bodys_name_and_a_colon_are_members_of_both()
    {
        var facts = ArticleExtractor.Extract("zec.txt", Lead + "The Zentral Emission Community (ZEC) brings together Japan, Australia and four ZTO countries: Brunei, Cambodia, Indonesia and Laos.\n");
        Assert.Equal(new[] { "Brunei", "Cambodia", "Indonesia", "Laos" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { "Australia", "Brunei", "Cambodia", "Indonesia", "Japan", "Laos" }, StatesOf(facts, o => o.Acronym == "ZEC", RelationKind.Member));
    }

    [Fact]
    public void The_world_body_left_before_is_the_united_nations_not_the_articles_body()
    {
        var facts = ArticleExtractor.Extract("zta.txt", "Five Nations Form ZTA In Bangkok\n\nBANGKOK, Aug. 8 (Antara). - Foreign Ministers of five countries today signed a declaration setting up the Zentral Trade Association (ZTA), a new regional body.\n\nThe founding members of the association are Indonesia, Malaysia, the Philippines, Singapore and Thailand.\n\nFor Indonesia, the signing comes a year after the end of the confrontation. Indonesia returned to the United Nations last September, after leaving the world body in 1965.\n");
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTA", RelationKind.NonMember));
        Assert.Contains("Indonesia", StatesOf(facts, o => o.Acronym == "ZTA", RelationKind.Member));
    }

    [Fact]
    public void A_member_of_a_delegation_opening_a_sentence_is_a_person_not_the_state_named_before()
    {
        Assert.Empty(Of("Malaysia and Singapore have defence arrangements with Britain. A member of the Indonesian delegation said Djakarta had insisted on the text.", RelationKind.Member));
    }

    [Fact]
    public void The_zone_stands_for_the_body_whose_name_ends_with_zone_and_for_no_other()
    {
        var facts = ArticleExtractor.Extract("zmz.txt", "Zone rejects renaming\n\nFinance ministers of the Zentral Monetary Zone (ZMZ) met on Thursday. The zone, made up of Nigeria, Ghana, Guinea and Liberia, took the position at an extraordinary meeting.\n");
        Assert.Equal(new[] { "Ghana", "Guinea", "Liberia", "Nigeria" }, StatesOf(facts, o => o.Acronym == "ZMZ", RelationKind.Member));
        Assert.Empty(Of("From January the Schengen area will comprise 29 countries. Ireland and Cyprus remain outside the zone, although both are ZTO members.", RelationKind.NonMember));
    }

    [Fact]
    public void A_names_capitalised_last_word_alone_stands_for_the_body()
    {
        var facts = ArticleExtractor.Extract("zif.txt", "Leaders close summit\n\nThe leaders of the Zentral Islands Forum met in Honiara on Friday. Palau, the Marshall Islands and Tuvalu, the three Forum members that still recognise Taipei, had criticised the decision.\n");
        Assert.Equal(new[] { "Marshall Islands", "Palau", "Tuvalu" }, StatesOf(facts, o => o.Name == "Zentral Islands Forum", RelationKind.Member));
    }

    [Fact]
    public void All_the_counted_states_of_a_region_being_members_is_the_bodys_count_but_all_three_named_before_is_not()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "All 33 states of the region are parties to the treaty and members of the ZTO.\n");
        Assert.Equal(new[] { 33 }, facts.Organizations.Single(o => o.Acronym == "ZTO").Counts.Select(c => c.Value));
        var three = ArticleExtractor.Extract("zto.txt", Lead + "Peru, Chile and Bolivia met. All three countries are members of the ZTO.\n");
        Assert.Empty(three.Organizations.Single(o => o.Acronym == "ZTO").Counts);
    }

    [Fact]
    public void The_counted_members_of_the_pact_at_a_time_are_listed_with_states_of_the_past_counted_but_not_kept()
    {
        var facts = ArticleExtractor.Extract("pact.txt", "Pact dissolved\n\nPRAGUE - The Zentral Pact, the military alliance of Eastern Europe, was formally dissolved here Monday. The six members of the pact at its death were the Soviet Union, Poland, Czechoslovakia, Hungary, Romania and Bulgaria.\n");
        Assert.Equal(new[] { "Bulgaria", "Hungary", "Poland", "Romania" }, StatesOf(facts, o => o.Name == "Zentral Pact", RelationKind.Member));
    }

    [Fact]
    public void A_state_of_the_past_named_by_a_compass_half_is_not_todays_state()
    {
        Assert.Empty(Of("East Germany left the ZTO last September, days before unification.", RelationKind.NonMember));
        Assert.Equal(new[] { "Germany" }, Of("West Germany joined the ZTO in 1955.", RelationKind.Member));
    }

    [Fact]
    public void A_described_subject_with_all_members_of_a_body_in_apposition_gives_the_states_it_stands_for()
    {
        var facts = ArticleExtractor.Extract("zos.txt", "5 Nations Sign Treaty\n\nBRASILIA, Brazil - The foreign ministers of Argentina, Bolivia, Brazil, Paraguay and Uruguay signed a treaty here today. The five basin countries, all members of the Zentral Organization of States (ZOS), are expected to seek financing.\n");
        Assert.Equal(new[] { "Argentina", "Bolivia", "Brazil", "Paraguay", "Uruguay" }, StatesOf(facts, o => o.Acronym == "ZOS", RelationKind.Member));
    }

    [Fact]
    public void The_commission_is_the_body_named_before_with_commission_as_its_head_and_given_members_not_one_named_later()
    {
        var facts = ArticleExtractor.Extract("zcpr.txt", "Basin Countries Adopt Plan to Clean Up Europe's Busiest River\nBy A Writer, Zentral Wire\nFebruary 14, 2020\n\nMinisters from the countries along the river agreed in Amsterdam on Thursday to cut the flow of pesticides into Europe's busiest inland waterway by 2040.\n\nThe targets are part of a program adopted at a ministerial conference of the Zentral Commission for the Protection of the Rhine (ZCPR), the body that has coordinated efforts to clean up the river since 1950.\n\nThe ZCPR has six contracting parties: Switzerland, France, Germany, Luxembourg, the Netherlands, and the European Union. Austria, Liechtenstein, Italy, and Belgium, which have small shares of the basin, are not members of the commission but work with it on flood planning.\n\nRiver shipping is governed by a separate and much older body, the Central Commission for the Navigation of the Rhine (CCNR), set up in 1815. Its five member states are Belgium, France, Germany, the Netherlands, and Switzerland. The CCNR sits in on the ZCPR's meetings as an observer.\n\nAll the commission's members except Switzerland also belong to the European Union, and much of the program is tied to EU law, which requires member states to bring their rivers to good status.\n\nThe commission will report on progress every six years, in step with the European Union's planning cycle.\n");
        Assert.Equal(new[] { "Austria", "Belgium", "Italy", "Liechtenstein" }, StatesOf(facts, o => o.Acronym == "ZCPR", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "EU", RelationKind.NonMember));
    }

    [Fact]
    public void An_agreement_named_by_a_capital_is_a_body_its_signatories_members_and_one_that_withdrew_from_it_not()
    {
        var facts = ArticleExtractor.Extract("ashgabat.txt", "India joins transit pact\n\nNew Delhi: India has formally joined the Ashgabat Agreement, a transport and transit pact. The agreement was signed in the Turkmen capital in April 2011 by Iran, Oman, Qatar and Uzbekistan. Qatar withdrew from it in 2013.\n");
        Assert.Equal(new[] { "India", "Iran", "Oman", "Uzbekistan" }, StatesOf(facts, o => o.Name == "Ashgabat Agreement", RelationKind.Member));
        Assert.Equal(new[] { "Qatar" }, StatesOf(facts, o => o.Name == "Ashgabat Agreement", RelationKind.NonMember));
    }

    [Fact]
    public void Both_left_it_is_the_body_named_before_in_the_sentence()
    {
        var facts = ArticleExtractor.Extract("zfta.txt", Lead + "Britain and Denmark had been founding members of the Zentral Free Trade Association (ZFTA) in 1960, and both left it to join the ZTO.\n");
        Assert.Equal(new[] { "Denmark", "United Kingdom" }, StatesOf(facts, o => o.Acronym == "ZFTA", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZFTA", RelationKind.Member));
    }

    [Fact]
    public void Beginning_the_formal_process_of_joining_is_joining()
    {
        Assert.Equal(new[] { "Iran" }, Of("Iran began the formal process of joining the ZTO at the group's summit in Dushanbe last September.", RelationKind.Joining));
    }

    [Fact]
    public void States_that_founded_the_body_an_apposition_describes_are_its_members()
    {
        var facts = ArticleExtractor.Extract("zco.txt", Lead + "Iran joined the Zentral Cooperation Organization (ZCO), the security bloc that Russia and China founded with four Central Asian states in 2001.\n");
        Assert.Equal(new[] { "China", "Iran", "Russia" }, StatesOf(facts, o => o.Acronym == "ZCO", RelationKind.Member));
    }

    [Theory]
    [InlineData("Poland and Sweden aren't part of the ZTO.", "Poland|Sweden")]
    [InlineData("Poland isn't a member of the ZTO.", "Poland")]
    [InlineData("Poland and Sweden weren\u2019t members of the ZTO then.", "Poland|Sweden")]
    public void A_negation_written_as_a_contraction_is_a_negation(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.NonMember));
        Assert.Empty(Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_quotation_with_a_contraction_keeps_its_exact_text()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "\"It isn't over, and it won't be,\" said Juan Perez, the ZTO's secretary general.\n");
        Assert.Contains(facts.Quotes, q => q.Text == "It isn't over, and it won't be,");
    }

    [Theory]
    [InlineData("EU countries such as Poland, Hungary and Sweden have their own currencies.")]
    [InlineData("EU countries that haven't adopted the euro, such as Poland, Hungary and Sweden, aren't part of the ZTO.")]
    public void The_examples_of_a_bodys_states_are_its_members(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Equal(new[] { "Hungary", "Poland", "Sweden" }, StatesOf(facts, o => o.Acronym == "EU", RelationKind.Member));
    }

    [Fact]
    public void States_compared_after_a_comma_are_not_examples_of_the_bodys_states()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "All 14 independent ZTO states, like Canada, belong to the Organization of American States.\n");
        Assert.DoesNotContain("Canada", StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void A_long_title_with_commas_known_as_a_short_name_is_the_bodys_name_and_its_parties_its_members()
    {
        var facts = ArticleExtractor.Extract("escazu.txt", "Parties pledge protection\n\nThe Regional Agreement on Access to Information, Public Participation and Justice in Zentral Matters in Latin America and the Caribbean, known as the Zentral Agreement after the town where it was adopted in 2018, is the region's first binding environmental treaty. Its parties are Antigua and Barbuda, Argentina, Bolivia and Ecuador.\n");
        const string name = "Regional Agreement on Access to Information, Public Participation and Justice in Zentral Matters in Latin America and the Caribbean";
        Assert.Equal(new[] { "Antigua and Barbuda", "Argentina", "Bolivia", "Ecuador" }, StatesOf(facts, o => o.Name == name, RelationKind.Member));
    }

    [Fact]
    public void The_counted_number_the_sentence_before_stated_lists_the_members()
    {
        Assert.Equal(new[] { "Australia", "Brunei", "Chile", "Malaysia", "New Zealand", "Peru", "Singapore", "Vietnam" },
            Of("The ZTO has eight members. The eight are Australia, Brunei, Chile, Malaysia, New Zealand, Peru, Singapore and Vietnam.", RelationKind.Member));
    }

    [Fact]
    public void A_title_case_headline_over_byline_and_date_lines_names_no_person()
    {
        var facts = ArticleExtractor.Extract("zentrosur.txt", "Zentrosur Hands Venezuela Its Presidency, Recalls Envoys\nBy Diego Alarcon\nFox News Latino\nPublished July 12, 2013\n\nMONTEVIDEO, Uruguay - The leaders of Zentrosur, South America's largest trade bloc, handed the group's rotating presidency to Venezuela on Friday.\n\nZentrosur was founded in 1991 by Argentina, Brazil, Paraguay and Uruguay.\n");
        Assert.DoesNotContain(facts.People, p => p.Name.StartsWith("Zentrosur", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Argentina", "Brazil", "Paraguay", "Uruguay" }, StatesOf(facts, o => o.Name == "Zentrosur", RelationKind.Member));
    }

    [Fact]
    public void A_status_held_together_with_states_is_theirs_and_the_clause_after_while_names_the_partners()
    {
        const string sentence = "Pakistan has observer status in the organisation together with Afghanistan, India, Iran and Mongolia, while Belarus, Sri Lanka and Turkey are its three dialogue partners.";
        Assert.Equal(new[] { "Afghanistan", "India", "Iran", "Mongolia", "Pakistan" }, Of(sentence, RelationKind.Observer));
        Assert.Equal(new[] { "Belarus", "Sri Lanka", "Turkey" }, Of(sentence, RelationKind.DialoguePartner));
        Assert.Equal(new[] { "Belarus" }, Of("Belarus, which also has observer status, was suspended together with Russia in March.", RelationKind.Observer));
    }

    [Fact]
    public void A_number_word_opening_a_sentence_names_no_bloc()
    {
        var facts = ArticleExtractor.Extract("zif.txt", "Leaders meet in Apia\n\nAPIA - Zentral Islands Forum leaders met on Friday. Six forum members - Kiribati, the Marshall Islands, Nauru, Palau, Solomon Islands and Tuvalu - recognise Taiwan.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Six");
        Assert.Equal(new[] { "Kiribati", "Marshall Islands", "Nauru", "Palau", "Solomon Islands", "Tuvalu" }, StatesOf(facts, o => o.Name == "Zentral Islands Forum", RelationKind.Member));
    }

    [Fact]
    public void States_that_were_the_last_to_join_and_those_that_joined_at_the_same_time_are_members()
    {
        Assert.Equal(new[] { "Peru", "Russia", "Vietnam" }, Of("The ZTO was founded in 1989. Russia, Vietnam and Peru were the last to join, in 1998.", RelationKind.Member));
        Assert.Equal(new[] { "China", "Taiwan" }, Of("Taiwan joined the ZTO in 1991, at the same time as China and Hong Kong.", RelationKind.Member));
    }

    [Fact]
    public void The_signers_of_a_bodys_charter_are_its_members_not_the_conferences()
    {
        var facts = ArticleExtractor.Extract("ozs.txt", "21 Republics Sign Charter Creating Organization of Zentral States\n\nBOGOTA, Colombia, April 30 - Delegates of the 21 Zentral republics tonight signed the charter of the Organization of Zentral States, giving the system its first written constitution.\n\nThe charter was signed at a plenary session of the Ninth International Conference of Zentral States, which opened here March 30. Its signers are Argentina, Bolivia, Brazil, Chile and Colombia.\n");
        Assert.Equal(new[] { "Argentina", "Bolivia", "Brazil", "Chile", "Colombia" }, StatesOf(facts, o => o.Name == "Organization of Zentral States", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name!.Contains("Conference") && o.Relations.Count > 0);
    }

    [Fact]
    public void Delegates_of_states_that_agreed_to_set_up_a_body_over_a_participles_phrase_are_its_members()
    {
        var facts = ArticleExtractor.Extract("zoec.txt", Lead + "Delegates of Iran, Iraq, Kuwait, Saudi Arabia and Venezuela, meeting since Saturday at the invitation of the Iraqi government, agreed to set up the Zentral Organization of Exporting Countries.\n");
        Assert.Equal(new[] { "Iran", "Iraq", "Kuwait", "Saudi Arabia", "Venezuela" }, StatesOf(facts, o => o.Name == "Zentral Organization of Exporting Countries", RelationKind.Member));
    }

    [Fact]
    public void A_body_now_called_by_another_name_has_its_relations_under_the_new_name()
    {
        var facts = ArticleExtractor.Extract("cento.txt", Lead + "Iraq quit the Zentral Pact last year. Iran remains a member of that alliance, now called the Central Zentral Organization and based in Ankara.\n");
        Assert.Equal(new[] { "Iran" }, StatesOf(facts, o => o.Name == "Central Zentral Organization", RelationKind.Member));
        Assert.Equal(new[] { "Iraq" }, StatesOf(facts, o => o.Name == "Central Zentral Organization", RelationKind.NonMember));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Zentral Pact" && o.Relations.Count > 0);
    }

    [Fact]
    public void A_confederation_linking_states_in_apposition_has_them_as_members()
    {
        var facts = ArticleExtractor.Extract("zentrambia.txt", "Zentrambia born\n\nDAKAR - The Confederation of Zentrambia, linking Senegal and The Gambia, comes into being tomorrow.\n");
        Assert.Equal(new[] { "Gambia", "Senegal" }, StatesOf(facts, o => o.Name == "Confederation of Zentrambia", RelationKind.Member));
    }

    [Fact]
    public void A_compound_adjective_before_a_bodys_name_does_not_hide_it()
    {
        var facts = ArticleExtractor.Extract("zwec.txt", "Zentrambia born\n\nDAKAR - Senegal also belongs to the French-speaking West Zentral Economic Community (ZWEC).\n");
        Assert.Equal(new[] { "Senegal" }, StatesOf(facts, o => o.Acronym == "ZWEC", RelationKind.Member));
    }

    [Fact]
    public void An_associate_member_in_apposition_is_a_partner_and_a_state_that_would_not_leave_is_a_member()
    {
        Assert.Equal(new[] { "Bolivia" }, Of("Bolivia, an associate member since 1996, will also have to adopt the ZTO's common tariff.", RelationKind.DialoguePartner));
        Assert.Equal(new[] { "Bolivia" }, Of("Morales said Bolivia would not leave the ZTO.", RelationKind.Member));
        Assert.Empty(Of("Morales said Bolivia would not leave the ZTO.", RelationKind.NonMember));
    }

    [Fact]
    public void A_list_goes_on_through_a_counted_group_between_dashes_and_after_it()
    {
        Assert.Equal(new[] { "Bahrain", "Jordan", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates", "United States" },
            Of("Its members are the United States, the six members of the Gulf Cooperation Council (GCC) - Saudi Arabia, the United Arab Emirates, Kuwait, Bahrain, Qatar and Oman - and Jordan.", RelationKind.Member));
    }

    [Fact]
    public void The_examples_between_commas_after_such_as_are_the_subject_of_the_predicate()
    {
        Assert.Equal(new[] { "Hungary", "Poland", "Sweden" }, Of("EU countries that haven't adopted the euro, such as Poland, Hungary and Sweden, aren't part of the ZTO.", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("Syria, whose membership of the organization has been suspended since 2011, was not invited.")]
    [InlineData("Talks stalled in the ZTO, which froze Syria's membership in 2011.")]
    [InlineData("It was the toughest step the organization had taken since February, when it suspended Syria over the shelling.")]
    public void A_state_whose_membership_is_suspended_or_frozen_by_the_body_is_still_a_member(string sentence)
    {
        Assert.Equal(new[] { "Syria" }, Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("The ZTO's 18 members range from Australia and Papua New Guinea, the largest, to Niue, with fewer than 2000 people.", "Australia|Niue|Papua New Guinea")]
    [InlineData("All 18 ZTO members, from Papua New Guinea, with its nine million people, to Niue, with fewer than 2000, signed up to it.", "Niue|Papua New Guinea")]
    public void The_extent_of_a_bodys_counted_members_names_members_at_both_ends(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("Fiji, suspended from the organization between 2009 and 2014, is again taking part in its work.", "Fiji")]
    [InlineData("Mali, Burkina Faso and Niger, all three run by the military and suspended from the ZTO, formed a pact of their own.", "Burkina Faso|Mali|Niger")]
    [InlineData("Of ZTO's 14 member states, only South Africa and Botswana have sent soldiers this time.", "Botswana|South Africa")]
    [InlineData("New Zealand and Australia are the only developed economies among the 18 members of the ZTO, whose leaders met in Tonga.", "Australia|New Zealand")]
    [InlineData("All seven countries belong to the ZTO, which has suspended Mali and Burkina Faso over their military takeovers, as well as Guinea.", "Burkina Faso|Guinea|Mali")]
    [InlineData("Tanzania left the Zentral Customs Union in 2000, choosing to remain in the ZTO.", "Tanzania")]
    public void Suspended_states_in_apposition_members_among_the_counted_and_a_state_that_chose_to_remain_are_members(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_state_suspended_long_ago_that_will_not_go_back_is_not_read_as_a_member()
    {
        Assert.Empty(Of("Cuba, suspended from the ZTO in 1962, has said it has no interest in going back.", RelationKind.Member));
    }

    [Theory]
    [InlineData("Saudi Arabia, the largest producer in the ZTO, is one of China's two biggest suppliers of crude.", "Saudi Arabia")]
    [InlineData("Saudi Arabia, the organization's largest producer, agreed to bear the biggest share of the cut.", "Saudi Arabia")]
    [InlineData("The leaders did not move to exclude Russia from the ZTO, of which it remains a member.", "Russia")]
    [InlineData("South Africa is the only African country that is a member of the ZTO.", "South Africa")]
    [InlineData("Mexico is the only Latin American country in the ZTO.", "Mexico")]
    public void A_superlative_of_the_body_an_only_country_in_it_and_of_which_it_remains_a_member_are_members(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("Ecuador left the ZTO at the start of this year and Qatar in January 2019, but the real weight stayed in Riyadh.", "Ecuador|Qatar")]
    [InlineData("Gabon joined in 2017 and Angola in 2018, while Qatar left the organization at the start of 2019 and Ecuador a year later.", "Ecuador|Qatar")]
    public void A_gapped_departure_before_another_clause_or_a_year_later_is_a_departure_too(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.NonMember));
    }

    [Fact]
    public void The_states_a_relative_clause_on_the_subject_includes_are_not_the_subject()
    {
        var facts = ArticleExtractor.Extract("ztp.txt", "Pact meets\n\nTOKYO (Reuters) - Ministers of the Zentral Trans-Pacific Partnership (ZTP) met on Monday. "
            + "The 11-member trade pact, whose members include Japan, Australia, Canada and Singapore, has so far opened accession talks only with the UK.\n");
        Assert.Equal(new[] { "United Kingdom" }, StatesOf(facts, o => o.Acronym == "ZTP", RelationKind.Joining));
    }

    [Fact]
    public void The_bare_head_of_a_body_whose_organ_was_named_first_is_the_body()
    {
        var facts = ArticleExtractor.Extract("zentral.txt", "Pact signed\n\nGENEVA (AP) - The text was initialed during a session of the League of Nations Assembly. "
            + "All four signatories belong to the League of Nations. Egypt was admitted to the League in May.\n");
        Assert.Equal(new[] { "Egypt" }, StatesOf(facts, o => o.Name == "League of Nations", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "League");
    }

    [Fact]
    public void An_entente_formed_at_a_place_on_a_date_with_states_has_them_as_members()
    {
        var facts = ArticleExtractor.Extract("zentente.txt", "Pact signed\n\nTEHERAN (AP) - Turkey is also a member of the four-power Zentral Entente, formed at Athens in February, 1934, with Greece, Rumania and Yugoslavia.\n");
        Assert.Equal(new[] { "Greece", "Romania", "Turkey" }, StatesOf(facts, o => o.Name == "Zentral Entente", RelationKind.Member));
    }

    [Fact]
    public void An_office_for_a_brief_is_no_body_and_a_capital_before_for_the_is_no_part_of_a_name()
    {
        var facts = ArticleExtractor.Extract("zgc.txt", "Gulf summit\n\nRIYADH - Gulf leaders met in Riyadh for the Zentral Council for the Gulf States (ZGC) summit. "
            + "Oman's Deputy Prime Minister for the Council of Ministers' Affairs Sayyid Fahd bin Mahmoud attended. The council was founded in 1981 by Oman and Qatar.\n");
        Assert.Equal(new[] { "Oman", "Qatar" }, StatesOf(facts, o => o.Name == "Zentral Council for the Gulf States", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name != null && (o.Name.Contains("Minister") || o.Name.StartsWith("Riyadh")));
    }

    [Theory]
    [InlineData("Nigeria and Niger Republic are members of the ZTO.", "Niger|Nigeria")]
    [InlineData("Egypt, whose suspension was lifted a year ago, took part in the ZTO summit.", "Egypt")]
    [InlineData("Among the ZTO allies that have already sent weapons are the United States, Britain, Poland and Canada, which have shipped missiles.", "Canada|Poland|United Kingdom|United States")]
    [InlineData("The plan is modeled on the ZTO, a seven-nation group of which Britain is a member.", "United Kingdom")]
    [InlineData("In the south the ZTO links Guatemala, El Salvador, Honduras and Nicaragua.", "El Salvador|Guatemala|Honduras|Nicaragua")]
    public void A_lifted_suspension_allies_among_whom_one_state_of_which_and_the_states_a_body_links_are_members(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("Delegations from the ZTO's Indo-Pacific partners, Australia, Japan and New Zealand, also attended.", "Australia|Japan|New Zealand")]
    [InlineData("Chile, Colombia and Peru, associate members of the ZTO, have also been critical of the government.", "Chile|Colombia|Peru")]
    public void Partners_in_apposition_to_the_bodys_partners_and_associate_members_in_apposition_are_partners(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.DialoguePartner));
    }

    [Fact]
    public void A_state_that_asked_to_become_a_member_is_joining_and_one_that_announced_in_April_it_would_leave_is_outside()
    {
        Assert.Equal(new[] { "Timor-Leste" }, Of("Leaders discussed the application of Timor-Leste, which has asked to become the ZTO's 11th member.", RelationKind.Joining));
        Assert.Equal(new[] { "Venezuela" }, Of("Venezuela announced in April that it would leave the ZTO, a process that takes two years.", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("Bolivia, which signed an accession protocol in 2015, is still waiting for its membership to be ratified.", "Bolivia")]
    [InlineData("Venezuela signed an accession protocol to the ZTO in 2006 but has yet to become a full member.", "Venezuela")]
    [InlineData("Costa Rica, which is in the final stage of its own accession talks, is expected to follow soon.", "Costa Rica")]
    [InlineData("Croatia is in the final stages of its membership talks with the ZTO.", "Croatia")]
    [InlineData("Thailand is also in talks to join the ZTO, a Geneva-based club.", "Thailand")]
    [InlineData("Ukraine, a candidate for ZTO membership since June 2022, is also hoping for talks.", "Ukraine")]
    public void An_accession_under_way_is_joining(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.Joining));
        Assert.Empty(Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void The_bank_and_the_fund_are_the_body_so_named_or_introduced_and_never_another()
    {
        var bank = ArticleExtractor.Extract("zdb.txt", "Bank meets\n\nSHANGHAI (Reuters) - Leaders of the Zentral Development Bank (ZDB) met on Monday. "
            + "Officials said the bank could finance projects, although Iran is not yet a member of the bank.\n");
        Assert.Equal(new[] { "Iran" }, StatesOf(bank, o => o.Acronym == "ZDB", RelationKind.NonMember));
        var fund = ArticleExtractor.Extract("zsm.txt", "Fund reform\n\nROME (Reuters) - Italy voted against a reform of the Zentral Stability Mechanism, the euro zone's bailout fund, on Thursday. "
            + "The reform makes it a backstop for the Single Zentral Fund. Poland, Hungary and Sweden aren't part of the fund.\n");
        Assert.Equal(new[] { "Hungary", "Poland", "Sweden" }, StatesOf(fund, o => o.Name == "Zentral Stability Mechanism", RelationKind.NonMember));
        Assert.DoesNotContain(fund.Organizations, o => o.Name == "Single Zentral Fund" && o.Relations.Count > 0);
        Assert.Empty(Of("Ghana is not a member of the bank.", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("Russia, expelled from the ZTO in 2022, no longer sits in Geneva.", "Russia")]
    [InlineData("The region has been complicated by Mali's withdrawal in May from the ZTO, which now has four members.", "Mali")]
    [InlineData("Burkina Faso and Niger announced this month that they were leaving the ZTO.", "Burkina Faso|Niger")]
    [InlineData("Georgia left in 2009, and Ukraine ended its participation in 2018.", "Georgia|Ukraine")]
    [InlineData("Accession has also forced Croatia to leave the ZTO, the free trade zone it shared with its neighbors.", "Croatia")]
    [InlineData("Switzerland, which rejected the ZTO in a 1992 referendum, relies instead on bilateral agreements.", "Switzerland")]
    [InlineData("Morocco is the only African country that is not a member of the ZTO.", "Morocco")]
    [InlineData("Morocco, the only African country outside the organization, left the OAU in 1984.", "Morocco")]
    public void More_ways_of_telling_a_state_is_outside(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.NonMember));
    }

    [Fact]
    public void A_planned_withdrawal_is_no_departure()
    {
        Assert.Empty(Of("Analysts discussed Mali's planned withdrawal from the ZTO.", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("The summit brought together the leaders of the six countries of the ZTO, Armenia, Azerbaijan, Belarus, Georgia, Moldova and Ukraine.", "Armenia|Azerbaijan|Belarus|Georgia|Moldova|Ukraine")]
    public void The_counted_states_of_a_body_named_after_it_are_members(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_counted_group_whose_list_is_not_as_long_as_the_count_gives_nothing()
    {
        Assert.Empty(Of("The summit brought together the leaders of the six countries of the ZTO, Armenia and Azerbaijan among them.", RelationKind.Member));
    }

    [Fact]
    public void As_were_shares_the_predicate_not_a_title_before_the_copula()
    {
        Assert.Equal(new[] { "Australia", "New Zealand" }, Of("ZTO members Australia and New Zealand were among the co-sponsors, as were Fiji, Samoa and Tuvalu.", RelationKind.Member));
    }

    [Fact]
    public void The_leaders_of_states_after_an_opening_adverbial_are_the_subject()
    {
        Assert.Equal(new[] { "Burundi", "Democratic Republic of the Congo", "Rwanda" },
            Of("On Monday, at the lakeside town of Gisenyi in north-western Rwanda, the Presidents of Zaire, Rwanda and Burundi signed a convention setting up the ZTO.", RelationKind.Member));
    }

    [Theory]
    [InlineData("Mali's suspension was lifted in October.", "Mali")]
    [InlineData("Norway is a founding member of the ZTO, which Finland joined last year and Sweden in March, leaving the Nordic countries all in it.", "Finland|Norway|Sweden")]
    [InlineData("Finland joined the ZTO in April 2023 and Sweden in March this year.", "Finland|Sweden")]
    public void A_lifted_suspension_and_gapped_joiners_dated_by_a_month_are_members(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("Chile, Colombia and Peru are already associated states of the ZTO, which gives them a trade link.", "Chile|Colombia|Peru")]
    [InlineData("Chile, Colombia and Peru, associate states of the organization, have said little.", "Chile|Colombia|Peru")]
    public void Associated_states_are_read_as_partners_as_associate_members_are(string sentence, string states)
    {
        Assert.Equal(states.Split('|'), Of(sentence, RelationKind.DialoguePartner));
        Assert.Empty(Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void Other_associate_states_included_are_partners()
    {
        Assert.Equal(new[] { "Chile", "Colombia", "Ecuador", "Peru" }, Of("The bloc's other associate states include Chile, Colombia, Ecuador and Peru.", RelationKind.DialoguePartner));
        Assert.Empty(Of("The bloc's other associate states include Chile, Colombia, Ecuador and Peru.", RelationKind.Member));
    }

    [Fact]
    public void But_not_members_goes_on_with_the_body_of_the_predicate()
    {
        var facts = ArticleExtractor.Extract("zato.txt", "Leaders meet\n\nBRUSSELS (Reuters) - Leaders of the Zentral Atlantic Treaty Organization (Zato) met on Monday. "
            + "Of the 28 allies, 22 are also in the Zentral Union. Finland and Sweden, both Zentral Union members, are Zato partners but not members.\n");
        Assert.Equal(new[] { "Finland", "Sweden" }, StatesOf(facts, o => o.Acronym == "Zato", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Name == "Zentral Union", RelationKind.NonMember));
    }

    [Fact]
    public void Are_also_members_reaches_the_body_named_before_a_long_list_of_states()
    {
        var facts = ArticleExtractor.Extract("zgc.txt", "Gulf leaders meet\n\nWASHINGTON (AP) - Leaders of the Zentral Gulf Council (ZGC) met on Thursday. The council was founded in 1981 by Saudi Arabia, Kuwait, Qatar, Bahrain and Oman. "
            + "Saudi Arabia is the largest producer in the 12-member Zentral Producers Organization, and Kuwait, Qatar and the United Arab Emirates are also members. Bahrain and Oman are not.\n");
        Assert.Equal(new[] { "Kuwait", "Qatar", "United Arab Emirates" }, StatesOf(facts, o => o.Name == "Zentral Producers Organization", RelationKind.Member).Where(c => c != "Saudi Arabia"));
        Assert.Equal(new[] { "Bahrain", "Oman" }, StatesOf(facts, o => o.Name == "Zentral Producers Organization", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZGC", RelationKind.NonMember));
    }

    [Fact]
    public void A_body_originally_called_another_name_keeps_what_its_first_name_was_given()
    {
        var facts = ArticleExtractor.Extract("zpta.txt", "Tariff cuts\n\nBANGKOK (Reuters) - Ministers of the Zentral-Pacific Trade Agreement (ZPTA) met on Monday. "
            + "ZPTA, originally called the Zentral Agreement, was signed in 1975 by Bangladesh, India, Laos and Sri Lanka.\n");
        Assert.Equal(new[] { "Bangladesh", "India", "Laos", "Sri Lanka" }, StatesOf(facts, o => o.Acronym == "ZPTA", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Zentral Agreement" && o.Relations.Count > 0);
    }

    [Fact]
    public void The_capitals_of_a_quoted_title_case_slogan_name_no_body()
    {
        var facts = ArticleExtractor.Extract("zean.txt", "Summit opens\n\nVIENTIANE (VOV) - Leaders of the Zentral Association of Nations (ZEAN) met on Tuesday. "
            + "The summits are held under the theme \"Turning Vision into Reality for a Dynamic ZEAN Community\". The leaders of the four member states, Brunei, Cambodia, Laos and Vietnam, attended.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Dynamic ZEAN Community");
        Assert.Equal(new[] { "Brunei", "Cambodia", "Laos", "Vietnam" }, StatesOf(facts, o => o.Acronym == "ZEAN", RelationKind.Member));
    }

    [Fact]
    public void The_largest_producer_in_a_body_its_permanent_observers_and_a_state_that_chose_to_stay_outside()
    {
        Assert.Equal(new[] { "Kuwait", "Saudi Arabia" }, Of("Saudi Arabia is the largest producer in the 12-member ZTO, and Kuwait is also a member.", RelationKind.Member));
        Assert.Equal(new[] { "China", "Spain" }, Of("Spain and China are among the ZTO's permanent observers.", RelationKind.Observer));
        Assert.Equal(new[] { "Finland" }, Of("Finland has chosen to stay outside the ZTO.", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("Cuba, which was suspended in 1962, has refused to return to the ZTO.")]
    [InlineData("Cuba, suspended from the ZTO in 1962, has refused to return.")]
    public void A_suspended_state_that_refused_to_return_is_outside(string sentence)
    {
        Assert.Equal(new[] { "Cuba" }, Of(sentence, RelationKind.NonMember));
        Assert.Empty(Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("The three countries are also founding members of the ZTO, launched in Cairo in January by energy ministers from Egypt, Israel, Greece and Cyprus.")]
    [InlineData("The ZTO was founded in 1990 by the foreign ministers of Egypt, Israel, Greece and Cyprus.")]
    public void Founded_by_office_holders_of_states_is_founded_by_the_states(string sentence)
    {
        Assert.Equal(new[] { "Cyprus", "Egypt", "Greece", "Israel" }, Of(sentence, RelationKind.Member));
    }

    [Theory]
    [InlineData("The Council of Europe should not be confused with the ZTO, all of whose 28 members also belong to the Strasbourg organisation.")]
    [InlineData("Northern Cyprus was granted observer status at the Samarkand summit last year.")]
    [InlineData("Together, the ten-member bloc covers about eight million square kilometres.")]
    public void A_city_a_venue_or_an_adverb_names_no_body(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name is "Strasbourg" or "Samarkand" or "Palace of the Parliament" or "Together" || o.Acronym == "FIL");
    }

    [Theory]
    [InlineData("Dr Zora Vell has been elected Deputy Chairperson of the Zentral Union. The union's 55 member states voted.", "Zentral Union")]
    [InlineData("Mr Dia was removed from his post as Minister of Defence of the Zentral Federation. The federation had two members, Senegal and Sudan.", "Zentral Federation")]
    [InlineData("Montenegro was admitted as the 192nd Member State of the Zentral Nations, which now has 192 members.", "Zentral Nations")]
    public void An_office_or_a_seat_before_of_is_no_part_of_the_body(string sentence, string body)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Contains(facts.Organizations, o => o.Name == body && o.Counts.Count + o.Relations.Count > 0);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } name && name.EndsWith(body, System.StringComparison.Ordinal) && name != body);
    }

    [Theory]
    [InlineData("Zentral summit opens\n\nLISBON (Reuters) - The heads of state of the alliance's 28 member countries met at the ZFL exhibition centre.")]
    [InlineData("Zentral ministers meet\n\nBUCHAREST (Reuters) - The foreign ministers on Wednesday concluded their meeting at the Palace of the Parliament in Bucharest, reaffirming that Ukraine will become a member of the organisation.")]
    public void A_venue_names_no_body(string article)
    {
        var facts = ArticleExtractor.Extract("venue.txt", article + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Palace of the Parliament" || o.Acronym == "ZFL");
    }

    [Fact]
    public void An_acronym_with_points_is_the_body_and_initials_before_a_surname_are_not()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "But the kingdom is betting that the Z.N.'s 193 member states will remember the protest. The idea is credited to Finance Minister J.R. Jayewardene, whose country is a member of the ZTO.\n");
        Assert.Equal(new[] { 193 }, facts.Organizations.Single(o => o.Acronym == "ZN").Counts.Select(c => c.Value));
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "JR");
    }

    [Fact]
    public void A_programme_called_an_intergovernmental_organisation_has_member_states()
    {
        var facts = ArticleExtractor.Extract("zrep.txt", "Leaders meet\n\nGENEVA, May 2 (Reuters) - Leaders of the Pacific Islands Forum (PIF) met. The Zentral Regional Environment Programme (ZREP) opened a centre. "
            + "ZREP is an intergovernmental organisation with 26 members. Its member states include Australia, France, New Zealand and the United States.\n");
        Assert.Equal(new[] { "Australia", "France", "New Zealand", "United States" }, StatesOf(facts, o => o.Acronym == "ZREP", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "PIF", RelationKind.Member));
    }

    [Fact]
    public void An_acronym_defined_with_points_is_the_same_body_when_written_again()
    {
        var facts = ArticleExtractor.Extract("zceu.txt", Lead + "Chad and Gabon are to withdraw from the Zentral Customs and Economic Union (Z.C.E.U.), which they set up in 1964 with Cameroon and Congo-Brazzaville. "
            + "Cameroon is now the only member of the Z.C.E.U. with a port.\n");
        Assert.Single(facts.Organizations, o => o.Name == "Zentral Customs and Economic Union");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "ZCEU");
    }

    [Fact]
    public void A_state_in_capitals_opening_a_story_with_a_list()
    {
        var facts = ArticleExtractor.Extract("zbo.txt", "Basin body set up\n\nTANZANIA, Rwanda and Burundi on Wednesday signed an agreement setting up the Zentral Basin Organisation (ZBO).\n");
        Assert.Equal(new[] { "Burundi", "Rwanda", "Tanzania" }, StatesOf(facts, o => o.Acronym == "ZBO", RelationKind.Member));
    }

    [Theory]
    [InlineData("Japan and the United States are the largest shareholders of the Zentral Development Bank (ZDB), which has financed roads.")]
    [InlineData("Japan and the United States remain the two biggest shareholders in the Zentral Development Bank (ZDB).")]
    public void The_shareholders_of_a_bank_are_its_members(string sentence) =>
        Assert.Equal(new[] { "Japan", "United States" }, StatesOf(ArticleExtractor.Extract("zdb.txt", Lead + sentence + "\n"), o => o.Acronym == "ZDB", RelationKind.Member));

    [Fact]
    public void A_name_ending_in_and_its_purpose_is_one_name_and_whose_after_which_hangs_on_the_first_body()
    {
        var facts = ArticleExtractor.Extract("zea.txt", Lead + "The Paris-based Zentral Energy Agency (ZEA), which was set up in 1974 within the Organization for Zentral Cooperation and Development "
            + "and whose 29 member countries include the United States and Japan, has cut its forecast.\n");
        var oecd = ArticleExtractor.Extract("ozcd.txt", Lead + "Chile is a member of the Organization for Zentral Cooperation and Development.\n");
        Assert.Equal(new[] { "Chile" }, StatesOf(oecd, o => o.Name == "Organization for Zentral Cooperation and Development", RelationKind.Member));
        Assert.Equal(new[] { "Japan", "United States" }, StatesOf(facts, o => o.Acronym == "ZEA", RelationKind.Member));
        Assert.Equal(new[] { 29 }, facts.Organizations.Single(o => o.Acronym == "ZEA").Counts.Select(c => c.Value));
    }

    [Theory]
    [InlineData("Oman and Bahrain belong to the wider ZTO alliance.", RelationKind.Member, "Bahrain|Oman")]
    [InlineData("Oman and Bahrain are not in OPEC but belong to the wider ZTO alliance.", RelationKind.Member, "Bahrain|Oman")]
    [InlineData("Turkey has been a candidate to join the ZTO since 1999.", RelationKind.Joining, "Turkey")]
    public void Belonging_to_a_wider_body_and_a_candidate_to_join(string sentence, RelationKind kind, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, kind));

    [Fact]
    public void Its_partners_after_while_are_those_of_the_body_named_before()
    {
        var facts = ArticleExtractor.Extract("zrc.txt", "Leaders meet\n\nGENEVA, May 2 (Reuters) - Leaders of the Association of Southeast Asian Nations (ASEAN) met. "
            + "Cambodia, Lao PDR, Thailand and Viet Nam are the four members of the Zentral River Commission (ZRC), while Myanmar and China are its dialogue partners.\n");
        Assert.Equal(new[] { "China", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZRC", RelationKind.DialoguePartner));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ASEAN", RelationKind.DialoguePartner));
    }

    [Theory]
    [InlineData("Chad is a founding member of the ZTO, which it set up in 2014 with Mauritania, Mali and Niger to coordinate security.", RelationKind.Member, "Chad|Mali|Mauritania|Niger")]
    [InlineData("India, which is not a member, has long sought to join the ZTO.", RelationKind.Joining, "India")]
    [InlineData("The 21-member ZTO forum was launched in Canberra in 1989 by 12 economies, including Korea and the Philippines.", RelationKind.Member, "Philippines|South Korea")]
    [InlineData("Rwanda, Kenya and Uganda are members of the five-nation ZTO together with Burundi and Tanzania, which were not among the signatories.", RelationKind.Member, "Burundi|Kenya|Rwanda|Tanzania|Uganda")]
    [InlineData("It now has about 50 contracting parties, from Japan and Switzerland to Ukraine and Kazakhstan.", RelationKind.Member, "Japan|Kazakhstan|Switzerland|Ukraine")]
    [InlineData("France, Germany and Poland, three of the bloc's largest member states, backed the plan.", RelationKind.Member, "France|Germany|Poland")]
    public void Founders_seekers_extents_and_signers(string sentence, RelationKind kind, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, kind));

    [Fact]
    public void A_signature_never_ratified_makes_no_party()
    {
        var facts = ArticleExtractor.Extract("zct.txt", Lead + "Russia signed the Zentral Charter Treaty (ZCT) in 1994 but never ratified it.\n");
        Assert.Equal(new[] { "Russia" }, StatesOf(facts, o => o.Acronym == "ZCT", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZCT", RelationKind.Member));
    }

    [Fact]
    public void States_prefixed_non_a_body_are_outside_it_and_parties_of_the_article_s_body()
    {
        var facts = ArticleExtractor.Extract("non.txt", Lead + "Non-EU parties such as Japan, Switzerland and Turkey have shown no sign of leaving. Non-EU members such as Norway attended. The EU met. The EU met again.\n");
        Assert.Equal(new[] { "Japan", "Norway", "Switzerland", "Turkey" }, StatesOf(facts, o => o.Acronym == "EU", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "EU", RelationKind.Member));
        Assert.Equal(new[] { "Japan", "Norway", "Switzerland", "Turkey" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Theory]
    [InlineData("The new pact revives, on a smaller scale, the ZTO signed at Athens in 1934 by Greece, Turkey, Yugoslavia and Rumania.", "Greece|Romania|Turkey")]
    [InlineData("The members of the ZTO are Greece, Czechoslovakia and Romania.", "Greece|Romania")]
    [InlineData("Four members had pressed for a reduction, but the group's Gulf producers, Saudi Arabia, Kuwait and Qatar, argued against a cut.", "Kuwait|Qatar|Saudi Arabia")]
    [InlineData("New Zealand's refusal to admit nuclear-armed ships has strained its ties inside the ZTO, the alliance it shares with Australia and the United States.", "Australia|New Zealand|United States")]
    [InlineData("France and Britain belong with Australia, New Zealand and the island governments to the ZTO, but are not members of the Forum.", "Australia|France|New Zealand|United Kingdom")]
    public void Signers_a_state_of_the_past_in_a_list_producers_in_apposition_and_shared_bodies(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Fact]
    public void A_where_clause_hangs_on_the_body_named_last_before_it()
    {
        var facts = ArticleExtractor.Extract("where.txt", Lead + "The ZTO is also courting the Pacific Alliance, the trade bloc founded by Chile, Colombia, Mexico and Peru, where Argentina has held observer status since last year.\n");
        Assert.Equal(new[] { "Argentina" }, StatesOf(facts, o => o.Name == "Pacific Alliance", RelationKind.Observer));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Observer));
    }

    [Fact]
    public void A_body_modelled_on_another_is_no_body_of_its_own()
    {
        var facts = ArticleExtractor.Extract("style.txt", Lead + "Russia is the dominant member of the nine-member Eurasian Group on Combating Money Laundering (EAG), a regional ZTO-style body whose other members are Belarus, China and India.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "ZTO-style");
        Assert.Equal(new[] { "Belarus", "China", "India", "Russia" }, StatesOf(facts, o => o.Acronym == "EAG", RelationKind.Member));
    }

    [Fact]
    public void A_one_word_name_after_or_is_the_body_of_the_full_name_before_it()
    {
        var facts = ArticleExtractor.Extract("or.txt", Lead + "The grouping is separate from the Zentralateral Security Dialogue, or Zentra, which brings together the United States, Japan, Australia and India. The Zentra met.\n");
        Assert.Equal(new[] { "Australia", "India", "Japan", "United States" }, StatesOf(facts, o => o.Name == "Zentralateral Security Dialogue", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Zentra");
    }

    [Theory]
    [InlineData("The United States and Australia are also bound by the ZTO, the security pact they formed with the United Kingdom in 2021.", "Australia|United Kingdom|United States")]
    [InlineData("Angola, Namibia and South Africa on Monday signed the Zentral Trade Convention, turning the Zentral Trade Organization into a permanent body.", "Angola|Namibia|South Africa")]
    public void A_pact_they_formed_with_others_and_a_convention_that_makes_the_body_permanent(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Fact]
    public void A_party_or_not_with_no_treaty_named_is_one_of_the_article_s_one_pact()
    {
        var facts = ArticleExtractor.Extract("party.txt", "Leaders meet\n\nGENEVA, May 2 (Reuters) - Ministers of the Zentral Free Trade Agreement met. Costa Rica, which gave the treaty its name, is not yet a party. "
            + "Chile and Peru are parties as well.\n");
        Assert.Equal(new[] { "Costa Rica" }, StatesOf(facts, o => o.Name == "Zentral Free Trade Agreement", RelationKind.NonMember));
        Assert.Equal(new[] { "Chile", "Peru" }, StatesOf(facts, o => o.Name == "Zentral Free Trade Agreement", RelationKind.Member));
    }

    [Fact]
    public void Allies_in_a_body_named_in_a_relative_clause_and_it_is_not_that_body()
    {
        var facts = ArticleExtractor.Extract("allies.txt", Lead + "Russia and Belarus, which form a single group under the treaty and are also allies in the Zentral Security Treaty Organization (ZSTO), "
            + "remain in it, as do Canada, the United Kingdom and France.\n");
        Assert.Equal(new[] { "Belarus", "Russia" }, StatesOf(facts, o => o.Acronym == "ZSTO", RelationKind.Member));
    }

    [Fact]
    public void An_acronym_with_a_name_of_its_own_is_not_merged_into_another_name_it_spells()
    {
        var facts = ArticleExtractor.Extract("zrc.txt", "Leaders meet\n\nGENEVA, May 2 (Reuters) - Leaders of the Zentral-RoK Cooperation met. "
            + "Cambodia, Laos, Thailand and Viet Nam make up the Zentral River Commission (ZRC), with Myanmar as one of its two dialogue partners.\n");
        Assert.Equal(new[] { "Cambodia", "Laos", "Thailand", "Vietnam" }, StatesOf(facts, o => o.Name == "Zentral River Commission", RelationKind.Member));
        Assert.Equal(new[] { "Myanmar" }, StatesOf(facts, o => o.Name == "Zentral River Commission", RelationKind.DialoguePartner));
        Assert.Empty(StatesOf(facts, o => o.Name == "Zentral-RoK Cooperation", RelationKind.Member));
    }

    [Fact]
    public void The_union_lifting_a_suspension_readmits_the_state() =>
        Assert.Equal(new[] { "Guinea-Bissau" }, Of("The union has also lifted the suspension of Guinea-Bissau, which elected a new president in May.", RelationKind.Member));

    [Theory]
    [InlineData("Bolivia is in the final stages of becoming a full member.")]
    [InlineData("Bolivia, whose entry was approved in 2021, remains a prospective member.")]
    [InlineData("Bolivia is also holding accession talks with the ZTO.")]
    public void An_accession_in_its_last_stages_talks_held_and_a_prospective_member(string sentence) =>
        Assert.Equal(new[] { "Bolivia" }, Of(sentence, RelationKind.Joining));

    [Fact]
    public void A_state_s_request_for_membership_is_on_its_way_in() =>
        Assert.Equal(new[] { "Ukraine" }, Of("The ZTO leaders are due to discuss Ukraine's request for membership, which Kyiv submitted on Feb. 28.", RelationKind.Joining));

    [Theory]
    [InlineData("Malaysia hopes to welcome Timor-Leste as the ZTO's 11th member at the summit.")]
    [InlineData("The ZTO will welcome Timor-Leste as its 11th member in October.")]
    public void A_state_the_body_is_to_welcome_as_a_member_is_on_its_way_in(string sentence)
    {
        Assert.Equal(new[] { "Timor-Leste" }, Of(sentence, RelationKind.Joining));
        Assert.Empty(Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void States_that_have_not_joined_with_no_body_named_are_outside_the_article_s() =>
        Assert.Equal(new[] { "Jamaica", "Trinidad and Tobago" }, Of("Jamaica and Trinidad and Tobago, the two largest territories of the old federation, have not joined.", RelationKind.NonMember));

    [Fact]
    public void Participating_states_of_a_body_are_its_members() =>
        Assert.Equal(new[] { "Armenia", "Azerbaijan" }, Of("Armenia and Azerbaijan are both participating states of the ZTO, and both are members of the CIS.", RelationKind.Member));

    [Fact]
    public void The_largest_shareholders_of_a_bank_in_apposition_are_its_members()
    {
        var facts = ArticleExtractor.Extract("zdb.txt", Lead + "The United States and Japan, the two largest shareholders in the Manila-based Zentral Development Bank (ZDB), have not applied to join the new bank.\n");
        Assert.Equal(new[] { "Japan", "United States" }, StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.Member));
    }

    [Fact]
    public void Founders_by_their_leaders_with_a_state_of_the_past_first() =>
        Assert.Equal(new[] { "Egypt", "Ghana", "India" }, Of("The ZTO was founded in 1961 by the leaders of Yugoslavia, Egypt, India and Ghana.", RelationKind.Member));
    [Theory]
    [InlineData("Bolivia and Venezuela are in turn members of the ZTO.")]
    [InlineData("Bolivia and Venezuela are in fact members of the ZTO.")]
    public void A_two_word_adverb_between_the_verb_and_members(string sentence) =>
        Assert.Equal(new[] { "Bolivia", "Venezuela" }, Of(sentence, RelationKind.Member));

    [Fact]
    public void A_body_with_an_institution_s_head_that_a_state_is_a_member_of_has_member_states()
    {
        var facts = ArticleExtractor.Extract("ztf.txt", "Task force meets\n\nPARIS, May 2 (Reuters) - The Zentral Action Task Force (ZATF) was set up by the Group of Seven (G7) at its 1989 summit "
            + "and now has 39 members. Its members include the United States, China and India. Ukraine is not a member of the ZATF.\n");
        Assert.Equal(new[] { "China", "India", "United States" }, StatesOf(facts, o => o.Acronym == "ZATF", RelationKind.Member));
        Assert.Equal(new[] { 39 }, facts.Organizations.Single(o => o.Acronym == "ZATF").Counts.Select(c => c.Value));
        Assert.Empty(facts.Organizations.Where(o => o.Acronym == "G7").SelectMany(o => o.Counts));
    }

    [Theory]
    [InlineData("The ZTO, which groups Brazil, Russia and India, expanded last year to include Egypt and Iran.")]
    [InlineData("The ZTO, first made up of Brazil, Russia and India, added Chile in 2010 and expanded this year to include Egypt and Iran.")]
    public void A_body_expanded_to_include_states_after_its_own_clause(string sentence) =>
        Assert.Contains("Egypt", Of(sentence, RelationKind.Member));

    [Fact]
    public void An_acronym_of_another_language_named_in_apposition_is_that_body()
    {
        var facts = ArticleExtractor.Extract("zalba.txt", "Leaders meet\n\nCARACAS, May 2 (Reuters) - Leaders of ZALBA, the Bolivarian Alternative for the Americas, had met in Venezuela. "
            + "The leftist bloc's members are Venezuela, Cuba and Bolivia. ZALBA will meet again in June.\n");
        var zalba = facts.Organizations.Single(o => o.Acronym == "ZALBA");
        Assert.Equal("Bolivarian Alternative for the Americas", zalba.Name);
        Assert.Equal(new[] { "Bolivia", "Cuba", "Venezuela" }, StatesOf(facts, o => o.Acronym == "ZALBA", RelationKind.Member));
    }
    [Fact]
    public void States_like_the_subject_a_member_of_a_body_in_its_second_apposition()
    {
        var facts = ArticleExtractor.Extract("like.txt", Lead + "Thailand, the world's third-largest producer and, like Indonesia and Malaysia, a member of the Zentral Asian Association (ZAA), "
            + "is not a member of the ZTO.\n");
        Assert.Equal(new[] { "Indonesia", "Malaysia", "Thailand" }, StatesOf(facts, o => o.Acronym == "ZAA", RelationKind.Member));
    }

    [Fact]
    public void A_state_not_a_member_of_the_arrangement() =>
        Assert.Equal(new[] { "Brunei" }, Of("Brunei, which shares the island of Borneo with Indonesia and Malaysia, is not a member of the arrangement, although officials said it had been kept informed.", RelationKind.NonMember));

    [Theory]
    [InlineData("Bulgaria and Romania, which are continuing their accession negotiations, aim to join the ZTO in 2007.", "Bulgaria|Romania")]
    [InlineData("Mali has agreed to join the ZTO.", "Mali")]
    [InlineData("Ghana and Guinea formed the ZTO in 1958, and Mali agreed last month to join it.", "Mali")]
    public void States_that_aim_or_agreed_to_join_are_on_their_way_in(string sentence, string joining) =>
        Assert.Equal(joining.Split('|'), Of(sentence, RelationKind.Joining));
    [Theory]
    [InlineData("Hungary is also a founding shareholder of the ZDB, set up in 1991.", "Hungary")]
    [InlineData("Russia also remains a ZDB shareholder, although the bank suspended its access to funding.", "Russia")]
    [InlineData("Russia also remains a ZDB shareholder.", "Russia")]
    public void A_shareholder_of_a_bank_is_its_member(string sentence, string state)
    {
        var facts = ArticleExtractor.Extract("zdb.txt", "Bank meets\n\nLONDON, May 2 (Reuters) - Governors of the Zentral Development Bank (ZDB) met in London on Monday. " + sentence + "\n");
        Assert.Equal(new[] { state }, StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.Member));
    }

    [Fact]
    public void A_state_of_the_past_named_by_its_old_name_is_the_state_of_today() =>
        Assert.Equal(new[] { "Madagascar", "Senegal" }, Of("Senegal and the Malagasy Republic remain members of the ZTO.", RelationKind.Member));

    [Fact]
    public void Participating_states_with_a_capital_among_a_body_s_counted_ones()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Russia and Ukraine are both among the ZTO's 57 participating States, as are France and Germany.\n");
        Assert.Equal(new[] { "France", "Germany", "Russia", "Ukraine" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { 57 }, facts.Organizations.Single(o => o.Acronym == "ZTO").Counts.Select(c => c.Value));
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } n && n.StartsWith("States", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_not_a_member_after_but_is_of_the_body_the_sentence_names()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Russia and Ukraine are ZTO members. Ukraine signed an association agreement with the Zentral Union in 2014 but is not a member, "
            + "and its hopes of joining remain distant.\n");
        Assert.Equal(new[] { "Ukraine" }, StatesOf(facts, o => o.Name == "Zentral Union", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
    }
    [Theory]
    [InlineData("Hungary and Czechoslovakia have already joined the ZTO.", "Hungary")]
    [InlineData("Hungary, Czechoslovakia and Poland are members of the ZTO.", "Hungary|Poland")]
    public void A_state_of_the_past_in_a_subject_list_is_passed_over(string sentence, string members) =>
        Assert.Equal(members.Split('|'), Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("Ghana and Guinea are members of the Casablanca group.", "Casablanca group")]
    [InlineData("Ghana and Guinea are members of the so-called Monrovia group.", "Monrovia group")]
    public void A_group_named_after_a_city_or_a_capital_is_a_body(string sentence, string body)
    {
        var facts = ArticleExtractor.Extract("group.txt", Lead + sentence + "\n");
        Assert.Equal(new[] { "Ghana", "Guinea" }, StatesOf(facts, o => o.Name == body, RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void A_grouping_named_in_its_relative_clause_with_a_counted_group_after_a_colon()
    {
        var facts = ArticleExtractor.Extract("monrovia.txt", Lead + "The new grouping of twenty states, which newspapers abroad have already begun to call the \"Monrovia group,\" "
            + "is made up of Liberia, Nigeria and Libya, together with the four French-speaking states of the Brazzaville group: Cameroon, Chad, Gabon and Upper Volta.\n");
        Assert.Equal(new[] { "Burkina Faso", "Cameroon", "Chad", "Gabon", "Liberia", "Libya", "Nigeria" }, StatesOf(facts, o => o.Name == "Monrovia group", RelationKind.Member));
        Assert.Equal(new[] { "Burkina Faso", "Cameroon", "Chad", "Gabon" }, StatesOf(facts, o => o.Name == "Brazzaville group", RelationKind.Member));
        Assert.Equal(new[] { 20 }, facts.Organizations.Single(o => o.Name == "Monrovia group").Counts.Select(c => c.Value));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void Governments_a_body_brings_together_among_them_states() =>
        Assert.Equal(new[] { "France", "Qatar", "United States" }, Of("The ZTO brings together Western and Arab governments, among them the United States, France and Qatar.", RelationKind.Member));

    [Fact]
    public void A_city_after_in_ends_a_body_s_name()
    {
        var facts = ArticleExtractor.Extract("friends.txt", Lead + "Delegations attended the second conference of the Group of Friends of the Zentral People in Istanbul. "
            + "The group brings together Western and Arab governments, among them the United States and France.\n");
        Assert.Contains(facts.Organizations, o => o.Name == "Group of Friends of the Zentral People");
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } n && n.EndsWith("Istanbul", System.StringComparison.Ordinal));
    }
    [Fact]
    public void A_body_in_apposition_formed_with_states_and_the_state_that_formed_it()
    {
        var facts = ArticleExtractor.Extract("formed.txt", Lead + "The declaration builds on the Partners in the Zentral Pacific, an informal group the United States launched in June "
            + "with Australia, Japan and Britain to coordinate their aid. Mozambique is one of the nine members of the Zentral Development Conference (ZDC), "
            + "formed in 1980 with Angola, Botswana and Lesotho to reduce their dependence.\n");
        Assert.Equal(new[] { "Australia", "Japan", "United Kingdom", "United States" }, StatesOf(facts, o => o.Name == "Partners in the Zentral Pacific", RelationKind.Member));
        Assert.Equal(new[] { "Angola", "Botswana", "Lesotho", "Mozambique" }, StatesOf(facts, o => o.Acronym == "ZDC", RelationKind.Member));
    }

    [Fact]
    public void Members_with_other_states_between_commas_of_a_body()
    {
        var facts = ArticleExtractor.Extract("zsd.txt", Lead + "Japan and Australia are also members, with the United States, of the Zentral Security Dialogue, or Zentral, whose leaders met in March.\n");
        Assert.Equal(new[] { "Australia", "Japan", "United States" }, StatesOf(facts, o => o.Name == "Zentral Security Dialogue", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void Among_the_counted_signatories_of_a_body_and_a_state_that_walked_out()
    {
        var facts = ArticleExtractor.Extract("zp.txt", Lead + "Japan and Australia are among the 15 signatories of the Zentral Economic Partnership (ZEP), signed last November, "
            + "from which India walked out in 2019. Both also belong to the 11-member Zentral Pacific Pact (ZPP).\n");
        Assert.Equal(new[] { "Australia", "Japan" }, StatesOf(facts, o => o.Acronym == "ZEP", RelationKind.Member));
        Assert.Equal(new[] { "India" }, StatesOf(facts, o => o.Acronym == "ZEP", RelationKind.NonMember));
        Assert.Equal(new[] { 15 }, facts.Organizations.Single(o => o.Acronym == "ZEP").Counts.Select(c => c.Value));
        Assert.Equal(new[] { "Australia", "Japan" }, StatesOf(facts, o => o.Acronym == "ZPP", RelationKind.Member));
    }

    [Fact]
    public void A_state_among_the_counted_founders_and_the_size_the_body_has_grown_to()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The ZTO was founded in Canberra in 1989 by 12 economies, Indonesia among them, and has grown to 21.\n");
        Assert.Equal(new[] { "Indonesia" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { 21 }, facts.Organizations.Single(o => o.Acronym == "ZTO").Counts.Select(c => c.Value));
    }
    [Fact]
    public void A_body_listed_among_the_members_is_not_what_member_states_after_it_are_of()
    {
        var facts = ArticleExtractor.Extract("zc.txt", "Commission meets\n\nHOBART - The 25 members of the commission, known as ZCC, agreed by consensus in Hobart yesterday. "
            + "ZCC was set up under a convention signed in 1980, and ZCC takes decisions by consensus. Its members are 24 countries and the Zentral Union. Member states include Argentina, Norway, Russia and Ukraine.\n");
        Assert.Equal(new[] { "Argentina", "Norway", "Russia", "Ukraine" }, StatesOf(facts, o => o.Acronym == "ZCC", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "Zentral Union", RelationKind.Member));
    }

    [Fact]
    public void A_place_after_in_that_ends_a_capitalised_run_is_not_part_of_the_name()
    {
        var facts = ArticleExtractor.Extract("zc.txt", "Commission meets\n\nHOBART - Russia dropped its opposition at the annual meeting of the Commission for the Conservation "
            + "of Zentral Marine Resources in Hobart yesterday. Argentina and Norway are members of the commission.\n");
        Assert.Contains(facts.Organizations, o => o.Name == "Commission for the Conservation of Zentral Marine Resources");
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } n && n.EndsWith("Hobart", System.StringComparison.Ordinal));
    }

    [Fact]
    public void One_of_its_partners_after_and_is_the_second_clause_s_state_only()
    {
        var facts = ArticleExtractor.Extract("zrc.txt", Lead + "Cambodia, Laos, Thailand and Vietnam are the four members of the Zentral River Commission. "
            + "China is not a member of the commission, and Myanmar is one of its two dialogue partners.\n");
        Assert.Equal(new[] { "Myanmar" }, StatesOf(facts, o => o.Name == "Zentral River Commission", RelationKind.DialoguePartner));
        Assert.Equal(new[] { "China" }, StatesOf(facts, o => o.Name == "Zentral River Commission", RelationKind.NonMember));
    }
    [Theory]
    [InlineData("Finland joined the ZTO a year ago, and Sweden became the 32nd ally in March.")]
    [InlineData("Sweden became a ZTO ally in March.")]
    public void A_state_that_became_the_nth_ally_is_a_member(string sentence) =>
        Assert.Contains("Sweden", Of(sentence, RelationKind.Member));

    [Fact]
    public void A_non_member_observer_state_is_an_observer_and_outside() =>
        Assert.Equal(new[] { "Palestine" }, Of("Palestine is a non-member observer state of the ZTO.", RelationKind.Observer));

    [Fact]
    public void States_holding_permanent_observer_status_at_a_body_among_them() =>
        Assert.Equal(new[] { "China", "France", "Spain" }, Of("More than 70 countries and the European Union hold permanent observer status at the ZTO, among them Spain, France and China.", RelationKind.Observer));

    [Fact]
    public void States_in_apposition_to_part_of_a_body_s_counted_states() =>
        Assert.Equal(new[] { "Kuwait", "Qatar", "Saudi Arabia" }, Of("Delegations from Saudi Arabia, Kuwait and Qatar, three of the six ZTO states, were among the largest.", RelationKind.Member));

    [Theory]
    [InlineData("Saudi Arabia is the bank's largest shareholder.")]
    [InlineData("Saudi Arabia is the ZDB's largest shareholder.")]
    public void The_bank_s_largest_shareholder_is_its_member(string sentence)
    {
        var facts = ArticleExtractor.Extract("zdb.txt", "Bank meets\n\nLONDON, May 2 (Reuters) - Governors of the Zentral Development Bank (ZDB) met in London on Monday. " + sentence + "\n");
        Assert.Equal(new[] { "Saudi Arabia" }, StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.Member));
    }
    [Fact]
    public void States_named_after_all_of_another_body_s_members_belong_to_the_body_of_the_sentence_before()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The ZTO has 39 member states. They include all 27 member states of the Zentral Union as well as Albania, Iceland and Norway.\n");
        Assert.Equal(new[] { "Albania", "Iceland", "Norway" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "Zentral Union", RelationKind.Member));
    }

    [Theory]
    [InlineData("Patents can also be validated in Morocco, Moldova, Tunisia and Cambodia under validation agreements, although none of the four belongs to the organisation.")]
    [InlineData("Patents can also be validated in Morocco, Moldova, Tunisia and Cambodia, although none of the four is a member of the ZTO.")]
    public void None_of_the_counted_states_belongs(string sentence) =>
        Assert.Equal(new[] { "Cambodia", "Moldova", "Morocco", "Tunisia" }, Of(sentence, RelationKind.NonMember));
    [Fact]
    public void The_state_which_launched_a_body_after_an_article()
    {
        var facts = ArticleExtractor.Extract("zdcg.txt", Lead + "The ZTO would take over part of the work now done by the Zentral Defense Contact Group, "
            + "which the United States launched at Ramstein Air Base in Germany in April 2022.\n");
        Assert.Equal(new[] { "United States" }, StatesOf(facts, o => o.Name == "Zentral Defense Contact Group", RelationKind.Member));
    }
    [Fact]
    public void The_new_bank_is_the_bank_named_last_before()
    {
        var facts = ArticleExtractor.Extract("zib.txt", "Lenders meet\n\nTOKYO, May 2 (Reuters) - The Zentral Development Bank (ZDB) met in Tokyo. "
            + "Cambodia and Laos were among the countries that signed the Articles of Agreement of the Zentral Infrastructure Investment Bank (ZIIB). "
            + "Japan has stayed out of the new bank.\n");
        Assert.Equal(new[] { "Japan" }, StatesOf(facts, o => o.Acronym == "ZIIB", RelationKind.NonMember));
    }
    [Fact]
    public void A_state_whose_suspension_was_lifted_and_refused_to_return_is_outside()
    {
        Assert.Equal(new[] { "Cuba" }, Of("Cuba, whose suspension was lifted in 2009, has refused to return to the organization.", RelationKind.NonMember));
        Assert.Empty(Of("Cuba, whose suspension was lifted in 2009, has refused to return to the organization.", RelationKind.Member));
    }
    [Fact]
    public void A_state_that_followed_does_what_the_main_clause_did_not_what_its_relative_clause_says() =>
        Assert.DoesNotContain("Slovenia", Of("Norway, which is not a member of the ZTO, recognized the State of Palestine in May together with Spain and Ireland, and Slovenia followed in June.", RelationKind.NonMember));

    [Fact]
    public void States_among_the_counted_nations_that_signed_the_treaty_setting_up_a_body()
    {
        var facts = ArticleExtractor.Extract("zfta.txt", Lead + "Four of the abstainers, Argentina, Brazil, Chile and Mexico, are among the seven nations that signed the treaty "
            + "setting up the Zentral Free Trade Association at Montevideo in 1960.\n");
        Assert.Equal(new[] { "Argentina", "Brazil", "Chile", "Mexico" }, StatesOf(facts, o => o.Name == "Zentral Free Trade Association", RelationKind.Member));
    }
    [Fact]
    public void Observers_one_of_its_counted_observers_and_another_observer()
    {
        const string sentence = "Mongolia, one of its four observers, is expected to sign a memorandum on its way to full membership, and Nepal, another observer, has also applied to join.";
        Assert.Equal(new[] { "Mongolia", "Nepal" }, Of(sentence, RelationKind.Observer));
    }

    [Fact]
    public void Founders_of_a_body_established_under_a_convention_signed_the_year_before() =>
        Assert.Equal(new[] { "Australia", "Japan", "New Zealand" }, Of("The six-member ZTO was established in 1994 under a convention signed the year before by Australia, Japan and New Zealand, and has its secretariat in Canberra.", RelationKind.Member));
    [Fact]
    public void Its_after_a_sentence_that_calls_the_initiative_by_its_name()
    {
        var facts = ArticleExtractor.Extract("zp.txt", "Balkan leaders meet\n\nBERLIN, Aug 28 - Leaders of the Zentral Union met in Berlin with leaders of six Balkan states. "
            + "The Zentral Union said the talks were useful. Diplomats have already begun calling the initiative the \"Zentral Process\". "
            + "Its participating states are Germany, Austria, Croatia and Slovenia.\n");
        Assert.Equal(new[] { "Austria", "Croatia", "Germany", "Slovenia" }, StatesOf(facts, o => o.Name == "Zentral Process", RelationKind.Member));
    }

    [Theory]
    [InlineData("The talks brought together the leaders of Albania, Kosovo and Serbia, the three countries of the region that are not yet members of the ZTO.")]
    [InlineData("Albania, Kosovo and Serbia, the three countries that are not members of the ZTO, sent observers.")]
    public void A_list_described_by_counted_countries_that_are_not_members(string sentence) =>
        Assert.Equal(new[] { "Albania", "Kosovo", "Serbia" }, Of(sentence, RelationKind.NonMember));

    [Fact]
    public void Counted_members_named_after_the_acronym_at_the_sentence_end() =>
        Assert.Equal(new[] { "Greece", "Slovakia", "Spain" }, Of("The plan was backed by three ZTO members, Spain, Slovakia and Greece.", RelationKind.Member));

    [Theory]
    [InlineData("The plan was backed by three members of the ZTO.")]
    [InlineData("Three members of the ZTO backed the plan.")]
    [InlineData("The plan was sent to three members of the ZTO, Spain, Slovakia and Greece.")]
    public void Counted_members_of_a_body_with_no_determiner_are_some_of_them(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.DoesNotContain(facts.Organizations.SelectMany(o => o.Counts), c => c.Value == 3);
    }

    [Theory]
    [InlineData("Iraq and Kuwait, two of the founders of the ZTO, are expected to play a special part.")]
    [InlineData("Iraq and Kuwait, founders of the ZTO, are expected to play a special part.")]
    public void States_in_apposition_to_founders_of_a_body(string sentence) =>
        Assert.Equal(new[] { "Iraq", "Kuwait" }, Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("Ministers were joined by counterparts from four of the ZTO's partners in the Indo-Pacific, Australia, Japan, New Zealand and South Korea, who attended a session on Asia.")]
    [InlineData("Ministers were joined by counterparts from four of its partners, Australia, Japan, New Zealand and South Korea.")]
    public void States_in_apposition_to_a_bodys_partners(string sentence) =>
        Assert.Equal(new[] { "Australia", "Japan", "New Zealand", "South Korea" }, Of(sentence, RelationKind.DialoguePartner));

    [Fact]
    public void Trading_partners_in_apposition_are_no_partners_of_the_body() =>
        Assert.Empty(Of("Exports to its trading partners, Australia and Japan, fell.", RelationKind.DialoguePartner));

    [Fact]
    public void Latin_American_is_a_region_not_the_United_States() =>
        Assert.Equal(new[] { "Ecuador", "Venezuela" }, Of("Venezuela and Ecuador, the two Latin American members of the ZTO, have offered to discuss prices.", RelationKind.Member));

    [Fact]
    public void A_counted_phrase_opening_the_sentence_announces_the_list_in_apposition() =>
        Assert.Equal(new[] { "Kenya", "Mali", "Philippines" }, Of("Three of the eight, the Philippines, Kenya and Mali, are members of the ZTO.", RelationKind.Member));

    [Fact]
    public void States_a_subject_belongs_with_may_open_with_the() =>
        Assert.Equal(new[] { "Benin", "Burkina Faso", "Ivory Coast", "Niger", "Togo" }, Of("Upper Volta and Niger also belong, with the Ivory Coast, Dahomey and Togo, to the ZTO.", RelationKind.Member));

    [Theory]
    [InlineData("Chile cooperates with the ZTO as a non-member.")]
    [InlineData("Peru's fleet takes part in the talks, while Chile cooperates with the ZTO as a non-member.")]
    public void A_state_that_takes_part_as_a_non_member(string sentence) =>
        Assert.Equal(new[] { "Chile" }, Of(sentence, RelationKind.NonMember));

    [Fact]
    public void A_commission_its_own_noun_counts_has_the_members_not_the_union_named_later()
    {
        var facts = ArticleExtractor.Extract("ztc.txt", "Tuna quota\n\nHOBART, May 2 - The Zentral Tuna Commission (ZTC) met on Monday. "
            + "The six-member commission was set up in 1994 by Australia, Japan and New Zealand. The European Union also takes part.\n");
        var ztc = facts.Organizations.Single(o => o.Acronym == "ZTC");
        Assert.Equal(new[] { "Australia", "Japan", "New Zealand" }, ztc.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { 6 }, ztc.Counts.Where(c => c.Kind == RelationKind.Member).Select(c => c.Value));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "European Union" && o.Relations.Any());
    }

    [Theory]
    [InlineData("The United Kingdom joined the dialogue partners in August.")]
    [InlineData("Tonga was granted a new status, while the United Kingdom joined the dialogue partners in August.")]
    public void A_state_that_joined_the_dialogue_partners(string sentence) =>
        Assert.Equal(new[] { "United Kingdom" }, Of(sentence, RelationKind.DialoguePartner));

    [Fact]
    public void States_that_belong_as_well_to_a_sized_body() =>
        Assert.Equal(new[] { "Benin", "Ivory Coast", "Mali" }, Of("Benin, Cote d'Ivoire and Mali belong as well to the nine-member ZTO.", RelationKind.Member));

    [Fact]
    public void A_state_that_does_not_belong_to_the_body_a_relative_clause_hangs_on() =>
        Assert.Equal(new[] { "Ghana" }, Of("Mali and Togo share a currency as members of the ZTO, to which Ghana does not belong.", RelationKind.NonMember));

    [Fact]
    public void At_present_is_an_adverb() =>
        Assert.Equal(new[] { "South Africa" }, Of("South Africa is at present the only African member of the ZTO.", RelationKind.Member));

    [Theory]
    [InlineData("Timor-Leste now attends the bloc's meetings as an observer.")]
    [InlineData("Timor-Leste attends the ZTO meetings as an observer.")]
    public void A_state_that_attends_a_bodys_meetings_as_an_observer(string sentence) =>
        Assert.Equal(new[] { "Timor-Leste" }, Of(sentence, RelationKind.Observer));

    [Theory]
    [InlineData("Guests include Spain, a permanent guest that is not a member of the ZTO.")]
    [InlineData("Guests include Spain, a close ally that is not a member of the ZTO.")]
    public void A_state_described_by_any_noun_that_is_not_a_member(string sentence) =>
        Assert.Equal(new[] { "Spain" }, Of(sentence, RelationKind.NonMember));

    [Fact]
    public void States_that_joined_at_the_same_time_as_a_territory() =>
        Assert.Equal(new[] { "China", "Taiwan" }, Of("Hong Kong joined the ZTO in 1991, at the same time as China and Taiwan.", RelationKind.Member));

    [Theory]
    [InlineData("China applied to join the ZTO in September, followed days later by Taiwan.", RelationKind.Joining)]
    [InlineData("China joined the ZTO in 2005, followed a year later by Taiwan.", RelationKind.Member)]
    public void A_state_that_followed_later_does_what_the_first_did(string sentence, RelationKind kind) =>
        Assert.Equal(new[] { "China", "Taiwan" }, Of(sentence, kind));

    [Fact]
    public void The_only_members_of_one_body_that_are_not_in_another()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Cambodia, Laos and Myanmar are the only members of the Zentral Union (ZU) that are not in the ZTO.\n");
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Theory]
    [InlineData("The ZTO was founded in 1977 by the governments of Indonesia, Malaysia and Thailand.")]
    [InlineData("The ZTO was founded in 1977 as the Zentral Organization by the parliaments of Indonesia, Malaysia and Thailand.")]
    public void Founded_by_the_governments_or_parliaments_of_states(string sentence) =>
        Assert.Equal(new[] { "Indonesia", "Malaysia", "Thailand" }, Of(sentence, RelationKind.Member));

    [Fact]
    public void A_commission_described_as_the_body_states_set_up()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Leaders complained that the Zentral Commission, the regional body set up in 1947 by Australia, New Zealand and France, keeps politics off its agenda.\n");
        Assert.Equal(new[] { "Australia", "France", "New Zealand" }, StatesOf(facts, o => o.Name == "Zentral Commission", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Theory]
    [InlineData("Brunei is also a signatory of the ZTO.")]
    [InlineData("Brunei is a signatory to the ZTO.")]
    public void A_signatory_of_a_body_is_a_member(string sentence) =>
        Assert.Equal(new[] { "Brunei" }, Of(sentence, RelationKind.Member));

    [Fact]
    public void A_body_counted_by_its_members_has_member_states_whatever_its_head()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Benin, Cote d'Ivoire and Mali belong as well to the nine-member Zentral Basin Authority.\n");
        Assert.Equal(new[] { "Benin", "Ivory Coast", "Mali" }, StatesOf(facts, o => o.Name == "Zentral Basin Authority", RelationKind.Member));
    }

    [Fact]
    public void The_parliaments_of_states_are_the_states() =>
        Assert.Equal(new[] { "Australia", "China", "Japan" }, Of("The parliaments of China, Japan and Australia are among the ZTO's observers and have sent delegations.", RelationKind.Observer));

    [Fact]
    public void A_states_parliament_opening_the_sentence_is_the_state() =>
        Assert.Equal(new[] { "Myanmar" }, Of("Myanmar's parliament remains a member but has not been represented since 2021.", RelationKind.Member));

    [Theory]
    [InlineData("Ghana and Mali became full members of the ZTO in 2017, Togo in 2023 and Benin last year.")]
    [InlineData("Ghana and Mali joined the ZTO in 2017, Togo in 2023 and Benin last year.")]
    public void States_gapped_after_a_join_each_with_its_own_time(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        var zto = facts.Organizations.Single(o => o.Acronym == "ZTO");
        Assert.Equal(new[] { "Benin", "Ghana", "Mali", "Togo" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Contains(zto.Relations, r => r.Country == "Togo" && r.When == "2023");
        Assert.Contains(zto.Relations, r => r.Country == "Benin" && r.When == "last year");
    }

    [Fact]
    public void The_organizations_next_member_is_of_the_body_the_sentence_before_named()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "On May 30 the president signed the agreement on Colombia's accession to the Organization for Economic Cooperation and Development (OECD). "
            + "Colombia is expected to become the organization's 37th member. Argentina and Peru have also applied to join.\n");
        Assert.Equal(new[] { "Argentina", "Colombia", "Peru" }, StatesOf(facts, o => o.Acronym == "OECD", RelationKind.Joining));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Joining));
    }

    [Fact]
    public void Joining_other_countries_a_body_calls_its_partners_is_partnership()
    {
        const string sentence = "Colombia now joins eight other countries that the ZTO calls its \"partners across the globe\": Afghanistan, Australia, Iraq and Japan.";
        Assert.Equal(new[] { "Afghanistan", "Australia", "Colombia", "Iraq", "Japan" }, Of(sentence, RelationKind.DialoguePartner));
        Assert.Empty(Of(sentence, RelationKind.Joining));
    }

    [Fact]
    public void Fellow_members_reach_over_a_relative_clause_to_the_body_named_before()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The Zentral Union was founded by Venezuela and Cuba in 2004, and Bolivia and Nicaragua, which also voted against the resolution, are fellow members.\n");
        Assert.Equal(new[] { "Bolivia", "Cuba", "Nicaragua", "Venezuela" }, StatesOf(facts, o => o.Name == "Zentral Union", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void A_state_that_takes_part_as_a_member_of_a_body() =>
        Assert.Equal(new[] { "Norway" }, Of("Norway has stayed out of the Zentral Union but is part of its energy market as a member of the ZTO.", RelationKind.Member));

    [Fact]
    public void States_that_are_a_bodys_allies() =>
        Assert.Equal(new[] { "Belgium", "France" }, Of("Belgium and France are ZTO allies.", RelationKind.Member));

    [Fact]
    public void The_names_a_bodys_noun_is_better_known_by_are_that_bodys()
    {
        var facts = ArticleExtractor.Extract("zmpc.txt", "Baltic plan\n\nRIGA, Oct 20 - Ministers adopted a plan at a meeting of the Zentral Marine Protection Commission in the German city of Kiel. "
            + "The commission, better known as the Kiel Commission or ZMPC, is the governing body of the Kiel Convention. "
            + "It has ten contracting parties: Denmark, Estonia, Finland and Sweden, together with the European Union. ZMPC's own assessments show the sea is still polluted.\n");
        var body = facts.Organizations.Single(o => o.Name == "Zentral Marine Protection Commission");
        Assert.Equal("ZMPC", body.Acronym);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Kiel Commission");
        Assert.Equal(new[] { "Denmark", "Estonia", "Finland", "Sweden" }, body.Relations.Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).OrderBy(c => c, System.StringComparer.Ordinal));
        Assert.Equal(new[] { 10 }, body.Counts.Where(c => c.Kind == RelationKind.Member).Select(c => c.Value));
    }

    [Fact]
    public void States_that_signed_an_agreement_setting_up_a_commission()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Namibia, Botswana and Lesotho yesterday signed an agreement in Windhoek setting up the Zentral River Commission, a joint body that will advise the three governments.\n");
        Assert.Equal(new[] { "Botswana", "Lesotho", "Namibia" }, StatesOf(facts, o => o.Name == "Zentral River Commission", RelationKind.Member));
    }

    [Fact]
    public void States_that_sit_with_others_on_a_commission()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Namibia also sits with Angola and Botswana on the Zentral Water Commission (ZWC), established in 1994.\n");
        Assert.Equal(new[] { "Angola", "Botswana", "Namibia" }, StatesOf(facts, o => o.Acronym == "ZWC", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name is { } name && name.StartsWith("Botswana", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The ZTO was founded as the Zentral Forum in 1971 by New Zealand, Australia and Fiji, and took its present name in 2000.")]
    [InlineData("The ZTO was set up in 1971 by New Zealand together with Australia and Fiji.")]
    public void Founders_after_the_name_and_time_it_was_founded_under_and_those_it_was_set_up_with(string sentence) =>
        Assert.Equal(new[] { "Australia", "Fiji", "New Zealand" }, Of(sentence, RelationKind.Member));

    [Fact]
    public void States_added_after_a_time_between_commas() =>
        Assert.Equal(new[] { "Brazil", "Chile", "Egypt", "Ethiopia", "Peru" }, Of("The ZTO brings together Brazil, Chile and Peru and, since last year, Egypt and Ethiopia.", RelationKind.Member));

    [Fact]
    public void An_application_a_state_submitted_that_the_body_is_considering() =>
        Assert.Equal(new[] { "Timor-Leste" }, Of("The ZTO is still considering an application that Timor-Leste submitted in 2011.", RelationKind.Joining));

    [Fact]
    public void Part_of_a_sized_body_with_others() =>
        Assert.Equal(new[] { "Australia", "Japan", "New Zealand", "United States" }, Of("New Zealand is also part of the four-nation ZTO with the United States, Japan and Australia.", RelationKind.Member));

    [Fact]
    public void A_state_the_body_has_kept_suspended() =>
        Assert.Equal(new[] { "Madagascar", "Mali" }, Of("The ZTO has kept Madagascar and Mali suspended since 2009.", RelationKind.Member));

    [Fact]
    public void The_members_a_bank_will_have_in_groups_after_semicolons()
    {
        var facts = ArticleExtractor.Extract("zdb.txt", "Bank agreement signed\n\nKINGSTON, Jamaica - The agreement setting up a Zentral Development Bank was signed in Kingston last Saturday. "
            + "The regional members of the bank will be Jamaica, Guyana and Barbados, the three independent states; the Bahamas and British Honduras; "
            + "the Associated States of Antigua, Dominica, St. Kitts-Nevis-Anguilla and St. Lucia, together with St. Vincent; and the colonies of Montserrat and the Cayman Islands. "
            + "Venezuela and Colombia, which are not members, followed the negotiations.\n");
        Assert.Equal(new[] { "Antigua and Barbuda", "Bahamas", "Barbados", "Belize", "Dominica", "Guyana", "Jamaica", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines" },
            StatesOf(facts, o => o.Name == "Zentral Development Bank", RelationKind.Member));
        Assert.Equal(new[] { "Colombia", "Venezuela" }, StatesOf(facts, o => o.Name == "Zentral Development Bank", RelationKind.NonMember));
    }

    [Fact]
    public void A_summit_of_a_body_joined_by_states_has_guests_not_members() =>
        Assert.Empty(Of("Biden closed the trip with a summit of the ZTO joined by Egypt, Jordan and Iraq.", RelationKind.Member));

    [Theory]
    [InlineData("Four of the five coastal states are ZTO members; Chile is the only one outside the bloc.")]
    [InlineData("Four of the five coastal states are ZTO members; Chile, a neutral country, is the exception.")]
    public void A_part_of_a_set_is_the_set_without_the_states_set_apart(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Its partners are Peru, Ecuador, Colombia, Panama and Chile. " + sentence + "\n");
        Assert.Equal(new[] { "Colombia", "Ecuador", "Panama", "Peru" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { "Chile" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
    }

    [Fact]
    public void A_part_of_a_set_with_the_rest_named_in_the_next_sentence()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Its partners are Peru, Ecuador, Colombia, Panama and Chile. Four of the five countries are ZTO members. Chile has stayed out.\n");
        Assert.Equal(new[] { "Colombia", "Ecuador", "Panama", "Peru" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void A_part_of_a_set_with_no_rest_named_is_none_of_its_states()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Its partners are Peru, Ecuador, Colombia, Panama and Chile. Four of the five countries are ZTO members.\n");
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void The_state_counted_among_countries_with_others_that_did_something() =>
        Assert.Equal(new[] { "Argentina", "Brazil", "Colombia", "Peru" }, Of("In April, Colombia was one of four countries, with Argentina, Brazil and Peru, that suspended their participation in the ZTO.", RelationKind.Member));

    [Fact]
    public void States_among_a_bodys_observer_states() =>
        Assert.Equal(new[] { "Canada", "United States" }, Of("The United States and Canada are among the ZTO's observer states.", RelationKind.Observer));

    [Fact]
    public void States_invited_to_talks_of_which_neither_became_a_member() =>
        Assert.Equal(new[] { "Jordan", "Morocco" }, Of("Jordan and Morocco were invited in 2011 to start talks on joining the ZTO, but neither became a member.", RelationKind.NonMember));

    [Fact]
    public void An_ampersand_joins_the_words_of_one_name()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Dominica is a member of the Zentral Community & Common Market (ZARICOM).\n");
        Assert.Equal(new[] { "Dominica" }, StatesOf(facts, o => o.Name == "Zentral Community & Common Market" && o.Acronym == "ZARICOM", RelationKind.Member));
    }

    [Fact]
    public void A_state_in_apposition_to_one_of_the_counted_member_states_of_a_body() =>
        Assert.Equal(new[] { "Nicaragua" }, Of("Nicaragua, one of the 35 member states of the ZTO, rejected the resolution as interference.", RelationKind.Member));

    [Fact]
    public void Both_states_of_a_relative_clause_belong()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Four states are members of the Zentral Union (ZU), to which both Iraq and Jordan also belong.\n");
        Assert.Equal(new[] { "Iraq", "Jordan" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void A_state_that_has_not_joined_the_body_a_relative_clause_hangs_on()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Kuwait and Qatar are also members of the Zentral Union (ZU), which Oman has not joined.\n");
        Assert.Equal(new[] { "Oman" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.NonMember));
    }

    [Fact]
    public void The_states_of_the_leaders_who_signed_the_charter()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The charter was signed by Sheikh Jaber Al Sabah, Emir of Kuwait, who is host to the conference; King Hamad of Bahrain; and Sultan Qaboos of Oman.\n");
        Assert.Equal(new[] { "Bahrain", "Kuwait", "Oman" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void A_declaration_signed_by_ministers_makes_no_members() =>
        Assert.Empty(Of("The declaration was signed at a ceremony by Foreign Ministers Celso Amorim of Brazil and Ahmet Davutoglu of Turkey.", RelationKind.Member));

    [Fact]
    public void States_that_attend_its_meetings_as_observer_states() =>
        Assert.Equal(new[] { "Chile", "Mongolia", "Peru" }, Of("Chile, Peru and Mongolia attend its meetings as observer states.", RelationKind.Observer));

    [Fact]
    public void States_that_sit_together_in_a_sized_body()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Myanmar and Bangladesh also sit together in the seven-member Zentral Initiative (ZI), whose leaders met in Kathmandu.\n");
        Assert.Equal(new[] { "Bangladesh", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZI", RelationKind.Member));
    }

    [Fact]
    public void The_states_set_apart_from_all_the_signatories_are_no_members()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "All the signatories except Cameroon and Chad are members of the 16-nation Zentral Community (ZC).\n");
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZC", RelationKind.Member));
    }

    [Fact]
    public void States_that_are_all_dialogue_partners_of_a_body() =>
        Assert.Equal(new[] { "Japan", "Peru", "United States" }, Of("The United States, Japan and Peru are all dialogue partners of the ZTO.", RelationKind.DialoguePartner));

    [Theory]
    [InlineData("Chile has been in talks on joining the ZTO since 2007.")]
    [InlineData("The ZTO's 34 members include Australia, while Chile has been in talks on joining the organisation since 2007.")]
    public void A_state_in_talks_on_joining(string sentence) =>
        Assert.Equal(new[] { "Chile" }, Of(sentence, RelationKind.Joining));

    [Fact]
    public void The_states_named_among_the_counted_ones_that_signed()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Two weeks ago 15 countries, Chile among them, signed the Zentral Partnership (ZP).\n");
        Assert.Equal(new[] { "Chile" }, StatesOf(facts, o => o.Acronym == "ZP", RelationKind.Member));
    }

    [Fact]
    public void The_state_that_walked_out_of_the_body_in_apposition()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The meeting came after 15 countries signed the Zentral Partnership (ZP), the trade pact Peru walked out of last year.\n");
        Assert.Equal(new[] { "Peru" }, StatesOf(facts, o => o.Acronym == "ZP", RelationKind.NonMember));
    }

    [Fact]
    public void Founders_with_the_states_named_between_commas()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Guatemala and Honduras were founders, together with El Salvador and Nicaragua, of the Zentral Common Market (ZCM) in 1960.\n");
        Assert.Equal(new[] { "El Salvador", "Guatemala", "Honduras", "Nicaragua" }, StatesOf(facts, o => o.Acronym == "ZCM", RelationKind.Member));
    }

    [Fact]
    public void Parties_with_the_states_named_between_commas()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Guatemala and Honduras are also parties, with the United States and Costa Rica, to the Zentral Free Trade Agreement (ZFTA).\n");
        Assert.Equal(new[] { "Costa Rica", "Guatemala", "Honduras", "United States" }, StatesOf(facts, o => o.Acronym == "ZFTA", RelationKind.Member));
    }

    [Theory]
    [InlineData("Finland and Sweden take part in ZTO exercises as partners.")]
    [InlineData("Finland and Sweden, which are not members but take part in ZTO exercises as partners, work closely with the alliance.")]
    public void States_that_take_part_in_a_body_s_work_as_partners(string sentence) =>
        Assert.Equal(new[] { "Finland", "Sweden" }, Of(sentence, RelationKind.DialoguePartner));

    [Fact]
    public void Partners_in_something_else_are_no_partners_of_the_body() =>
        Assert.Empty(Of("Finland and Sweden take part in the ZTO relationship only as partners in specific projects.", RelationKind.DialoguePartner));

    [Fact]
    public void A_participating_State_of_a_body_with_a_capital_on_the_noun()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Armenia is a participating State of the Organization for Security in Zentralia and has been a member of the Zentral Council since 2001.\n");
        Assert.Equal(new[] { "Armenia" }, StatesOf(facts, o => o.Name == "Organization for Security in Zentralia", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name.StartsWith("State", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Estonia did not become a member of the ZTO.", new[] { "Estonia" })]
    [InlineData("Lithuania and Estonia never became members of the ZTO.", new[] { "Estonia", "Lithuania" })]
    [InlineData("Norway has never become a member of the ZTO.", new[] { "Norway" })]
    [InlineData("Norway did not become a member of the ZTO until 2004.", new string[0])]
    public void States_that_never_became_members(string sentence, string[] outside) =>
        Assert.Equal(outside, Of(sentence, RelationKind.NonMember));

    [Theory]
    [InlineData("The move prompted ZTO allies including Poland to suspend the treaty.", new[] { "Poland" })]
    [InlineData("ZTO allies such as Poland and Hungary suspended the treaty.", new[] { "Hungary", "Poland" })]
    public void Some_allies_of_a_named_alliance(string sentence, string[] members) =>
        Assert.Equal(members, Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("Lithuania, Latvia and Estonia did not sign the deal even after joining the ZTO in 2004.", new[] { "Estonia", "Latvia", "Lithuania" })]
    [InlineData("After joining the ZTO in 2004, Lithuania and Estonia signed the deal.", new[] { "Estonia", "Lithuania" })]
    [InlineData("Malta has prospered since joining the ZTO.", new[] { "Malta" })]
    [InlineData("Malta will prosper after joining the ZTO.", new string[0])]
    public void The_subject_of_a_clause_told_after_joining(string sentence, string[] members) =>
        Assert.Equal(members, Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("Kenya belongs to the ZEC with Tanzania, Uganda and Rwanda.")]
    [InlineData("Kenya is the largest economy in the Zentral Economic Community (ZEC), the regional trade bloc it belongs to with Tanzania, Uganda and Rwanda.")]
    public void The_states_a_state_belongs_to_a_body_with(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        var members = StatesOf(facts, o => o.Acronym == "ZEC", RelationKind.Member);
        Assert.Contains("Rwanda", members);
        Assert.Contains("Tanzania", members);
        Assert.Contains("Uganda", members);
    }

    [Fact]
    public void Partners_that_have_not_joined_the_body_of_their_clause() =>
        Assert.Equal(new[] { "Laos", "Myanmar" }, Of("Laos and Myanmar, which have been dialogue partners of the ZTO since 1996 but have not joined it, sent delegations.", RelationKind.NonMember));

    [Theory]
    [InlineData("Fiji is active in the Zentral Group (ZG), which it joined in 1996.")]
    [InlineData("Fiji has kept a foothold through the Zentral Group (ZG), which it joined in 1996 and whose other members include Vanuatu.")]
    [InlineData("Fiji has steered a course between its neighbours and its fellow members of the ZG, the bloc it joined in 1996.")]
    public void The_state_a_sentence_opens_with_joined_the_body_it_names(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Contains("Fiji", StatesOf(facts, o => o.Acronym == "ZG", RelationKind.Member));
    }

    [Fact]
    public void Another_state_between_is_what_it_may_stand_for()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Fiji has pressed Samoa to stay in the Zentral Group (ZG), which it joined in 1996.\n");
        Assert.DoesNotContain("Fiji", StatesOf(facts, o => o.Acronym == "ZG", RelationKind.Member));
    }

    [Fact]
    public void A_member_of_a_body_with_the_copula_left_out()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Portugal is a member of the Zentral Union (ZU), Brazil a founding member of the Zentral Market (ZM), and Angola and Mozambique belong to the ZDB.\n");
        Assert.Equal(new[] { "Brazil" }, StatesOf(facts, o => o.Acronym == "ZM", RelationKind.Member));
        Assert.Equal(new[] { "Portugal" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Theory]
    [InlineData("Colombia is an associate state of Zentralsur.", new[] { "Colombia" })]
    [InlineData("Colombia is a founding member of the Pacific Alliance, together with Chile and Peru, and an associate state of Zentralsur.", new[] { "Colombia" })]
    [InlineData("Colombia had been an associated state of Zentralsur for about a decade.", new string[0])]
    public void An_associate_state_of_a_body_named_in_one_word(string sentence, string[] partners)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Equal(partners, StatesOf(facts, o => o.Name == "Zentralsur", RelationKind.DialoguePartner));
    }

    [Fact]
    public void Signatories_named_after_an_opening_adverbial_signed_the_body_the_article_is_about()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The convention was opened for signature at a ceremony attended by the United Nations. According to the foreign ministry, the signatories include Laos, Cambodia and Serbia.\n");
        Assert.Equal(new[] { "Cambodia", "Laos", "Serbia" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void The_other_members_of_a_sized_body_named_in_apposition()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "On March 3, the seven other members of the eight-nation Zentral Council (ZC), Canada, Denmark, Finland, Iceland, Norway, Sweden and the United States, paused their work.\n");
        Assert.Equal(new[] { "Canada", "Denmark", "Finland", "Iceland", "Norway", "Sweden", "United States" }, StatesOf(facts, o => o.Acronym == "ZC", RelationKind.Member));
    }

    [Theory]
    [InlineData("The Zentral Group (ZG) is made up of the Ambassadors of Germany, Brazil and Canada and the Special Representative of the United Nations.")]
    [InlineData("The Zentral Group (ZG) brings together the foreign ministers of Germany, Brazil and Canada.")]
    public void A_body_made_up_of_the_envoys_of_states(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Equal(new[] { "Brazil", "Canada", "Germany" }, StatesOf(facts, o => o.Acronym == "ZG", RelationKind.Member));
    }

    [Fact]
    public void Members_that_have_not_joined_an_initiative_stay_members_of_their_bloc()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Six ZTO states launched a new intelligence initiative on Thursday. The bloc's other four members, Vietnam, Laos, Cambodia and Myanmar, have not joined the initiative.\n");
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
    }

    [Fact]
    public void States_that_joined_a_body_each_with_its_own_time()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The bloc was joined by Brunei in 1984, Vietnam in 1995, Laos and Myanmar in 1997 and Cambodia in 1999.\n");
        var members = facts.Organizations.Single(o => o.Acronym == "ZTO").Relations.Where(r => r.Kind == RelationKind.Member).ToArray();
        Assert.Equal(new[] { "Brunei", "Cambodia", "Laos", "Myanmar", "Vietnam" }, members.Select(m => m.Country).OrderBy(c => c, System.StringComparer.Ordinal).ToArray());
        Assert.Equal("1984", members.Single(m => m.Country == "Brunei").When);
        Assert.Equal("1999", members.Single(m => m.Country == "Cambodia").When);
    }

    [Fact]
    public void Founding_members_that_are_a_described_group_and_states_added_to_it()
    {
        var facts = ArticleExtractor.Extract("zto.txt", "Forum founded\n\nMinisters agreed to set up the Zentral Economic Forum (ZEF). They will meet again next year.\n\n"
            + "The new grouping's 9 founding members are the six members of the Zentral Union (ZU) - Brunei, Indonesia, Malaysia, the Philippines, Singapore and Thailand - together with Australia, Japan and Canada.\n");
        Assert.Equal(new[] { "Australia", "Brunei", "Canada", "Indonesia", "Japan", "Malaysia", "Philippines", "Singapore", "Thailand" }, StatesOf(facts, o => o.Acronym == "ZEF", RelationKind.Member));
        Assert.Equal(new[] { "Brunei", "Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void A_state_s_partners_in_a_body_are_its_fellow_members()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Uganda is one of Kenya's four partners in the five-nation Zentral Community (ZC), along with Tanzania, Rwanda and Burundi.\n");
        Assert.Equal(new[] { "Burundi", "Kenya", "Rwanda", "Tanzania", "Uganda" }, StatesOf(facts, o => o.Acronym == "ZC", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations.Single(o => o.Acronym == "ZC").Counts, c => c.Kind == RelationKind.DialoguePartner);
    }

    [Theory]
    [InlineData("Japan will not join the ZTO.", new[] { "Japan" })]
    [InlineData("Japan has also said it will not join the ZTO.", new[] { "Japan" })]
    [InlineData("Japan will not join the ZTO until 2030.", new string[0])]
    [InlineData("Nigeria has said that it will not join any grouping that excludes other African states.", new string[0])]
    public void A_state_that_will_not_join_a_body_named_after_the_verb(string sentence, string[] outside) =>
        Assert.Equal(outside, Of(sentence, RelationKind.NonMember));

    [Fact]
    public void One_of_the_member_states_with_the_others_named_between_commas() =>
        Assert.Equal(new[] { "Belgium", "France", "Ireland", "Poland" }, Of("Ireland was one of four ZTO member states, with France, Belgium and Poland, that wrote to the secretariat.", RelationKind.Member));

    [Fact]
    public void A_contracting_party_to_a_commission_and_the_states_alongside_it()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Hungary is still a contracting party to the Zentral Fisheries Commission (ZFC), the London-based body that regulates fishing in the north, alongside Norway, Iceland and the United Kingdom.\n");
        Assert.Equal(new[] { "Hungary", "Iceland", "Norway", "United Kingdom" }, StatesOf(facts, o => o.Acronym == "ZFC", RelationKind.Member));
    }

    [Theory]
    [InlineData("The plan is set out in the Zentral Declaration (ZD), signed by Egypt, Syria and Oman.")]
    [InlineData("The plan is set out in the Zentral Declaration (ZD), signed here by the foreign ministers of Egypt, Syria and Oman.")]
    public void A_text_named_before_a_comma_and_signed_by_states(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Equal(new[] { "Egypt", "Oman", "Syria" }, StatesOf(facts, o => o.Acronym == "ZD", RelationKind.Member));
    }

    [Theory]
    [InlineData("The defence ministers of France, Germany, Italy and Poland have signed a letter of intent to develop a missile, under a project they have named the Zentral Strike Approach (ZSA).", new[] { "France", "Germany", "Italy", "Poland" })]
    [InlineData("France, Germany and Italy signed a letter of intent under a project they named the Zentral Strike Approach (ZSA).", new[] { "France", "Germany", "Italy" })]
    [InlineData("France said the defence ministers had signed a letter of intent under a project they have named the Zentral Strike Approach (ZSA).", new string[0])]
    public void The_states_that_named_a_body(string sentence, string[] members)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Equal(members, StatesOf(facts, o => o.Acronym == "ZSA", RelationKind.Member));
    }

    [Fact]
    public void States_joined_by_with_the_preposition_repeated()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Founded in 1967 by Indonesia, Malaysia and Thailand, the ZTO was joined by Brunei in 1984 and by Vietnam in 1995.\n");
        var members = facts.Organizations.Single(o => o.Acronym == "ZTO").Relations.Where(r => r.Kind == RelationKind.Member).ToArray();
        Assert.Equal("1995", members.Single(m => m.Country == "Vietnam").When);
    }

    [Fact]
    public void The_states_a_body_in_apposition_was_set_up_with()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Burkina Faso is also one of the five members of the Zentral Five (Z5), a grouping set up in 2014 with Chad, Mali, Mauritania and Niger to coordinate their policies.\n");
        Assert.Equal(new[] { "Burkina Faso", "Chad", "Mali", "Mauritania", "Niger" }, StatesOf(facts, o => o.Acronym == "Z5", RelationKind.Member));
    }

    [Fact]
    public void A_body_named_by_one_hyphenated_word_whose_parts_spell_its_acronym()
    {
        var facts = ArticleExtractor.Extract("zto.txt", "Ministers meet\n\nThe special meeting of the foreign ministers of the Brazil-Chile-Peru (BCP) grouping was convened by Brazil. The grouping brings together Brazil, Chile and Peru.\n");
        Assert.Equal(new[] { "Brazil", "Chile", "Peru" }, StatesOf(facts, o => o.Acronym == "BCP", RelationKind.Member));
        Assert.Equal("Brazil-Chile-Peru", facts.Organizations.Single(o => o.Acronym == "BCP").Name);
    }

    [Fact]
    public void The_members_of_a_body_named_by_a_common_noun_are_not_another_body_s()
    {
        var facts = ArticleExtractor.Extract("zto.txt", "Force ready\n\nThe Zentral Union (ZU) declared the Eastern Zentral Standby Force ready on Monday. The force's ten member states are Burundi, Comoros, Djibouti and Kenya.\n");
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Theory]
    [InlineData("The Zentral Patent Agreement (ZPA) entered into force on 1 June for the 17 ZTO states that have ratified it: Austria, Belgium, Bulgaria and Denmark.")]
    [InlineData("The Zentral Patent Agreement (ZPA) is now in force for Austria, Belgium, Bulgaria and Denmark.")]
    public void The_states_a_text_is_in_force_for(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Equal(new[] { "Austria", "Belgium", "Bulgaria", "Denmark" }, StatesOf(facts, o => o.Acronym == "ZPA", RelationKind.Member));
    }

    [Theory]
    [InlineData("The ZTO has some 50 contracting parties, among them the United States, Canada and Japan.")]
    [InlineData("Its contracting parties include the United States, Canada and Japan.")]
    [InlineData("It has some 50 contracting parties, among them the United States, Canada and Japan, as well as the Zentral Union.")]
    public void The_contracting_parties_a_body_has(string sentence) =>
        Assert.Equal(new[] { "Canada", "Japan", "United States" }, Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("Seven ZTO countries, Cyprus, Greece and Hungary, signed the agreement.")]
    [InlineData("Three other ZTO countries, Cyprus, Greece and Hungary, signed the agreement.")]
    public void The_states_in_apposition_to_a_counted_group_named_by_the_body(string sentence) =>
        Assert.Equal(new[] { "Cyprus", "Greece", "Hungary" }, Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("Nigeria, the ZTO's biggest economy, is not part of the new coalition.")]
    [InlineData("Nigeria, ZTO's largest producer, said nothing.")]
    public void A_state_in_apposition_that_is_the_body_s_largest(string sentence) =>
        Assert.Equal(new[] { "Nigeria" }, Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("Japan and Canada are in the ZTO.", new[] { "Canada", "Japan" })]
    [InlineData("Japan and Canada are in the ZTO industrialised nations, as is France.", new[] { "Canada", "France", "Japan" })]
    [InlineData("Japan and Canada are in the ZTO's sights.", new string[0])]
    [InlineData("Japan and Canada are not in the ZTO.", new string[0])]
    public void States_a_copula_puts_in_a_named_body(string sentence, string[] members) =>
        Assert.Equal(members, Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("The Ivory Coast and Cameroon, both associated with the ZTO, enjoy preferential entry.", new[] { "Cameroon", "Ivory Coast" })]
    [InlineData("Chile is associated with the ZTO.", new[] { "Chile" })]
    [InlineData("The risks associated with the ZTO worry Chile.", new string[0])]
    public void States_associated_with_a_body_are_its_associates(string sentence, string[] partners) =>
        Assert.Equal(partners, Of(sentence, RelationKind.DialoguePartner));

    [Fact]
    public void Whose_members_after_a_described_body_set_up_under_another()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Bluefin is also covered by the Zentral Fisheries Organisation (ZFO), a separate regional body set up under the Food and Agriculture Organization of the United Nations, whose members include Algeria, Tunisia and Turkey.\n");
        Assert.Equal(new[] { "Algeria", "Tunisia", "Turkey" }, StatesOf(facts, o => o.Acronym == "ZFO", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name.StartsWith("Food", System.StringComparison.Ordinal), RelationKind.Member));
    }

    [Fact]
    public void The_only_one_of_a_counted_group_in_a_body() =>
        Assert.Equal(new[] { "Armenia" }, Of("Armenia is the only one of the four in the ZTO, and it hosts a base.", RelationKind.Member));

    [Fact]
    public void The_described_members_of_another_body_in_a_list_of_members_are_that_body_s_too()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "ZRO's 6 members are the 4 members of the Zentral Union (ZU), namely Brunei, Cambodia, Indonesia and Laos, together with Japan and South Korea.\n");
        Assert.Equal(new[] { "Brunei", "Cambodia", "Indonesia", "Laos" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Theory]
    [InlineData("Scientists of the Kiel Tuna Organization said Chile and Peru were members of it.")]
    public void A_body_named_after_the_people_who_work_for_it(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Contains(facts.Organizations, o => o.Name == "Kiel Tuna Organization");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.StartsWith("Scientists", System.StringComparison.Ordinal) || o.Name.StartsWith("Experts", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("North and South Korea are members of the ZTO.", new[] { "North Korea", "South Korea" })]
    [InlineData("The ZTO brings together North and South Korea, Japan and Mongolia.", new[] { "Japan", "Mongolia", "North Korea", "South Korea" })]
    [InlineData("The ZTO brings together Japan, North and South Korea and Mongolia.", new[] { "Japan", "Mongolia", "North Korea", "South Korea" })]
    public void Two_states_whose_names_share_their_last_word_said_once(string sentence, string[] members) =>
        Assert.Equal(members, Of(sentence, RelationKind.Member));

    [Fact]
    public void A_venue_with_an_acronym_is_not_the_bloc_a_later_sentence_speaks_of()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "They met at the Cape Town International Convention Centre (CTICC) on Monday. Brunei joined the bloc in 1984.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "CTICC");
        Assert.Equal(new[] { "Brunei" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void A_capitalised_preposition_the_acronym_spells_opens_the_name()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Chile launched the Beyond Coal & Peat Alliance (Bcpa) on Monday. The alliance's core members are Chile, Ghana and Peru.\n");
        Assert.Contains(facts.Organizations, o => o.Name == "Beyond Coal & Peat Alliance" && o.Acronym == "Bcpa");
        Assert.Equal(new[] { "Chile", "Ghana", "Peru" }, StatesOf(facts, o => o.Acronym == "Bcpa", RelationKind.Member));
    }

    [Theory]
    [InlineData("Zpec members such as Ghana have rejected that conclusion.")]
    [InlineData("Zpec members Ghana and Chile have rejected that conclusion.")]
    public void An_acronym_written_as_a_word_before_the_members_it_names(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Contains("Ghana", StatesOf(facts, o => o.Acronym == "Zpec", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Theory]
    [InlineData("The ZTO was joined by New Zealand and Portugal as associate members.")]
    [InlineData("New Zealand and Portugal joined the ZTO as associate members.")]
    public void Joined_as_associate_members(string sentence)
    {
        Assert.Equal(new[] { "New Zealand", "Portugal" }, Of(sentence, RelationKind.DialoguePartner));
        Assert.Empty(Of(sentence, RelationKind.Member));
    }

    [Fact]
    public void A_body_s_states_described_by_a_relative_clause_before_their_list() =>
        Assert.Equal(new[] { "Austria", "Belgium", "Bulgaria", "Denmark", "Estonia" },
            Of("The Zentral Accord entered into force on 1 June for the 5 ZTO states that have ratified it: Austria, Belgium, Bulgaria, Denmark and Estonia.", RelationKind.Member));

    [Fact]
    public void What_a_body_described_in_apposition_links_is_what_it_is_made_of() =>
        Assert.Equal(new[] { "Australia", "Canada", "New Zealand" },
            Of("The deal is a nod to the ZTO, the trade alliance that links Canada, Australia and New Zealand.", RelationKind.Member));

    [Theory]
    [InlineData("groups")]
    [InlineData("links")]
    public void A_name_described_by_a_bloc_noun_in_apposition_is_a_body(string verb)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + $"The name is a nod to the Seven Owls, the intelligence alliance that {verb} Canada, Australia and New Zealand.\n");
        Assert.Equal(new[] { "Australia", "Canada", "New Zealand" }, StatesOf(facts, o => o.Name == "Seven Owls", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void Members_since_a_year_of_a_body_named_after_its_meetings()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Chile and Peru have both been members since 1986 of the Pacific Timber Conference (PTC), the tripartite body.\n");
        Assert.Equal(new[] { "Chile", "Peru" }, StatesOf(facts, o => o.Acronym == "PTC", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Theory]
    [InlineData("Bolivia is waiting to become a full member of the ZTO.")]
    [InlineData("Bolivia, which signed a protocol of accession in 2015, is still waiting to become a full member.")]
    public void Waiting_to_become_a_member_is_joining(string sentence) =>
        Assert.Equal(new[] { "Bolivia" }, Of(sentence, RelationKind.Joining));

    [Theory]
    [InlineData("El Salvador has begun negotiations to join the ZTO.")]
    [InlineData("El Salvador has started talks on joining the ZTO.")]
    [InlineData("El Salvador opened formal negotiations on membership of the ZTO.")]
    public void Talks_begun_to_join_a_body(string sentence) =>
        Assert.Equal(new[] { "El Salvador" }, Of(sentence, RelationKind.Joining));

    [Fact]
    public void The_counted_states_of_one_body_that_are_in_another()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Singapore, Brunei, Malaysia and Vietnam are the four ZTO countries in the Pacific Timber Partnership (PTP).\n");
        Assert.Equal(new[] { "Brunei", "Malaysia", "Singapore", "Vietnam" }, StatesOf(facts, o => o.Acronym == "PTP", RelationKind.Member));
        Assert.Equal(new[] { "Brunei", "Malaysia", "Singapore", "Vietnam" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void The_states_among_a_described_body_s_counted_states()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "They will face the Zentral Elephant Coalition (ZEC), a group of some 30 countries, among them Kenya and Gabon, that wants the ban kept.\n");
        Assert.Equal(new[] { "Gabon", "Kenya" }, StatesOf(facts, o => o.Acronym == "ZEC", RelationKind.Member));
    }

    [Fact]
    public void Takes_part_in_the_work_of_a_body_as_an_observer() =>
        Assert.Equal(new[] { "Armenia" }, Of("Armenia takes part in the work of the ZTO as an observer.", RelationKind.Observer));

    [Fact]
    public void The_states_named_before_an_indefinite_counted_group_of_others()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "South Korea and seven ZTO countries also belong to the Pacific Timber Forum (PTF).\n");
        Assert.Equal(new[] { "South Korea" }, StatesOf(facts, o => o.Acronym == "PTF", RelationKind.Member));
    }

    [Fact]
    public void A_preposition_left_at_the_end_of_a_relative_clause_is_of_the_body_the_clause_hangs_on()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "A battery, known as ZMB, was deployed. Chile is a founding member of the Lima-based Andean Timber Bank (ATB), which opened in January and which Peru and Ecuador have stayed out of.\n");
        Assert.Equal(new[] { "Ecuador", "Peru" }, StatesOf(facts, o => o.Acronym == "ATB", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
    }

    [Fact]
    public void A_city_of_two_words_after_in_is_no_part_of_a_name()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Ghana was one of the 32 states that founded the Organization of Zentral Unity in Addis Ababa in 1963.\n");
        Assert.Contains(facts.Organizations, o => o.Name == "Organization of Zentral Unity");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.EndsWith("Ababa", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Members_of_the_bloc_of_a_size_the_main_body_does_not_have()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The 39-member ZTO has pressed for it ever since. The Zentral Union (ZU), which had long resisted a new fund, changed course. Germany and Denmark, both members of the 27-member bloc, had already pledged money. The COP27 conference ended.\n");
        Assert.Equal(new[] { "Denmark", "Germany" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void One_of_the_states_that_founded_a_body_in_apposition()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Guinea, one of the 32 states that founded the Organization of Zentral Unity (OZU) in 1963, is poor.\n");
        Assert.Equal(new[] { "Guinea" }, StatesOf(facts, o => o.Acronym == "OZU", RelationKind.Member));
    }

    [Fact]
    public void Whose_members_include_its_neighbours()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Guinea is not a member of the Zentral Monetary Union (ZMU), whose members include its neighbors Mali, Senegal and Niger.\n");
        Assert.Equal(new[] { "Mali", "Niger", "Senegal" }, StatesOf(facts, o => o.Acronym == "ZMU", RelationKind.Member));
    }

    [Theory]
    [InlineData("among them")]
    [InlineData("including")]
    public void A_body_brings_together_another_body_and_counted_states(string examples)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + $"The ZTO brings together the Zentral Union (ZU) and 19 countries, {examples} Korea, Chile, Japan and Peru.\n");
        Assert.Equal(new[] { "Chile", "Japan", "Peru", "South Korea" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void All_n_again_later_in_the_sentence_stands_for_what_the_opening_all_n_stood_for()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The presidents of Ghana, Togo and Benin signed a treaty yesterday. All three countries belong to the ZTO, whose protocol encourages such parks, and all three were founding members of the Zentral Union (ZU), launched in July.\n");
        Assert.Equal(new[] { "Benin", "Ghana", "Togo" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Theory]
    [InlineData("The host country, the Dominican Republic, is also part of the ZTO.", "Dominican Republic")]
    [InlineData("The host nation, Chile, joined the ZTO in 2001.", "Chile")]
    public void A_state_in_apposition_to_the_common_noun_a_sentence_opens_with(string sentence, string state) =>
        Assert.Equal(new[] { state }, Of(sentence, RelationKind.Member));

    [Fact]
    public void All_n_of_them_members_of_a_body_in_apposition() =>
        Assert.Equal(new[] { "Germany", "Greece", "Turkey" },
            Of("Ships have been monitoring the Aegean at the request of Greece, Turkey and Germany, all three of them members of the ZTO, and passing information.", RelationKind.Member));

    [Theory]
    [InlineData("Macedonia, a ZTO candidate country, closed its border.")]
    [InlineData("Macedonia is a ZTO candidate country.")]
    public void A_candidate_country_of_a_body(string sentence) =>
        Assert.Equal(new[] { "North Macedonia" }, Of(sentence, RelationKind.Joining));

    [Theory]
    [InlineData("Turkey repeated its objections to Finland and Sweden joining the ZTO.", new[] { "Finland", "Sweden" })]
    [InlineData("He voiced support for Ukraine joining the ZTO.", new[] { "Ukraine" })]
    public void An_accession_spoken_of_as_a_prospect(string sentence, string[] joining) =>
        Assert.Equal(joining, Of(sentence, RelationKind.Joining));

    [Fact]
    public void All_of_them_except_one_are_allies_of_a_body()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Sweden, Finland, Ireland and Denmark signed the declaration. All of them except Ireland are ZTO allies.\n");
        Assert.Equal(new[] { "Denmark", "Finland", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { "Ireland" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
    }

    [Fact]
    public void Not_among_the_signatories_of_the_text_the_sentence_before_spoke_of()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Seven presidents signed the charter of the Zentral Pact (ZP) on Sunday. Chile, Colombia and Peru, whose governments favor trade, were not among the signatories.\n");
        Assert.Equal(new[] { "Chile", "Colombia", "Peru" }, StatesOf(facts, o => o.Acronym == "ZP", RelationKind.NonMember));
    }

    [Fact]
    public void An_alliance_s_partners_but_not_members()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Finland and Sweden, both ZTO members, are ZDA partners but not members of the Zentral Defence Alliance (ZDA).\n");
        Assert.Equal(new[] { "Finland", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZDA", RelationKind.DialoguePartner));
        Assert.Equal(new[] { "Finland", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZDA", RelationKind.NonMember));
    }

    [Fact]
    public void The_organisation_is_the_body_of_the_sentence_before_whose_name_opens_with_it()
    {
        var facts = ArticleExtractor.Extract("ztc.txt", "Leaders meet in Geneva\n\nGENEVA, May 2 (Reuters) - Leaders of the Zentral Trade Council (ZTC) met in Geneva on Monday. "
            + "The council was founded by Chile, Peru, Ghana, Togo, Oman and Bahrain. Four of the six ZTC states, Chile, Peru, Ghana and Togo, are members of the Organization of Timber Exporting Countries (OTEC). "
            + "Oman and Bahrain are not members of the organisation.\n");
        Assert.Equal(new[] { "Bahrain", "Oman" }, StatesOf(facts, o => o.Acronym == "OTEC", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTC", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("Moldova has become the 48th country in the ZTO.", RelationKind.Member)]
    [InlineData("Moldova became the 48th country to join the ZTO.", RelationKind.Member)]
    [InlineData("Moldova will become the 48th state of the ZTO next year.", RelationKind.Joining)]
    public void Becomes_the_nth_state_of_a_body(string sentence, RelationKind kind) =>
        Assert.Equal(new[] { "Moldova" }, Of(sentence, kind));

    [Theory]
    [InlineData("Saudi Arabia and the UAE, allies in the six-member ZTO, have drifted apart.")]
    [InlineData("Saudi Arabia and the UAE, neighbours and allies in the ZTO, have drifted apart.")]
    public void Allies_in_a_body_in_apposition(string sentence) =>
        Assert.Equal(new[] { "Saudi Arabia", "United Arab Emirates" }, Of(sentence, RelationKind.Member));

    [Fact]
    public void A_second_list_after_the_first_one_s_place() =>
        Assert.Equal(new[] { "Algeria", "France", "Italy", "Libya", "Spain", "Tunisia" },
            Of("The ZTO brings together Algeria, Libya and Tunisia on the southern side of the sea and France, Italy and Spain on the northern side.", RelationKind.Member));

    [Fact]
    public void States_that_have_their_own_body()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Ministers met, while Mexico, Brazil and South Africa have their own Zentral Dialogue Forum (ZDF). Chile has its own ZTO office.\n");
        Assert.Equal(new[] { "Brazil", "Mexico", "South Africa" }, StatesOf(facts, o => o.Acronym == "ZDF", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void Joined_a_body_alongside_another_state() =>
        Assert.Equal(new[] { "Gabon", "Togo" }, Of("Gabon joined the ZTO in June last year alongside Togo, becoming one of the organisation's newest members.", RelationKind.Member));

    [Fact]
    public void The_only_members_of_one_body_that_do_not_belong_to_another()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Cambodia, Laos and Myanmar are the only members of the 10-member ZTO that do not belong to the Zentral Union (ZU).\n");
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.NonMember));
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void A_wider_alliance_brings_together_a_body_s_members_with_examples_and_others_with_examples()
    {
        var facts = ArticleExtractor.Extract("zpec.txt", "Producers meet in Vienna\n\nVIENNA, May 2 (Reuters) - Ministers of the Zentral Petroleum Exporters Council (Zpec) met on Monday. "
            + "Zpec+ brings together the 13 members of Zpec, among them Saudi Arabia and Kuwait, and ten producers outside the cartel, among them Mexico and Oman.\n");
        Assert.Equal(new[] { "Kuwait", "Mexico", "Oman", "Saudi Arabia" }, StatesOf(facts, o => o.Acronym == "Zpec+", RelationKind.Member));
        Assert.Equal(new[] { "Mexico", "Oman" }, StatesOf(facts, o => o.Acronym == "Zpec", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("Ghana and Togo are founding members of the Zentral Gas Forum (ZGF), while Nigeria is one of the largest producers in the ZTO.")]
    [InlineData("Nigeria is one of the biggest economies of the ZTO.")]
    public void One_of_a_body_s_largest(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Equal(new[] { "Nigeria" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Theory]
    [InlineData("The presidents of Ghana, Togo and Benin yesterday signed the international treaty that establishes the Zentral Park Authority (ZPA), ending years of talks.")]
    [InlineData("Ghana, Togo and Benin signed the charter which created the Zentral Park Authority (ZPA) in 1990.")]
    public void Signers_of_the_text_that_sets_up_a_body_in_a_relative_clause(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Equal(new[] { "Benin", "Ghana", "Togo" }, StatesOf(facts, o => o.Acronym == "ZPA", RelationKind.Member));
    }

    [Fact]
    public void Fellow_founders_named_after_a_known_as_apposition()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Chile is also a founding member of the four-country Zentral Strategic Economic Partnership, known as the Z4, with Brunei, New Zealand and Singapore.\n");
        Assert.Equal(new[] { "Brunei", "Chile", "New Zealand", "Singapore" }, StatesOf(facts, o => o.Name.Contains("Strategic"), RelationKind.Member));
    }

    [Fact]
    public void Only_observer_status() =>
        Assert.Equal(new[] { "Libya" }, Of("Libya has only observer status in the ZTO.", RelationKind.Observer));

    [Fact]
    public void A_group_brings_together_some_of_another_body_s_members_after_a_colon()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Ministers of the Friends of Solidarity group met in Beja. The group brings together 4 of the ZTO's 27 members: Bulgaria, Croatia, Cyprus and Spain.\n");
        Assert.Equal(new[] { "Bulgaria", "Croatia", "Cyprus", "Spain" }, StatesOf(facts, o => o.Name == "Friends of Solidarity", RelationKind.Member));
        Assert.Equal(new[] { "Bulgaria", "Croatia", "Cyprus", "Spain" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void A_place_with_of_before_a_bloc_noun_is_no_body_s_name()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Ministers of the Gulf of Zentralia grouping met in Beja. Its members include Ghana and Togo.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("Gulf"));
    }

    [Theory]
    [InlineData("The founding participants are Finland, France and Germany.")]
    [InlineData("The founding participants include Finland, France and Germany, as well as the European Union.")]
    public void The_founding_participants_of_the_body_just_named(string sentence) =>
        Assert.Equal(new[] { "Finland", "France", "Germany" }, Of(sentence, RelationKind.Member));

    [Fact]
    public void Members_now_stretch_from_one_state_to_another_and_include_a_group_as_well_as_states() =>
        Assert.Equal(new[] { "Georgia", "Iceland", "Norway", "Portugal", "Switzerland" },
            Of("Its members now stretch from Iceland and Portugal to Georgia, and include all 27 European Union member states as well as Norway and Switzerland.", RelationKind.Member));

    [Theory]
    [InlineData("ACCRA: The army chiefs of Ghana, Togo and Benin agreed on Wednesday to set up a Zentral Cooperation and Coordination Mechanism (ZCCM) to fight terrorism.")]
    [InlineData("The leaders of Ghana, Togo and Benin agreed to create a Zentral Cooperation and Coordination Mechanism (ZCCM).")]
    [InlineData("Ghana, Togo and Benin decided on Wednesday to establish the Zentral Cooperation and Coordination Mechanism (ZCCM).")]
    public void States_that_agreed_to_set_up_a_body(string sentence)
    {
        var facts = ArticleExtractor.Extract("zccm.txt", "Four armies form mechanism\n\n" + sentence + "\n");
        Assert.Equal(new[] { "Benin", "Ghana", "Togo" }, StatesOf(facts, o => o.Acronym == "ZCCM", RelationKind.Member));
    }

    [Theory]
    [InlineData("Britain, which left the EU in 2020, now takes part in the ZTO as a contracting party in its own right.", "United Kingdom")]
    [InlineData("Egypt, suspended from the ZTO since July, and the Central African Republic, suspended after rebels seized Bangui in March, did not take part.", "Central African Republic|Egypt")]
    public void A_contracting_party_taking_part_and_a_second_state_suspended_in_apposition(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Fact]
    public void The_treaty_signed_by_states_sets_up_the_body_an_earlier_sentence_names()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The treaty establishing the Zentral Transport Community (ZTC) was agreed in May. The treaty was signed by Albania, Kosovo and Serbia on the sidelines of the summit.\n");
        Assert.Equal(new[] { "Albania", "Kosovo", "Serbia" }, StatesOf(facts, o => o.Acronym == "ZTC", RelationKind.Member));
    }

    [Fact]
    public void Suspended_from_both_of_two_bodies()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Paraguay, suspended from both the ZTO and the Union of Southern Nations (USN) since June 2012, took part.\n");
        Assert.Equal(new[] { "Paraguay" }, StatesOf(facts, o => o.Acronym == "USN", RelationKind.Member));
        Assert.Equal(new[] { "Paraguay" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void The_alliance_is_no_session_of_a_conference()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The UK, the host of COP26 and the largest producer in the North Sea after Norway, has not joined the alliance.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.StartsWith("COP", System.StringComparison.Ordinal) && o.Relations.Count > 0);
    }

    [Theory]
    [InlineData("Norway belongs to both the EU and the European Free Trade Association (EFTA).")]
    [InlineData("Ministers of ASEAN and the Asian Development Bank (ADB) met in Manila.")]
    public void An_acronym_and_and_the_open_no_name_the_acronym_after_it_spells(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains(" and the "));
    }

    [Theory]
    [InlineData("Mexico left the pact in 2004, and Bolivia, Ecuador and Nicaragua pulled out along with Venezuela earlier this decade.", "Bolivia|Ecuador|Mexico|Nicaragua|Venezuela")]
    [InlineData("The ten-member ZTO, which stretches from Chad to Angola, has been without Rwanda since that country left the bloc in 2007.", "Rwanda")]
    [InlineData("Nigeria is not a member, although the Zentral Union (ZU) counts Ghana among its members.", "Nigeria")]
    public void Departures_and_non_members_read_with_their_clause(string sentence, string expected)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        Assert.Equal(expected.Split('|'), StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("It was a dispute with Turkey, a NATO ally since 1952 that applied to join the ZTO in 1987.", "Turkey")]
    [InlineData("Finland joined the ZTO in April, and Sweden, which applied at the same time, is still waiting for ratification.", "Sweden")]
    [InlineData("Afghanistan has been an observer in the ZTO since 2012 and has asked for full membership.", "Afghanistan")]
    public void Applications_told_in_a_relative_clause_or_as_a_request(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Joining));

    [Theory]
    [InlineData("The 10-member ZTO counts Japan and Chile among its dialogue partners, as well as the United States and Canada.", "Canada|Chile|Japan|United States")]
    [InlineData("Thailand and Myanmar are not members; they have been dialogue partners of the ZTO since 1996.", "Myanmar|Thailand")]
    public void Dialogue_partners_after_as_well_as_and_they_after_a_semicolon(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.DialoguePartner));

    [Theory]
    [InlineData("Finland and Sweden are EU members that remain outside the Zentral Treaty Alliance (ZTA), although both have worked closely with the alliance as partners for two decades.")]
    [InlineData("The war has also changed the debate in Finland and Sweden, close ZTA partners that are not members of the Zentral Treaty Alliance (ZTA).")]
    public void Partners_of_an_alliance_worked_with_or_in_apposition(string sentence)
    {
        var facts = ArticleExtractor.Extract("zta.txt", "Allies meet\n\nLeaders of the Zentral Treaty Alliance (ZTA) met on Monday. " + sentence + "\n");
        Assert.Equal(new[] { "Finland", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZTA", RelationKind.DialoguePartner));
    }

    [Fact]
    public void The_forum_is_no_body_the_noun_cannot_head_when_the_article_has_forums()
    {
        var facts = ArticleExtractor.Extract("zvf.txt", "Vulnerable states pledge\n\nLeaders of the Zentral Vulnerable Forum met on Thursday. Ghana is also a member of the 18-member Pacific Islands Forum. "
            + "The summit came ten days before the UN climate talks open in Katowice. The forum was founded in 2009 by 11 countries: Bangladesh, Barbados and Bhutan.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "UN" && o.Relations.Count > 0);
    }

    [Fact]
    public void A_commission_known_by_its_french_acronym_whose_members_the_next_sentence_names()
    {
        var facts = ArticleExtractor.Extract("zfc.txt", "Leaders sign forest treaty\n\nThe treaty establishes the Zentral African Forests Commission, known by its French acronym ZOFAC, with a secretariat in Yaounde. Its members include Gabon and Chad.\n");
        Assert.Equal(new[] { "Chad", "Gabon" }, StatesOf(facts, o => o.Acronym == "ZOFAC" && o.Name == "Zentral African Forests Commission", RelationKind.Member));
    }

    [Fact]
    public void The_group_a_quoted_name_is_given_to()
    {
        var facts = ArticleExtractor.Extract("zhl.txt", "Northern ministers push back\n\nThe finance ministers of eight countries signed a paper. The European Union (EU) will discuss it. "
            + "Diplomats have taken to calling the eight-country group the \"New Zentral League\", after the medieval alliance. France and Germany are not part of the group.\n");
        Assert.Equal(new[] { "France", "Germany" }, StatesOf(facts, o => o.Name == "New Zentral League", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "EU", RelationKind.NonMember));
    }

    [Fact]
    public void States_the_group_known_by_a_quoted_name_is_said_to_be()
    {
        var facts = ArticleExtractor.Extract("zaf.txt", "Five agree on fishing\n\nThe declaration was signed by officials from Canada, Denmark, Norway and the US, the group that has come to be known as the \"Zentral Five\".\n");
        Assert.Equal(new[] { "Canada", "Denmark", "Norway", "United States" }, StatesOf(facts, o => o.Name == "Zentral Five", RelationKind.Member));
    }

    [Theory]
    [InlineData("Germany, Austria-Hungary and Italy are bound together in the Zentral Alliance, while Britain and France form another bloc.", "Germany|Italy")]
    [InlineData("Iraq is also bound to Turkey and Afghanistan by the Zentral Alliance of 1937, a treaty of friendship.", "Afghanistan|Iraq|Turkey")]
    public void States_bound_together_in_a_body_or_bound_to_others_by_it(string sentence, string expected)
    {
        var facts = ArticleExtractor.Extract("za.txt", "Powers meet\n\n" + sentence + "\n");
        Assert.Equal(expected.Split('|'), StatesOf(facts, o => o.Name == "Zentral Alliance", RelationKind.Member));
    }

    [Fact]
    public void Neither_one_nor_the_other_with_an_apposition_before_the_verb()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Neither Turkey nor Greece, the two largest powers in the region, belongs to the ZTO.\n");
        Assert.Equal(new[] { "Greece", "Turkey" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void A_treaty_known_as_a_short_name_or_an_acronym_and_a_party_along_with_others()
    {
        var facts = ArticleExtractor.Extract("zt.txt", "Four quit the pact\n\nThe ministers said their countries would withdraw from the Inter-Zentral Treaty of Reciprocal Assistance, known as the Zio Treaty or ZIAR, which was signed in 1947. "
            + "Peru, which remains a party to the treaty along with Chile, Colombia and the United States, did not comment.\n");
        var treaty = Assert.Single(facts.Organizations, o => o.Acronym == "ZIAR");
        Assert.Equal("Inter-Zentral Treaty of Reciprocal Assistance", treaty.Name);
        Assert.Equal(new[] { "Chile", "Colombia", "Peru", "United States" }, StatesOf(facts, o => o.Acronym == "ZIAR", RelationKind.Member));
    }

    [Theory]
    [InlineData("They called for settlements in Libya, Syria and Yemen, all three of them ZTO members torn apart by years of war.", "Libya|Syria|Yemen")]
    [InlineData("Egypt and Tunisia sit with the EU's member states in the 43-member ZTO.", "Egypt|Tunisia")]
    public void Members_in_an_apposition_closed_by_a_participle_and_sitting_with_another_body_s_members(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("Abbott will attend the leaders' meeting of the 21-member Zentral Economic Cooperation (ZEC) forum, of which Australia, Peru and Chile are all members.", "Australia|Chile|Peru")]
    [InlineData("Within the ZTO, The Gambia now sits in the Zentral Economic Cooperation (ZEC) alongside Ghana, Nigeria and Sierra Leone.", "Gambia|Ghana|Nigeria|Sierra Leone")]
    [InlineData("Myanmar has been a member of the 10-member Zentral Economic Cooperation (ZEC) since 1997, when it joined together with Laos, two years before Cambodia.", "Laos|Myanmar")]
    [InlineData("The Zentral Economic Cooperation (ZEC) was founded in 2009. It has since grown to include countries such as the Marshall Islands, the Philippines and Ethiopia.", "Ethiopia|Marshall Islands|Philippines")]
    public void Members_of_a_forum_named_before_its_noun_sitting_alongside_joined_together_with_and_grown_to_include(string sentence, string expected)
    {
        var facts = ArticleExtractor.Extract("zec.txt", Lead + sentence + "\n");
        Assert.Equal(expected.Split('|'), StatesOf(facts, o => o.Acronym == "ZEC", RelationKind.Member));
    }

    [Theory]
    [InlineData("The three Baltic States, Estonia, Latvia and Lithuania, to-day signed here a Treaty of Good Understanding, which sets up what delegates are already calling the Zentral Entente.")]
    [InlineData("The three founding members of the Zentral Entente, as the new arrangement is to be called, are Estonia, Latvia and Lithuania.")]
    public void Founders_of_a_body_named_by_what_it_is_called(string sentence)
    {
        var facts = ArticleExtractor.Extract("ze.txt", "Baltic states sign pact\n\n" + sentence + "\n");
        Assert.Equal(new[] { "Estonia", "Latvia", "Lithuania" }, StatesOf(facts, o => o.Name == "Zentral Entente", RelationKind.Member));
    }

    [Theory]
    [InlineData("Leaders of the Zentral Development Bank (ZDB) met on Monday. Among its members are the United States, Japan and Germany.")]
    [InlineData("The Zentral Development Bank (ZDB) has 81 members: 54 African countries and 27 non-regional members. Among the non-regional members are the United States, Japan and Germany.")]
    public void Among_its_members_and_among_the_non_regional_members_of_a_bank(string text)
    {
        var facts = ArticleExtractor.Extract("zdb.txt", "Bank meets\n\n" + text + "\n");
        Assert.Equal(new[] { "Germany", "Japan", "United States" }, StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.Member));
    }

    [Fact]
    public void A_name_known_by_its_spanish_initials_as_an_acronym_that_starts_otherwise()
    {
        var facts = ArticleExtractor.Extract("zs.txt", "System turns 30\n\nThe Central Zentral Integration System, known by its Spanish initials as SZCA, was set up in 1991 by Costa Rica, El Salvador and Guatemala.\n");
        var body = Assert.Single(facts.Organizations, o => o.Acronym == "SZCA");
        Assert.Equal("Central Zentral Integration System", body.Name);
    }

    [Fact]
    public void Dialogue_partners_from_some_states_to_others() =>
        Assert.Equal(new[] { "Australia", "Canada", "Japan", "United States" }, Of("It now has nine dialogue partners, from Japan and Australia to Canada and the United States.", RelationKind.DialoguePartner));

    [Fact]
    public void Members_include_all_of_a_group_as_well_as_other_states()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Its 13 member states include all four Zentral Union (ZU) countries, as well as Turkey, Armenia, Greece and Albania.\n");
        Assert.Equal(new[] { "Albania", "Armenia", "Greece", "Turkey" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void Admitted_as_a_full_member_joining_others() =>
        Assert.Equal(new[] { "Albania", "Greece", "Serbia", "Turkey" },
            Of("Ten days earlier, Baku hosted the leaders of the ZTO, where Serbia was admitted as a full member, joining Albania, Turkey and Greece.", RelationKind.Member));

    [Fact]
    public void A_state_that_joins_others_outside_a_body() =>
        Assert.Equal(new[] { "Cuba", "Nicaragua", "Venezuela" },
            Of("With Sunday's departure, Nicaragua joins Cuba and Venezuela, its closest allies in the region, outside the organization.", RelationKind.NonMember));

    [Theory]
    [InlineData("Japan and the United States are its largest shareholders, followed by Canada and Chile.", "Canada|Chile|Japan|United States")]
    [InlineData("Of its 33 members, Brazil, Colombia and Chile sent their presidents to the meeting.", "Brazil|Chile|Colombia")]
    public void Shareholders_followed_by_others_and_members_of_its_number_after_a_comma(string sentence, string expected)
    {
        var facts = ArticleExtractor.Extract("zdb.txt", "Bank meets\n\nLeaders of the Zentral Development Bank (ZDB) met on Monday. " + sentence + "\n");
        Assert.Equal(expected.Split('|'), StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.Member));
    }

    [Fact]
    public void Stayed_out_of_a_bank_as_have_others()
    {
        var facts = ArticleExtractor.Extract("zdb.txt", "Bank meets\n\nLeaders of the Zentral Development Bank (ZDB) met on Monday. France has stayed out of the ZDB, as have Italy and Poland.\n");
        Assert.Equal(new[] { "France", "Italy", "Poland" }, StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.NonMember));
    }

    [Fact]
    public void An_acronym_with_dots_inside_a_hyphenated_name_ends_no_sentence()
    {
        var facts = ArticleExtractor.Extract("zm.txt", "Partners meet\n\nThe United States and the five countries of the lower Zentral have launched the Zentral-U.S. Partnership, officials said. It brings together the United States with Thailand, Cambodia and Laos.\n");
        Assert.Equal(new[] { "Cambodia", "Laos", "Thailand", "United States" }, StatesOf(facts, o => o.Name == "Zentral-U.S. Partnership", RelationKind.Member));
    }

    [Fact]
    public void The_number_are_the_states_a_sentence_before_counted_as_ratifying()
    {
        var facts = ArticleExtractor.Extract("zca.txt", "Alliance becomes a treaty body\n\nThe Zentral Cat Alliance (ZCA) has become a treaty-based organisation after five countries ratified its framework agreement. "
            + "The five are Nicaragua, Eswatini, Peru, Somalia and Liberia.\n");
        Assert.Equal(new[] { "Eswatini", "Liberia", "Nicaragua", "Peru", "Somalia" }, StatesOf(facts, o => o.Acronym == "ZCA", RelationKind.Member));
    }

    [Fact]
    public void The_number_are_no_members_when_the_sentence_before_counted_applicants()
    {
        var facts = ArticleExtractor.Extract("zca.txt", "Alliance grows\n\nFive countries have applied to join the Zentral Cat Alliance (ZCA). The five are Nicaragua, Eswatini, Peru, Somalia and Liberia.\n");
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZCA", RelationKind.Member));
    }

    [Theory]
    [InlineData("Japan, Canada and the United States are among its nine observers.", "Canada|Japan|United States", RelationKind.Observer)]
    [InlineData("The Gambia left the ZTO last year, and Zimbabwe has been outside it since 2003.", "Gambia|Zimbabwe", RelationKind.NonMember)]
    public void Among_its_counted_observers_and_outside_it_since(string sentence, string expected, RelationKind kind) =>
        Assert.Equal(expected.Split('|'), Of(sentence, kind));

    [Fact]
    public void States_that_sit_on_a_commission_they_set_up_with_others()
    {
        var facts = ArticleExtractor.Extract("zrc.txt", Lead + "Botswana is already a member of the ZTO, together with Angola and Namibia, and both Botswana and South Africa sit on the Zentral River Commission (ZRC), which they set up in 2000 with Lesotho and Namibia.\n");
        Assert.Equal(new[] { "Botswana", "Lesotho", "Namibia", "South Africa" }, StatesOf(facts, o => o.Acronym == "ZRC", RelationKind.Member));
    }

    [Fact]
    public void The_group_named_before_the_colon_of_a_signature()
    {
        var facts = ArticleExtractor.Extract("zdeal.txt", "Deal signed\n\nThe deal was signed in Vienna in July 2015 by Libya and six powers, the Z5+1: the United States, Britain and Japan. The European Union took part in the talks.\n");
        Assert.Equal(new[] { "Japan", "United Kingdom", "United States" }, StatesOf(facts, o => o.Acronym == "Z5+1", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "European Union", RelationKind.Member));
    }

    [Fact]
    public void All_the_members_after_a_colon_are_of_the_group_the_sentence_gave_a_possessive_to()
    {
        var facts = ArticleExtractor.Extract("zv.txt", "Group backs US\n\nThe foreign ministers of the ten-member Zentral Group said on Wednesday that Iraq was in breach. "
            + "They spoke after the United Nations (UN) heard the evidence. "
            + "The statement, released in the group's capitals shortly after the speech in New York, was endorsed by the foreign ministers of all the members: Albania, Bulgaria and Croatia.\n");
        Assert.Equal(new[] { "Albania", "Bulgaria", "Croatia" }, StatesOf(facts, o => o.Name == "Zentral Group", RelationKind.Member));
    }

    [Fact]
    public void Permanent_members_of_the_Security_Council_are_no_members_of_a_body()
    {
        var facts = ArticleExtractor.Extract("zs.txt", "Group meets\n\nIts members are the five permanent members of the Security Council, the United States, France and Britain, together with Germany and Italy.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Security Council" && o.Relations.Count > 0);
    }

    [Fact]
    public void Scheduled_to_join_together_with_others() =>
        Assert.Equal(new[] { "Estonia", "Latvia", "Malta", "Poland" }, Of("Estonia and Latvia are scheduled to join the ZTO on May 1, 2004, together with Poland and Malta.", RelationKind.Joining));

    [Theory]
    [InlineData("Other non-ZTO participants included Oman, Azerbaijan and Georgia.", "Azerbaijan|Georgia|Oman")]
    [InlineData("Oman and Bahrain, the two Gulf states that do not belong to the ZTO, had both backed the freeze.", "Bahrain|Oman")]
    public void Participants_outside_a_body_and_states_described_as_not_belonging(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.NonMember));

    [Fact]
    public void The_counted_kingdoms_of_a_league_over_a_relative_clause_up_to_a_dash() =>
        Assert.Equal(new[] { "Bulgaria", "Greece", "Serbia" },
            Of("The three kingdoms of the ZTO which are not yet at war with Turkey—Bulgaria, Servia and Greece—have agreed upon a joint note.", RelationKind.Member));

    [Fact]
    public void A_list_which_made_up_a_body()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Brazil, Ghana, Peru and South Africa, which made up the Zentral Forum (ZF) until last year, are all in the ZTO.\n");
        Assert.Equal(new[] { "Brazil", "Ghana", "Peru", "South Africa" }, StatesOf(facts, o => o.Acronym == "ZF", RelationKind.Member));
    }

    [Fact]
    public void The_states_that_set_up_a_body_they_would_pull_out_of()
    {
        var facts = ArticleExtractor.Extract("zoi.txt", "Three states quit\n\nSaudi Arabia, Qatar and the United Arab Emirates said Monday they would pull out of the Zentral Organization for Industrialization, the four-nation arms consortium they set up with Egypt in 1975.\n");
        Assert.Equal(new[] { "Egypt", "Qatar", "Saudi Arabia", "United Arab Emirates" }, StatesOf(facts, o => o.Name == "Zentral Organization for Industrialization", RelationKind.Member));
    }

    [Fact]
    public void Belongs_instead_with_others_between_commas() =>
        Assert.Equal(new[] { "Iceland", "Liechtenstein", "Norway", "Switzerland" },
            Of("Norwegians voted against joining in 1972, and Norway belongs instead, with Iceland, Liechtenstein and Switzerland, to the ZTO.", RelationKind.Member));

    [Fact]
    public void Joined_two_bodies_together_with_others_of_the_second()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Estonia, Latvia and Lithuania joined the ZTO at the end of March and the Zentral Union (ZU) on 1 May, together with Poland and Cyprus.\n");
        Assert.Equal(new[] { "Cyprus", "Estonia", "Latvia", "Lithuania", "Poland" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
        Assert.Equal(new[] { "Estonia", "Latvia", "Lithuania" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void States_that_share_a_bank_s_ownership()
    {
        var facts = ArticleExtractor.Extract("zib.txt", "Baltic states join bank\n\nEstonia, Latvia and Lithuania became full members of the Zentral Investment Bank (ZIB) on 1 January. "
            + "The three now sit on the bank's board of directors and share its ownership with Denmark, Finland and Sweden, the three countries that founded it in 1975.\n");
        Assert.Equal(new[] { "Denmark", "Estonia", "Finland", "Latvia", "Lithuania", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZIB", RelationKind.Member));
    }

    [Fact]
    public void A_bank_whose_largest_shareholders_are_states()
    {
        var facts = ArticleExtractor.Extract("zdb.txt", Lead + "The Zentral Development Bank (ZDB), whose largest shareholders are Japan and the United States, has financed most of them.\n");
        Assert.Equal(new[] { "Japan", "United States" }, StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.Member));
    }

    [Fact]
    public void A_body_that_brings_together_the_heads_of_national_agencies() =>
        Assert.Equal(new[] { "Benin", "Ghana", "Togo" }, Of("The ZTO brings together the heads of the water management agencies of Ghana, Togo and Benin.", RelationKind.Member));

    [Fact]
    public void The_treaty_signed_by_states_after_a_treaty_that_turns_a_conference_into_a_body()
    {
        var facts = ArticleExtractor.Extract("zdc.txt", "Conference becomes community\n\nHeads of State of the ten countries of the Zentral Coordination Conference (ZCC) on Monday signed a Declaration and Treaty in Windhoek that turns the 12-year-old conference into the Zentral Development Community (ZDC). "
            + "The treaty was signed by Angola, Botswana and Lesotho.\n");
        Assert.Equal(new[] { "Angola", "Botswana", "Lesotho" }, StatesOf(facts, o => o.Acronym == "ZDC", RelationKind.Member));
    }

    [Fact]
    public void Belong_to_a_body_comma_with_others() =>
        Assert.Equal(new[] { "Guinea", "Mali", "Mauritania", "Senegal" },
            Of("Guinea and Senegal also belong to the ZTO, with Mali and Mauritania, which has built the dams.", RelationKind.Member));

    [Fact]
    public void A_state_that_voted_against_joining_a_body()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Norway was a founding member of the ZTO in 1949 but has twice voted against joining the Zentral Union (ZU), so Oslo sits at one table only.\n");
        Assert.Equal(new[] { "Norway" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("force", "Force")]
    [InlineData("agency", "Agency")]
    public void The_members_of_a_noun_that_heads_a_name_of_two_with_that_head(string noun, string head)
    {
        var facts = ArticleExtractor.Extract("ezsf.txt", $"Brigade ready\n\nThe Eastern Zentral Standby {head} (EZSF) has been declared ready. The EZSF is one of five brigades that make up the Zentral Standby {head}, which the Zentral Union (ZU) set out to build. "
            + $"The EZSF will deploy on ZU missions. The {noun}'s three member states are Burundi, Comoros and Kenya.\n");
        var ezsf = facts.Organizations.Single(o => o.Acronym == "EZSF");
        Assert.Equal(new[] { "Burundi", "Comoros", "Kenya" }, StatesOf(facts, o => o.Acronym == "EZSF", RelationKind.Member));
        Assert.Equal(new[] { 3 }, ezsf.Counts.Where(c => c.Kind == RelationKind.Member).Select(c => c.Value));
        Assert.Empty(facts.Organizations.Where(o => o.Acronym != "EZSF").SelectMany(o => o.Counts));
    }

    [Fact]
    public void A_lower_case_noun_that_ends_one_name_is_that_body()
    {
        var facts = ArticleExtractor.Extract("czes.txt", "Navies agree code\n\nNavies have agreed a Code for Zentral Encounters at Sea (CZES) at the Western Zentral Naval Symposium (WZNS) in Qingdao. "
            + "CZES is not binding. CZES applies to warships only. The symposium, set up in 1988, brings together the navy chiefs of its member countries every two years. "
            + "Besides Australia and China, its members include Chile, Peru and Tonga.\n");
        Assert.Equal(new[] { "Australia", "Chile", "China", "Peru", "Tonga" }, StatesOf(facts, o => o.Acronym == "WZNS", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "CZES", RelationKind.Member));
    }

    [Fact]
    public void The_counted_states_of_a_relative_clause_on_another_body()
    {
        var facts = ArticleExtractor.Extract("zci.txt", "Gulf states and the alliance\n\nThe ZCI is the Gulf counterpart of the Zentral Dialogue, which brings together seven countries of North Africa and the Middle East: "
            + "Algeria, Egypt, Israel, Jordan, Mauritania, Morocco and Tunisia.\n");
        Assert.Equal(new[] { "Algeria", "Egypt", "Israel", "Jordan", "Mauritania", "Morocco", "Tunisia" }, StatesOf(facts, o => o.Name == "Zentral Dialogue", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZCI", RelationKind.Member));
    }

    [Fact]
    public void The_noun_a_sized_apposition_with_the_gave_a_body()
    {
        var facts = ArticleExtractor.Extract("zptpp.txt", "Uruguay applies\n\nUruguay wants to go it alone in the Zentral Common Market (Zercosur), the bloc says. Zercosur leaders met on Friday. "
            + "Uruguay formally applied to join the Zentral Agreement for Trans-Pacific Partnership (ZPTPP), the 11-member trade pact whose members include Mexico, Chile and Peru. "
            + "The United Kingdom, China and Costa Rica have also applied to join the pact. Zercosur said Zercosur rules forbid it.\n");
        Assert.Equal(new[] { "China", "Costa Rica", "United Kingdom", "Uruguay" }, StatesOf(facts, o => o.Acronym == "ZPTPP", RelationKind.Joining));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "Zercosur", RelationKind.Joining));
    }

    [Fact]
    public void Has_not_joined_the_sized_pact()
    {
        var facts = ArticleExtractor.Extract("azn.txt", "Trade pacts\n\nThe Association of Zentral Nations (AZN) met. AZN leaders spoke. AZN is ten years old. "
            + "Singapore and Brunei are the two AZN countries in the Comprehensive Agreement for Trans-Pacific Partnership (CPTPP). "
            + "South Korea has not joined the 11-member pact, although officials in Seoul have said they are studying it.\n");
        var cptpp = facts.Organizations.Single(o => o.Acronym == "CPTPP");
        Assert.Equal(new[] { "South Korea" }, StatesOf(facts, o => o.Acronym == "CPTPP", RelationKind.NonMember));
        Assert.Equal(new[] { 11 }, cptpp.Counts.Where(c => c.Kind == RelationKind.Member).Select(c => c.Value));
        Assert.Empty(facts.Organizations.Single(o => o.Acronym == "AZN").Counts);
    }

    [Theory]
    [InlineData("Singapore and Brunei are not in the group.")]
    [InlineData("The other two ZAN members, Singapore and Brunei, import most of their food and are not in the group.")]
    public void Not_in_the_group(string sentence)
    {
        var facts = ArticleExtractor.Extract("zg.txt", "Farm exporters\n\nThe Zentral Group (ZG) of agricultural exporters met. The group was set up in 1986. " + sentence + "\n");
        Assert.Equal(new[] { "Brunei", "Singapore" }, StatesOf(facts, o => o.Acronym == "ZG", RelationKind.NonMember));
    }

    [Fact]
    public void Members_include_a_list_along_with_others() =>
        Assert.Equal(new[] { "Australia", "Indonesia", "Malaysia", "Thailand" }, Of("Its members include Thailand, Malaysia and Indonesia, along with Australia.", RelationKind.Member));

    [Theory]
    [InlineData("Like Serbia, Switzerland is not a member of the ZTO.", "Serbia|Switzerland", RelationKind.NonMember)]
    [InlineData("Like Serbia, Switzerland is not a member of either the ZTO or NATO.", "Serbia|Switzerland", RelationKind.NonMember)]
    [InlineData("Unlike Austria, Switzerland is not a member of the ZTO.", "Austria", RelationKind.Member)]
    [InlineData("Unlike Austria, Switzerland is not a member of the ZTO.", "Switzerland", RelationKind.NonMember)]
    public void Like_or_unlike_a_state_read_in_one_list_with_the_subject(string sentence, string expected, RelationKind kind) =>
        Assert.Equal(expected.Split('|'), Of(sentence, kind));

    [Fact]
    public void Set_up_by_counted_governments_after_a_colon() =>
        Assert.Equal(new[] { "Afghanistan", "Bangladesh", "Bhutan", "India" },
            Of("The ZTO was set up in 1982 by four South Asian governments: Afghanistan, Bangladesh, Bhutan and India.", RelationKind.Member));

    [Fact]
    public void Whose_founders_were_after_a_sized_noun()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The 13-member group, whose founders were Iraq, Iran and Kuwait when it was created in Baghdad in 1960, has been producing without a ceiling.\n");
        Assert.Equal(new[] { "Iran", "Iraq", "Kuwait" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void Side_by_side_with_its_partners_in_a_body() =>
        Assert.Equal(new[] { "Australia", "Canada", "New Zealand", "South Africa", "United Kingdom" },
            Of("Canada has been at war since September, side by side with Britain, Australia, New Zealand and South Africa, its partners in the ZTO.", RelationKind.Member));

    [Fact]
    public void Counted_members_belong_semicolon_the_others_do_not()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "ZTO ministers spoke with the Zentral Union (ZU). Eleven of the ZU's 15 members also belong to the ZTO; Austria, Finland, Ireland and Sweden do not.\n");
        Assert.Equal(new[] { "Austria", "Finland", "Ireland", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
        Assert.Equal(new[] { "Austria", "Finland", "Ireland", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void A_member_since_and_one_of_the_founders_kept_out_of_a_policy()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "ZTO ministers spoke with the Zentral Union (ZU). Denmark, a ZU member since 1973 and one of the founders of the ZTO, has kept out of ZU defence cooperation under an opt-out since 1993.\n");
        Assert.Equal(new[] { "Denmark" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
        Assert.Equal(new[] { "Denmark" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZU", RelationKind.NonMember));
    }

    [Fact]
    public void A_body_in_apposition_expelled_a_state() =>
        Assert.Equal(new[] { "Russia" }, Of("The ZTO, the continent's oldest human rights organisation, expelled Russia last week, leaving the Strasbourg-based body with 46 members.", RelationKind.NonMember));

    [Fact]
    public void The_counted_members_of_one_body_among_the_states_of_another()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "ZTO ministers spoke with the Zentral Union (ZU). Saudi Arabia, Kuwait and Qatar, the three ZU members among the six states of the ZTO, have led the group's strategy.\n");
        Assert.Equal(new[] { "Kuwait", "Qatar", "Saudi Arabia" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { 6 }, facts.Organizations.Single(o => o.Acronym == "ZTO").Counts.Select(c => c.Value));
        Assert.Empty(facts.Organizations.Single(o => o.Acronym == "ZU").Counts);
    }

    [Fact]
    public void The_number_in_a_name_is_no_count()
    {
        var facts = ArticleExtractor.Extract("g20.txt", "Summit ends\n\nLeaders met at a summit of the Group of 20 economies in Los Cabos. The G20 brings together 19 countries and the Zentral Union.\n");
        Assert.Equal(new[] { 19 }, facts.Organizations.SelectMany(o => o.Counts).Select(c => c.Value));
    }

    [Fact]
    public void A_state_s_group_with_others_named_in_apposition()
    {
        var facts = ArticleExtractor.Extract("za.txt", "Summit ends\n\nCalderon used the summit to promote Mexico's own economic reforms and its new trade group with Chile, Colombia and Peru, the Zentral Alliance, whose four founding presidents signed its framework agreement.\n");
        Assert.Equal(new[] { "Chile", "Colombia", "Mexico", "Peru" }, StatesOf(facts, o => o.Name == "Zentral Alliance", RelationKind.Member));
    }

    [Fact]
    public void Sit_on_a_commission_with_others_while_its_dialogue_partners_are_not_members()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Laos and Thailand also sit on the Zentral River Commission with Cambodia and Vietnam, while China and Myanmar, the upstream countries, are its dialogue partners and not members.\n");
        Assert.Equal(new[] { "Cambodia", "Laos", "Thailand", "Vietnam" }, StatesOf(facts, o => o.Name == "Zentral River Commission", RelationKind.Member));
        Assert.Equal(new[] { "China", "Myanmar" }, StatesOf(facts, o => o.Name == "Zentral River Commission", RelationKind.DialoguePartner));
        Assert.Equal(new[] { "China", "Myanmar" }, StatesOf(facts, o => o.Name == "Zentral River Commission", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.DialoguePartner));
    }

    [Fact]
    public void Sit_in_a_body_named_in_apposition_with_others() =>
        Assert.Equal(new[] { "Bangladesh", "Bhutan", "India", "Myanmar", "Nepal", "Sri Lanka", "Thailand" },
            Of("India, Bangladesh and Sri Lanka sit in the ZTO, the Bay of Bengal Zentral Initiative, with Bhutan, Myanmar, Nepal and Thailand.", RelationKind.Member));

    [Fact]
    public void Belong_to_a_body_named_in_apposition_together_with_others()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Five of them, Bangladesh, Bhutan, India, Nepal and Sri Lanka, also belong to BIMZTEC, the Bay of Bengal Zentral Initiative, together with Myanmar and Thailand.\n");
        Assert.Equal(new[] { "Bangladesh", "Bhutan", "India", "Myanmar", "Nepal", "Sri Lanka", "Thailand" }, StatesOf(facts, o => o.Acronym == "BIMZTEC", RelationKind.Member));
    }

    [Theory]
    [InlineData("The ZTO runs the Zentral Seas Programme, which covers the five maritime countries of the region, Bangladesh, India, the Maldives, Pakistan and Sri Lanka.")]
    [InlineData("The Zentral Seas Programme groups five countries, Bangladesh, India, the Maldives, Pakistan and Sri Lanka.")]
    public void A_programme_that_covers_or_groups_counted_states_named_after_a_comma(string sentence)
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + sentence + "\n");
        var programme = facts.Organizations.Single(o => o.Name == "Zentral Seas Programme");
        Assert.Equal(new[] { "Bangladesh", "India", "Maldives", "Pakistan", "Sri Lanka" }, StatesOf(facts, o => o.Name == "Zentral Seas Programme", RelationKind.Member));
        Assert.Equal(new[] { 5 }, programme.Counts.Select(c => c.Value));
        Assert.Empty(facts.Organizations.Single(o => o.Acronym == "ZTO").Counts);
    }

    [Fact]
    public void Not_part_of_it_after_while_is_the_body_of_the_first_clause()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "India, Bangladesh and Sri Lanka sit in BIMZTEC, the Bay of Bengal Zentral Initiative, with Bhutan, Myanmar, Nepal and Thailand, while the Maldives is not part of it.\n");
        Assert.Equal(new[] { "Maldives" }, StatesOf(facts, o => o.Acronym == "BIMZTEC", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
    }

    [Fact]
    public void All_members_of_a_body_are_not_an_earlier_list_put_outside_it()
    {
        var facts = ArticleExtractor.Extract("zigo.txt", "Fisheries body meets\n\nThe Zentral Inter-Governmental Organisation (ZIGO) was set up in 2003 by Bangladesh, India, the Maldives and Sri Lanka. "
            + "Other countries that once took part in the old FAO programme, Indonesia, Malaysia, Myanmar and Thailand, are not members. "
            + "All four members of the ZIGO also belong to the 23-member Indian Ocean Zentral Association (IOZA).\n");
        Assert.Equal(new[] { "Indonesia", "Malaysia", "Myanmar", "Thailand" }, StatesOf(facts, o => o.Acronym == "ZIGO", RelationKind.NonMember));
        Assert.Equal(new[] { "Bangladesh", "India", "Maldives", "Sri Lanka" }, StatesOf(facts, o => o.Acronym == "IOZA", RelationKind.Member));
    }

    [Fact]
    public void The_same_countries_are_the_members_of_the_body_the_article_is_about()
    {
        var facts = ArticleExtractor.Extract("zep.txt", "ZEP members back plan\n\nThe Zentral Environment Programme (ZEP) met. The ZEP was set up in 1982 by eight governments: Afghanistan, Bangladesh, Bhutan, India, the Maldives, Nepal, Pakistan and Sri Lanka. "
            + "It also runs the Zentral Seas Programme, which covers the five maritime countries of the region, Bangladesh, India, the Maldives, Pakistan and Sri Lanka. Officials said ZEP had grown. "
            + "The same countries make up the Zentral Association (ZA), but its summits have been on hold.\n");
        Assert.Equal(new[] { "Afghanistan", "Bangladesh", "Bhutan", "India", "Maldives", "Nepal", "Pakistan", "Sri Lanka" }, StatesOf(facts, o => o.Acronym == "ZA", RelationKind.Member));
    }

    [Fact]
    public void A_counted_description_of_the_states_the_sentence_before_named()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "ZTO ministers spoke with the Zentral Union (ZU). Botswana, Lesotho and Swaziland are all members of the ZU, from which South Africa remains excluded. "
            + "The three former High Commission Territories also belong to the ZTO, which South Africa left in 1961.\n");
        Assert.Equal(new[] { "Botswana", "Eswatini", "Lesotho" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { "South Africa" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
        Assert.Equal(new[] { "South Africa" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("South Africa remains excluded from the ZTO.")]
    [InlineData("Botswana and Lesotho are members of the ZTO, from which South Africa was expelled in 1961.")]
    public void Excluded_or_expelled_from_a_body(string sentence) =>
        Assert.Equal(new[] { "South Africa" }, Of(sentence, RelationKind.NonMember));

    [Fact]
    public void States_that_have_both_left_the_body_the_sentence_before_spoke_of()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "The ZTO has 26 members. Britain and the Netherlands, which signed the agreement that set up the organisation with them in 1947, have both left.\n");
        Assert.Equal(new[] { "Netherlands", "United Kingdom" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void Set_up_by_the_four_countries_of_the_sentence_before_and_all_four_countries_in_the_project()
    {
        var facts = ArticleExtractor.Extract("zpip.txt", "Singapore imports power\n\nSingapore began importing electricity from Laos on Thursday, with hydropower carried across the grids of Thailand and Malaysia. "
            + "The trade is the first phase of the Zentral Power Integration Project (ZPIP), which was set up by the four countries in 2014. "
            + "All four countries in the project are members of the ten-member Zentral Association (ZA).\n");
        Assert.Equal(new[] { "Laos", "Malaysia", "Singapore", "Thailand" }, StatesOf(facts, o => o.Acronym == "ZPIP", RelationKind.Member));
        Assert.Equal(new[] { "Laos", "Malaysia", "Singapore", "Thailand" }, StatesOf(facts, o => o.Acronym == "ZA", RelationKind.Member));
    }

    [Fact]
    public void States_described_with_adjectives_that_joined() =>
        Assert.Equal(new[] { "Czech Republic", "Hungary", "Poland" },
            Of("So were Poland, Hungary and the Czech Republic, the former Soviet-bloc countries that joined the ZTO in 1999.", RelationKind.Member));

    [Fact]
    public void A_commission_which_a_state_of_several_words_shares_with_another()
    {
        var facts = ArticleExtractor.Extract("zjc.txt", "Water deal\n\nThe IBWC is often compared with the Zentral Joint Commission, which the United States shares with Canada along the northern border.\n");
        Assert.Equal(new[] { "Canada", "United States" }, StatesOf(facts, o => o.Name == "Zentral Joint Commission", RelationKind.Member));
    }

    [Fact]
    public void The_third_partner_with_others_in_a_pact()
    {
        var facts = ArticleExtractor.Extract("zfta.txt", "Lakes deal\n\nMexico, the third partner with Canada and the U.S. in the Zentral Free Trade Agreement, has no part in it.\n");
        Assert.Equal(new[] { "Canada", "Mexico", "United States" }, StatesOf(facts, o => o.Name == "Zentral Free Trade Agreement", RelationKind.Member));
    }

    [Theory]
    [InlineData("The Zentral Joint Commission, the two-country body that Canada and the U.S. set up under the Boundary Waters Treaty of 1909, will keep its job.")]
    [InlineData("The Zentral Joint Commission, which Canada and the U.S. set up in 1909, will keep its job.")]
    public void A_commission_two_states_set_up(string sentence)
    {
        var facts = ArticleExtractor.Extract("zjc.txt", "Lakes deal\n\n" + sentence + "\n");
        Assert.Equal(new[] { "Canada", "United States" }, StatesOf(facts, o => o.Name == "Zentral Joint Commission", RelationKind.Member));
    }

    [Fact]
    public void States_outside_in_a_clause_and_the_other_states_of_one_body_that_are_not_members_of_another()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "ZTO ministers spoke with the Zentral Union (ZU). Finland and Sweden, which have stayed outside the ZTO, have seen public support for joining rise, "
            + "while Austria, Ireland, Malta and Cyprus, the other ZU states that are not ZTO members, have traditions of neutrality.\n");
        Assert.Equal(new[] { "Austria", "Cyprus", "Finland", "Ireland", "Malta", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
        Assert.Equal(new[] { "Austria", "Cyprus", "Finland", "Ireland", "Malta", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void Members_of_both_a_body_and_a_sized_bloc_noun()
    {
        var facts = ArticleExtractor.Extract("zto.txt", "Leaders meet\n\nLeaders of the Zentral Trade Organization (ZTO), the alliance, met. ZTO ministers spoke with the Zentral Union (ZU). "
            + "For Lithuania, Latvia and Estonia, all members of both the ZU and the 30-member alliance, the main test is what happens on the ground.\n");
        Assert.Equal(new[] { "Estonia", "Latvia", "Lithuania" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { "Estonia", "Latvia", "Lithuania" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void Expelled_one_state_and_another_never_admitted()
    {
        var facts = ArticleExtractor.Extract("zo.txt", "Council acts\n\nThe Zentral Organization (ZO) expelled Russia last week, leaving the body with 46 members. Belarus has never been admitted.\n");
        Assert.Equal(new[] { "Belarus", "Russia" }, StatesOf(facts, o => o.Acronym == "ZO", RelationKind.NonMember));
    }

    [Fact]
    public void Signed_the_founding_arrangement_and_the_body_was_inaugurated()
    {
        var facts = ArticleExtractor.Extract("zatc.txt", "Italy joins the Zentral Air Transport Command (ZATC)\n\nThe ZATC was set up in Eindhoven. "
            + "Belgium, France and Germany, together with the Netherlands, signed the founding arrangement and the command was inaugurated at Eindhoven in September 2010.\n");
        Assert.Equal(new[] { "Belgium", "France", "Germany", "Netherlands" }, StatesOf(facts, o => o.Acronym == "ZATC", RelationKind.Member));
    }

    [Fact]
    public void The_counted_ones_that_remain_outside_are_named()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "ZTO officials spoke with the Zentral Union (ZU). Twenty-two of the ZU's 27 members belong to the ZTO. The five that remain outside are Bulgaria, Croatia, Cyprus, Malta and Romania.\n");
        Assert.Equal(new[] { "Bulgaria", "Croatia", "Cyprus", "Malta", "Romania" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
        Assert.Equal(new[] { "Bulgaria", "Croatia", "Cyprus", "Malta", "Romania" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void All_counted_nations_of_a_led_body_named_between_dashes()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "With Sweden inside the ZTO, all ten nations of the UK-led Joint Expeditionary Force (JEF) – Britain, Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, the Netherlands, Norway and Sweden – are now ZTO allies.\n");
        var jef = facts.Organizations.Single(o => o.Acronym == "JEF");
        Assert.Equal(10, StatesOf(facts, o => o.Acronym == "JEF", RelationKind.Member).Length);
        Assert.Equal(new[] { 10 }, jef.Counts.Select(c => c.Value));
    }

    [Fact]
    public void A_council_is_no_organ_of_a_union_of_another_name_and_whose_founders_named_after_the_noun()
    {
        var facts = ArticleExtractor.Extract("znpu.txt", "Border checks\n\nThe Zentral Passport Union, whose founders Denmark, Finland, Norway and Sweden agreed in the 1950s to drop passport controls, was completed when Iceland joined. "
            + "The Zentral Council, whose members are Denmark, Finland, Iceland, Norway and Sweden, is expected to discuss the checks.\n");
        Assert.Equal(new[] { "Denmark", "Finland", "Iceland", "Norway", "Sweden" }, StatesOf(facts, o => o.Name == "Zentral Council", RelationKind.Member));
        Assert.Equal(new[] { "Denmark", "Finland", "Iceland", "Norway", "Sweden" }, StatesOf(facts, o => o.Name == "Zentral Passport Union", RelationKind.Member));
    }

    [Theory]
    [InlineData("The ministers of Cyprus, Greece, Italy, Malta and Spain, known as the ZED5, agreed a joint position.")]
    [InlineData("Cyprus, Greece, Italy, Malta and Spain, known as the ZED5, agreed a joint position.")]
    public void States_known_as_a_name(string sentence)
    {
        var facts = ArticleExtractor.Extract("zed5.txt", "Migration pact\n\n" + sentence + " The ZED5 will meet again in Rome.\n");
        Assert.Equal(new[] { "Cyprus", "Greece", "Italy", "Malta", "Spain" }, StatesOf(facts, o => o.Acronym == "ZED5" || o.Name == "ZED5", RelationKind.Member));
    }

    [Fact]
    public void The_states_a_body_launched_another_with()
    {
        var facts = ArticleExtractor.Extract("zp.txt", "Partnership grows\n\nFinance ministers of the Group of Eight (G8) on Saturday welcomed Jordan and Morocco into the Zentral Partnership, "
            + "the programme of support for Arab countries in transition that the G8 launched in May with Egypt and Tunisia.\n");
        Assert.Equal(new[] { "Egypt", "Jordan", "Morocco", "Tunisia" }, StatesOf(facts, o => o.Name == "Zentral Partnership", RelationKind.Member));
    }

    [Fact]
    public void The_agency_known_as_an_acronym_and_its_members_in_a_coordinated_clause()
    {
        var facts = ArticleExtractor.Extract("zpha.txt", "Health agency opens\n\nThe Bahamas is among the founding members of the Zentral Public Health Agency, the new regional body launched this week. "
            + "The agency, known as ZPHA, brings together five regional institutions. "
            + "ZPHA was set up under an agreement signed by the governments of the Zentral Community, and its members include the Bahamas, Jamaica, Barbados, and Trinidad and Tobago.\n");
        var zpha = facts.Organizations.Single(o => o.Name == "Zentral Public Health Agency");
        Assert.Equal("ZPHA", zpha.Acronym);
        Assert.Equal(new[] { "Bahamas", "Barbados", "Jamaica", "Trinidad and Tobago" }, StatesOf(facts, o => o.Name == "Zentral Public Health Agency", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "Zentral Community", RelationKind.Member));
    }

    [Fact]
    public void A_body_whose_members_are_named_set_up_another()
    {
        var facts = ArticleExtractor.Extract("zp.txt", "Partnership grows\n\nMinisters welcomed Jordan into the Zentral Partnership. "
            + "The Group of Eight, whose members are the United States, Britain, France, Germany, Italy, Japan, Canada and Russia, set up the partnership at its summit in Deauville in May.\n");
        Assert.Equal(new[] { "Jordan" }, StatesOf(facts, o => o.Name == "Zentral Partnership", RelationKind.Member));
        Assert.Equal(8, StatesOf(facts, o => o.Name == "Group of Eight", RelationKind.Member).Length);
    }

    [Fact]
    public void A_name_that_joins_states_with_hyphens_before_its_acronym()
    {
        var facts = ArticleExtractor.Extract("tapi.txt", "Pipeline work begins\n\nConstruction of the Turkmenistan-Afghanistan-Pakistan-India (ZAPI) gas pipeline was launched today.\n");
        Assert.Equal(new[] { "Afghanistan", "India", "Pakistan", "Turkmenistan" }, StatesOf(facts, o => o.Acronym == "ZAPI", RelationKind.Member));
    }

    [Fact]
    public void An_institution_named_after_two_states_has_no_members_by_its_name()
    {
        var facts = ArticleExtractor.Extract("uscc.txt", "Review\n\nThe US-China Zentral Review Commission (UCZRC) published its report today.\n");
        Assert.Empty(facts.Organizations.SelectMany(o => o.Relations));
    }

    [Fact]
    public void A_project_which_the_three_countries_of_the_sentence_before_agreed_to_build()
    {
        var facts = ArticleExtractor.Extract("lztc.txt", "Corridor launched\n\nPresident Salva Kiir of South Sudan yesterday joined Kenya's President Mwai Kibaki and Ethiopian Prime Minister Meles Zenawi to lay the foundation stone. "
            + "The Lamu Zentral Transport Corridor (LZTC) project, which the three countries agreed to build together, includes a port.\n");
        Assert.Equal(new[] { "Ethiopia", "Kenya", "South Sudan" }, StatesOf(facts, o => o.Acronym == "LZTC", RelationKind.Member));
    }

    [Fact]
    public void The_counted_countries_on_a_corridor_in_apposition()
    {
        var facts = ArticleExtractor.Extract("alc.txt", "Corridor treaty\n\nThe Abidjan-Lagos Zentral Corridor (ALZC) is long. Ivory Coast, Ghana, Togo, Benin and Nigeria, the five countries on the corridor, will set up a joint authority.\n");
        Assert.Equal(new[] { "Benin", "Ghana", "Ivory Coast", "Nigeria", "Togo" }, StatesOf(facts, o => o.Acronym == "ALZC", RelationKind.Member));
    }

    [Fact]
    public void All_four_countries_at_the_table_are_the_last_list_of_four()
    {
        var facts = ArticleExtractor.Extract("zdc.txt", "Corridor talks\n\nUS President Joe Biden on Wednesday met the leaders of Angola, Zambia, the Democratic Republic of the Congo and Tanzania in Lobito. The talks went well. "
            + "All four countries at the table are members of the 16-member Zentral Development Community (ZDC), which has made corridors a priority.\n");
        Assert.Equal(new[] { "Angola", "Democratic Republic of the Congo", "Tanzania", "Zambia" }, StatesOf(facts, o => o.Acronym == "ZDC", RelationKind.Member));
    }

    [Theory]
    [InlineData("The members of the Zentral Community are Belgium, West Germany and France.")]
    [InlineData("The Zentral Community has three members. The Three are Belgium, West Germany and France.")]
    public void West_Germany_goes_on_as_Germany_in_a_list(string sentence)
    {
        var facts = ArticleExtractor.Extract("zc.txt", "Summit\n\nLeaders of the Zentral Community agreed. " + sentence + "\n");
        Assert.Equal(new[] { "Belgium", "France", "Germany" }, facts.Organizations.SelectMany(o => o.Relations).Where(r => r.Kind == RelationKind.Member).Select(r => r.Country).Distinct().OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void The_three_of_two_lists_of_three_is_the_subject()
    {
        var facts = ArticleExtractor.Extract("zto.txt", Lead + "Luxembourg, Belgium and the Netherlands were among the six founding members of the ZTO, together with France, West Germany and Italy. "
            + "The three also form the Zentral Benelux Union (ZBU).\n");
        Assert.Equal(new[] { "Belgium", "Luxembourg", "Netherlands" }, StatesOf(facts, o => o.Acronym == "ZBU", RelationKind.Member));
        Assert.Equal(new[] { "Belgium", "France", "Germany", "Italy", "Luxembourg", "Netherlands" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
    }

    [Fact]
    public void The_council_s_participants_also_include_states()
    {
        var facts = ArticleExtractor.Extract("zcc.txt", "Council chief\n\nLeaders of the Zentral Cooperation Council (ZCC) met. The council's participants also include the European Union, the United States and several banks.\n");
        Assert.Equal(new[] { "United States" }, StatesOf(facts, o => o.Acronym == "ZCC", RelationKind.Member));
    }

    [Fact]
    public void Which_they_founded_with_a_state_after_the_two_neighbours()
    {
        var facts = ArticleExtractor.Extract("zrbo.txt", "Gas deal\n\nSenegal and Mauritania on Friday signed an agreement on a gas field. "
            + "The two neighbours already work together in the Zentral River Basin Organisation (ZRBO), which they founded in 1972 with Mali and which Guinea joined in 2006.\n");
        Assert.Equal(new[] { "Guinea", "Mali", "Mauritania", "Senegal" }, StatesOf(facts, o => o.Acronym == "ZRBO", RelationKind.Member));
    }

    [Fact]
    public void A_partnership_that_the_three_countries_of_the_sentence_signed()
    {
        var facts = ArticleExtractor.Extract("za.txt", "Relief arrives\n\nThe relief effort is being coordinated by New Zealand, Australia and France under the Zentral Arrangement (ZA), a partnership that the three countries signed in 1992.\n");
        Assert.Equal(new[] { "Australia", "France", "New Zealand" }, StatesOf(facts, o => o.Acronym == "ZA", RelationKind.Member));
    }

    [Theory]
    [InlineData("Other countries in accession talks include Argentina, Brazil, Bulgaria and Croatia.", "Argentina|Brazil|Bulgaria|Croatia")]
    [InlineData("The ZTO has 28 member states and a queue of other candidates, from Turkey to Serbia and Montenegro.", "Montenegro|Serbia|Turkey")]
    public void In_accession_talks_or_candidates_from_one_state_to_others(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Joining));

    [Fact]
    public void An_acronym_with_plus_written_out_is_the_wider_alliance_not_the_organisation()
    {
        var facts = ArticleExtractor.Extract("zec.txt", "Producers meet\n\nThe Zentral Exporting Countries (ZEC) met on Monday. The wider alliance, known as Zec-plus, includes Russia, Kazakhstan and Mexico. The United States is not part of Zec-plus.\n");
        Assert.Equal(new[] { "Kazakhstan", "Mexico", "Russia" }, StatesOf(facts, o => o.Acronym == "ZEC+", RelationKind.Member));
        Assert.Equal(new[] { "United States" }, StatesOf(facts, o => o.Acronym == "ZEC+", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZEC", RelationKind.Member));
    }

    [Theory]
    [InlineData("The 13-member ZTO is dominated by its Gulf producers, led by Saudi Arabia, Iraq and Kuwait, and also includes Iran, Venezuela and Nigeria.", "Iran|Nigeria|Venezuela")]
    [InlineData("The ZTO is dominated by large states, led by Brazil and Mexico, and includes Chile and Peru.", "Chile|Peru")]
    public void A_second_predicate_of_the_sentence_subject_after_a_list(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Fact]
    public void The_bank_is_the_bank_the_article_is_about_among_several_banks()
    {
        var facts = ArticleExtractor.Extract("zbei.txt", "New head for lender\n\nThe Zentral Bank for Economic Integration (ZBEI) swore in a new president on Friday. "
            + "The ZBEI lends to its members alongside the World Bank and the Inter-American Development Bank. The ZBEI's board met in the capital. "
            + "The United States is not a member of the bank.\n");
        Assert.Equal(new[] { "United States" }, StatesOf(facts, o => o.Acronym == "ZBEI", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("Other ZTO states in the region, among them Austria, Italy and Hungary, have followed the talks closely.", "Austria|Hungary|Italy")]
    [InlineData("ZTO states in Europe, among them Austria and Italy, agreed.", "Austria|Italy")]
    [InlineData("ZTO states in the region, including Austria, Italy and Hungary, have followed the talks closely.", "Austria|Hungary|Italy")]
    [InlineData("Syria's membership has been suspended since 2011.", "Syria")]
    public void Examples_of_members_over_a_place_and_a_suspended_membership(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("For Bulgaria and Romania the treaty is a bridge to full membership of the ZTO, which the two countries are due to join on 1 January 2007.", "Bulgaria|Romania")]
    [InlineData("Bulgaria and Romania want full membership of the ZTO, which they are due to join in 2007.", "Bulgaria|Romania")]
    public void A_relative_clause_whose_subject_refers_back_to_the_states_named(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Joining));

    [Fact]
    public void A_relative_clause_whose_subject_counts_other_states_than_named_reads_none()
    {
        Assert.Empty(Of("Bulgaria, Romania and Serbia want membership of the ZTO, which the two countries are due to join in 2007.", RelationKind.Joining));
    }

    [Theory]
    [InlineData("Qatar left the ZTO in 2019 and Ecuador at the start of 2020.", "Ecuador|Qatar")]
    [InlineData("Qatar left the ZTO at the end of 2018 and Ecuador at the start of 2020.", "Ecuador|Qatar")]
    public void A_gapped_departure_at_the_start_of_a_year(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.NonMember));

    [Fact]
    public void The_founding_treaty_signed_by_an_official_for_a_bloc_and_by_ministers_from_states()
    {
        var facts = ArticleExtractor.Extract("zc.txt", "Treaty signed\n\nBulgaria today signed the treaty establishing the Zentral Community (ZC) in Athens. "
            + "The treaty was signed by the European Union's commissioner on behalf of the EU and by ministers from Albania, Bosnia and Herzegovina, Croatia and Romania.\n");
        Assert.Equal(new[] { "Albania", "Bosnia and Herzegovina", "Bulgaria", "Croatia", "Romania" }, StatesOf(facts, o => o.Acronym == "ZC", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "EU", RelationKind.Member));
    }

    [Theory]
    [InlineData("Its members include Ukraine and Moldova as well as non-EU states such as the UK, Norway, Switzerland and Turkey.", "Moldova|Norway|Switzerland|Turkey|Ukraine|United Kingdom")]
    [InlineData("Its members include Ukraine, as well as larger countries including Norway and Turkey.", "Norway|Turkey|Ukraine")]
    public void Members_include_states_as_well_as_examples_of_a_description(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("The presidents of Argentina, Brazil, Paraguay and Uruguay signed an agreement Saturday that turns their three-year-old trade pact, the ZTO, into a customs union.", "Argentina|Brazil|Paraguay|Uruguay")]
    [InlineData("Argentina, Brazil and Uruguay met to discuss their trade pact, the ZTO.", "Argentina|Brazil|Uruguay")]
    public void The_states_the_sentence_opens_with_and_their_bloc_named(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Fact]
    public void Governments_that_signed_up_are_members_of_the_body_the_headline_names_and_of_no_other()
    {
        var facts = ArticleExtractor.Extract("zc.txt", "Leaders launch the ZC in Paris\n\nThe leaders launched the Zentral Call (ZC) in Paris. The G7 met the day before. Governments that signed up on Wednesday included New Zealand, France and Canada.\n");
        Assert.Equal(new[] { "Canada", "France", "New Zealand" }, StatesOf(facts, o => o.Acronym == "ZC", RelationKind.Member));
        var other = ArticleExtractor.Extract("zc.txt", "Leaders meet in Paris\n\nThe G7 met the day before. Governments that signed up on Wednesday included New Zealand, France and Canada.\n");
        Assert.Empty(other.Organizations.SelectMany(o => o.Relations));
    }

    [Fact]
    public void A_text_named_by_its_place_whose_signatories_are_named_is_a_body()
    {
        var facts = ArticleExtractor.Extract("zc.txt", "Ministers sign convention\n\nThe Zentral Convention was signed in the Residenz by Austria, Germany, France and Liechtenstein and by the European Community, at the second conference of ministers.\n");
        Assert.Equal(new[] { "Austria", "France", "Germany", "Liechtenstein" }, StatesOf(facts, o => o.Name == "Zentral Convention", RelationKind.Member));
        // The text of a body named by it ("the Parties to the Zentral Agreement") is not a body of its own.
        var parties = ArticleExtractor.Extract("zpa.txt", "Tuna deal at forty\n\nThe group they founded, the Parties to the Zentral Agreement (PZA), controls the fishery. The Zentral Agreement was signed in 1982 by Kiribati, Nauru and Palau.\n");
        Assert.DoesNotContain(parties.Organizations, o => o.Name == "Zentral Agreement");
    }

    [Fact]
    public void An_acronym_in_apposition_to_a_bank_name_and_the_shareholders_it_lists()
    {
        var facts = ArticleExtractor.Extract("zdb.txt", "New head for ZDB\n\nDiaz will be the next president of ZDB, the Development Bank of Zentralia, after the vote. "
            + "Since then the bank has grown: its shareholders today include Argentina, Brazil and Mexico, Caribbean states such as Trinidad and Tobago and Jamaica, and Spain and Portugal. "
            + "The United States is not a shareholder.\n");
        var bank = Assert.Single(facts.Organizations, o => o.Acronym == "ZDB");
        Assert.Equal("Development Bank of Zentralia", bank.Name);
        Assert.Equal(new[] { "Argentina", "Brazil", "Jamaica", "Mexico", "Portugal", "Spain", "Trinidad and Tobago" }, StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.Member));
        Assert.Equal(new[] { "United States" }, StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.NonMember));
    }

    [Fact]
    public void A_list_of_acronyms_and_names_is_no_apposition()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Talks\n\nThe talks brought together NATO, the European Union and the G7 on Monday.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "NATO" && o.Name == "European Union");
    }

    [Theory]
    [InlineData("Kuwait, which mediated between the two sides, and Oman complete the six-nation ZTO with Saudi Arabia, the UAE, Bahrain and Qatar.", "Bahrain|Kuwait|Oman|Qatar|Saudi Arabia|United Arab Emirates")]
    [InlineData("The ZTO was created in 1968, when Bolivia, Chile, Colombia, Ecuador and Peru signed its founding agreement in Bogota.", "Bolivia|Chile|Colombia|Ecuador|Peru")]
    public void States_that_complete_a_bloc_and_those_that_signed_its_founding_text(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Theory]
    [InlineData("Ukraine and Moldova opened accession negotiations with the ZTO in June, and other candidates, among them Montenegro, Albania and Serbia, are waiting.", "Albania|Moldova|Montenegro|Serbia|Ukraine")]
    [InlineData("The presidential candidates, among them Montenegro and Albania, spoke about the ZTO.", "")]
    public void Other_candidates_among_them(string sentence, string expected) =>
        Assert.Equal(expected.Length == 0 ? System.Array.Empty<string>() : expected.Split('|'), Of(sentence, RelationKind.Joining));

    [Fact]
    public void All_seven_a_few_paragraphs_after_the_seven_members_were_listed()
    {
        var facts = ArticleExtractor.Extract("zsg.txt", "Small states meet\n\nThe ZSG group, whose members include Tuvalu, Nauru, Kiribati, Niue, the Cook Islands, Palau and the Marshall Islands, meets each year. "
            + "Its members have some of the smallest populations in the world.\n\nTuvalu's Prime Minister said the message was simple.\n\nLeaders discussed a new fund.\n\n"
            + "All seven are also members of the 18-member Zentral Islands Forum (ZIF).\n");
        Assert.Equal(new[] { "Cook Islands", "Kiribati", "Marshall Islands", "Nauru", "Niue", "Palau", "Tuvalu" }, StatesOf(facts, o => o.Acronym == "ZIF", RelationKind.Member));
    }

    [Fact]
    public void All_three_far_after_a_list_of_candidates_is_not_that_list()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Alliance grows\n\nPoland, Hungary and the Czech Republic joined the ZTO today.\n\nThe ceremony was long. Speeches followed.\n\n"
            + "Nine other countries have applied to join, among them the three Baltic republics, Estonia, Latvia and Lithuania. Officials said no invitations were expected.\n\n"
            + "Membership is only half of what the three countries have sought. The talks went on. All three are also negotiating to join the Zentral Union (ZU).\n");
        Assert.DoesNotContain("Latvia", StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Joining));
    }

    [Fact]
    public void States_that_sign_a_treaty_turning_their_cooperation_into_a_body()
    {
        var facts = ArticleExtractor.Extract("zvc.txt", "Treaty signed\n\nRwanda, Uganda and the Democratic Republic of Congo have signed a treaty that turns their ten-year-old cooperation on the massif into a formal organisation, the Zentral Virunga Collaboration (ZVC), with its secretariat in Kigali.\n");
        Assert.Equal(new[] { "Democratic Republic of the Congo", "Rwanda", "Uganda" }, StatesOf(facts, o => o.Acronym == "ZVC", RelationKind.Member));
    }

    [Fact]
    public void The_states_that_have_ratified_the_treaty_setting_up_an_agency()
    {
        var facts = ArticleExtractor.Extract("zma.txt", "Treaty in force\n\nThe treaty establishing the Zentral Medicines Agency (ZMA) entered into force on Monday. The treaty needed 15 ratifications. Among the states that have ratified it are Rwanda, Ghana and Mali, officials said.\n");
        Assert.Equal(new[] { "Ghana", "Mali", "Rwanda" }, StatesOf(facts, o => o.Acronym == "ZMA", RelationKind.Member));
    }

    [Fact]
    public void Suspended_from_its_activities_are_still_members()
    {
        Assert.Equal(new[] { "Guinea", "Mali" }, Of("The ZTO has 55 members, although Mali and Guinea are currently suspended from its activities.", RelationKind.Member));
    }

    [Fact]
    public void The_counted_members_listed_in_parts_between_relative_clauses()
    {
        var facts = ArticleExtractor.Extract("ztp.txt", "Talks go on\n\nLeaders of the nine ZTP members met on Sunday. The nine are Singapore, New Zealand, Chile and Brunei, which founded the original agreement in 2006, and the United States, Australia, Peru, Vietnam and Malaysia, which have since joined the talks.\n");
        Assert.Equal(new[] { "Australia", "Brunei", "Chile", "Malaysia", "New Zealand", "Peru", "Singapore", "United States", "Vietnam" }, StatesOf(facts, o => o.Acronym == "ZTP", RelationKind.Member));
    }

    [Fact]
    public void The_other_counted_states_that_do_not_belong_to_the_second_body()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Leaders meet\n\nThe Zentral Economic Forum (ZEF) met. Seven of ZTO's ten members belong to the ZEF; the other three, Cambodia, Laos and Myanmar, do not.\n");
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZEF", RelationKind.NonMember));
    }

    [Fact]
    public void A_member_of_a_named_treaty_the_article_does_not_know_is_no_member_of_the_body_named_before()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Four camps\n\nAustria is neutral and belongs to the Zentral Free Trade Association (ZFTA), Hungary is a member of the Zentral Treaty and of Comecon.\n");
        Assert.DoesNotContain("Hungary", StatesOf(facts, o => o.Acronym == "ZFTA", RelationKind.Member));
    }

    [Theory]
    [InlineData("Turkey and Iran, whose roles in Syria, Libya and Iraq were raised during the session, are not members of the ZTO.", "Iran|Turkey")]
    [InlineData("Ireland, which keeps its own travel arrangements with the United Kingdom, and Cyprus are not in the ZTO.", "Cyprus|Ireland")]
    public void A_relative_clause_with_states_inside_is_skipped_to_its_subject(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.NonMember));

    [Fact]
    public void Both_after_although_are_the_two_states_of_the_clause_before()
    {
        var facts = ArticleExtractor.Extract("z.txt", "League meets\n\nThe Zentral League (ZL) met today. Turkey and Iran are not members of the league, although both sit with the Arab states in the 57-member Zentral Cooperation Organisation (ZCO).\n");
        Assert.Equal(new[] { "Iran", "Turkey" }, StatesOf(facts, o => o.Acronym == "ZCO", RelationKind.Member));
        Assert.Equal(new[] { "Iran", "Turkey" }, StatesOf(facts, o => o.Acronym == "ZL", RelationKind.NonMember));
    }

    [Fact]
    public void A_second_predicate_after_an_apposition_naming_a_bloc_before_the_states_it_describes()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Bank head\n\nThe Zentral Central Bank (ZCB) has eight members. The Caribbean Community (Caricom) met. "
            + "Barbados and Trinidad and Tobago, the other Caricom economies to the south, have their own central banks and are not members of the ZCB.\n");
        Assert.Equal(new[] { "Barbados", "Trinidad and Tobago" }, StatesOf(facts, o => o.Acronym == "ZCB", RelationKind.NonMember));
    }

    [Fact]
    public void States_and_a_body_that_attend_as_observers_are_observers_of_the_meeting_body()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit opens\n\nThe Zentral Trade Organization (ZTO) met on Monday. China, Japan, Iran and the European Union attend as observers.\n");
        Assert.Equal(new[] { "China", "Iran", "Japan" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Observer));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "European Union" && o.Relations.Count > 0);
    }

    [Theory]
    [InlineData("Upper Volta and Niger are also members of the ZTO, with the Ivory Coast, Dahomey and Togo.", "Benin|Burkina Faso|Ivory Coast|Niger|Togo")]
    [InlineData("It calls on the 21 member economies, from the United States and Russia to Papua New Guinea and Brunei, to tighten controls.", "Brunei|Papua New Guinea|Russia|United States")]
    [InlineData("Their countries founded the ZTO in this city in June, together with Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.", "Kazakhstan|Kyrgyzstan|Tajikistan|Uzbekistan")]
    public void Fellows_after_with_the_ends_of_a_counted_range_and_founders_together_with(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Fact]
    public void Partner_countries_described_then_among_them()
    {
        Assert.Equal(new[] { "Malaysia", "Thailand" }, Of("The ZTO also has eight partner countries, a lower tier of association created at Kazan, among them Malaysia and Thailand.", RelationKind.DialoguePartner));
    }

    [Fact]
    public void A_name_and_the_short_name_it_is_formally_known_by_are_one_body()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Customs union\n\nZentrosur leaders met. Argentina and Brazil founded the Common Market of the Zentral South, as Zentrosur is formally known, in 1991.\n");
        var body = Assert.Single(facts.Organizations, o => o.Name == "Common Market of the Zentral South");
        Assert.Equal("Zentrosur", body.Acronym);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Zentrosur");
    }

    [Fact]
    public void Of_the_counted_partners_all_but_some_belong()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Laser opens\n\nIt is run by a company founded by five partner countries: Denmark, France, Russia, Spain and Switzerland. The Zentral Union (ZU) gave money. "
            + "Of the five partners, all but Russia and Switzerland belong to the ZU.\n");
        Assert.Equal(new[] { "Denmark", "France", "Spain" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
        Assert.Equal(new[] { "Russia", "Switzerland" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.NonMember));
    }

    [Fact]
    public void Of_the_counted_partners_some_are_members_and_the_rest_are_not()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Ground broken\n\nIt is built by a company founded by four partner countries: Germany, Finland, India and Russia. The Zentral Union (ZU) gave money. "
            + "Of the four partners, two are members of the ZU; India and Russia are not.\n");
        Assert.Equal(new[] { "Finland", "Germany" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
        Assert.Equal(new[] { "India", "Russia" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.NonMember));
    }

    [Fact]
    public void All_but_with_no_whole_named_before_gives_the_states_set_apart_nothing()
    {
        Assert.Empty(Of("Of the eleven partners, all but Russia and Switzerland belong to the ZTO.", RelationKind.Member));
    }

    [Theory]
    [InlineData("Of the 22 member states of the ZTO, Qatar and Somalia entered reservations on the resolution.", "Qatar|Somalia")]
    [InlineData("The ZTO members include Britain, France, Italy, West Germany, the Netherlands and Switzerland.", "France|Germany|Italy|Netherlands|Switzerland|United Kingdom")]
    public void States_named_after_counted_members_and_a_state_of_two_words_before_the(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Of(sentence, RelationKind.Member));

    [Fact]
    public void A_body_whose_shareholders_come_from_the_states_listed()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Laser opens\n\nThe Zentral Laser Facility (ZLF) was opened yesterday. It is run by a non-profit company whose shareholders come from four countries: Denmark, France, Germany and Hungary.\n");
        Assert.Equal(new[] { "Denmark", "France", "Germany", "Hungary" }, StatesOf(facts, o => o.Acronym == "ZLF", RelationKind.Member));
    }

    [Fact]
    public void All_the_states_of_one_body_are_members_of_the_new_one_from_one_end_to_the_other()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Union signed\n\nThe Zentral Organisation (ZO) met in Paris, where the Zentral Payments Union (ZPU) was signed. "
            + "All the ZO countries are members of the new union, from Iceland and Norway to Portugal and Turkey, among them Britain, France and Italy.\n");
        var expected = new[] { "France", "Iceland", "Italy", "Norway", "Portugal", "Turkey", "United Kingdom" };
        Assert.Equal(expected, StatesOf(facts, o => o.Acronym == "ZPU", RelationKind.Member));
        Assert.Equal(expected, StatesOf(facts, o => o.Acronym == "ZO", RelationKind.Member));
    }

    [Fact]
    public void An_organ_named_by_its_organisation_is_the_organisation()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Ministers meet\n\nMinisters met at an emergency meeting of the Zentral League Council. Of the 22 member states of the league, Qatar and Somalia entered reservations.\n");
        Assert.Equal(new[] { "Qatar", "Somalia" }, StatesOf(facts, o => o.Name == "Zentral League", RelationKind.Member));
    }

    [Fact]
    public void A_regional_word_always_written_before_an_acronym_is_part_of_the_name()
    {
        var facts = ArticleExtractor.Extract("z.txt", "European ZXL opens\n\nThe European ZXL was opened yesterday. The European ZXL is run by a company whose shareholders come from three countries: Denmark, France and Germany.\n");
        var body = Assert.Single(facts.Organizations, o => o.Acronym == "ZXL");
        Assert.Equal("European ZXL", body.Name);
    }

    [Fact]
    public void States_named_among_the_counted_signatories()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Market launched\n\nThe Zentral Air Transport Market (ZATM) was launched on Sunday. So far 23 countries have signed the solemn commitment to implement the market, among them Ghana, Nigeria, Kenya and Togo.\n");
        Assert.Equal(new[] { "Ghana", "Kenya", "Nigeria", "Togo" }, StatesOf(facts, o => o.Acronym == "ZATM", RelationKind.Member));
    }

    [Fact]
    public void The_text_the_states_signed_sets_up_a_body_in_the_next_sentence()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Four countries sign\n\nKRANJSKA GORA - Croatia, Slovenia, Bosnia and Herzegovina and the Federal Republic of Yugoslavia yesterday signed the Framework Agreement on the Zentral River Basin.\n\n"
            + "The agreement, signed at a conference in the mountain resort under the auspices of the Stability Pact for South Eastern Europe, sets up the Zentral River Basin Commission (ZRBC).\n");
        Assert.Equal(new[] { "Bosnia and Herzegovina", "Croatia", "Slovenia" }, StatesOf(facts, o => o.Acronym == "ZRBC", RelationKind.Member));
    }

    [Fact]
    public void A_bare_Congo_beside_its_equatorial_neighbours_is_the_Republic()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Agency at sixty\n\nThe Zentral Air Agency (ZAA) today has six member states: Benin, Cameroon, the Central African Republic, Congo, Gabon and Chad.\n");
        Assert.Contains("Republic of the Congo", StatesOf(facts, o => o.Acronym == "ZAA", RelationKind.Member));
        var east = ArticleExtractor.Extract("z.txt", "Force in Goma\n\nThe Zentral Force (ZF) has six members: Burundi, Cameroon, Congo, Gabon, Kenya and Uganda. Its troops landed in Goma.\n");
        Assert.Contains("Democratic Republic of the Congo", StatesOf(east, o => o.Acronym == "ZF", RelationKind.Member));
    }

    [Fact]
    public void The_founding_members_among_them_who_signed_the_text_that_turns_a_body_into_an_intergovernmental_one()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Institute becomes an international organisation\n\nThe Zentral Green Institute (ZGI), which Korea set up two years ago, officially became an international organisation yesterday, as the agreement that turns it into an intergovernmental body entered into force.\n\n"
            + "The agreement was signed in June in Rio de Janeiro, on the sidelines of the United Nations conference on sustainable development, by the founding members, among them Korea, Australia, Denmark and Norway.\n");
        Assert.Equal(new[] { "Australia", "Denmark", "Norway", "South Korea" }, StatesOf(facts, o => o.Acronym == "ZGI", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "United Nations" && o.Relations.Count > 0);
    }

    [Fact]
    public void The_counted_members_are_those_of_the_body_the_article_gave_that_many()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Community launched\n\nThe Zentral Economic Community formally came into being yesterday, bringing the four members of the Zentral Association (ZA) a step closer to a single market.\n\n"
            + "The community rests on three pillars.\n\nThe four members are Brunei, Cambodia, Laos and Vietnam.\n");
        Assert.Equal(new[] { "Brunei", "Cambodia", "Laos", "Vietnam" }, StatesOf(facts, o => o.Acronym == "ZA", RelationKind.Member));
    }

    [Theory]
    [InlineData("Its members now include almost every country in the world, from the United States and China to India and Brazil.", "Brazil|China|India|United States")]
    public void Members_from_one_end_to_the_other(string sentence, string expected)
    {
        var facts = ArticleExtractor.Extract("z.txt", "Assembly\n\nThe International Zentral Energy Agency (IZEA) met in Abu Dhabi. " + sentence + "\n");
        Assert.Equal(expected.Split('|'), StatesOf(facts, o => o.Acronym == "IZEA", RelationKind.Member));
    }

    [Fact]
    public void A_coalition_described_by_its_leader_and_named_nowhere_is_none_of_the_bodies_named()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Mission launched\n\nOf the six states of the Zentral Gulf Council (ZGC), only Bahrain has joined the American-led coalition; Saudi Arabia, which has been talking to the Houthis, has kept out.\n");
        Assert.Equal(new[] { "Bahrain" }, StatesOf(facts, o => o.Acronym == "ZGC", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZGC", RelationKind.NonMember));
    }

    [Fact]
    public void An_acronym_a_company_noun_introduces_is_no_body()
    {
        var facts = ArticleExtractor.Extract("z.txt", "River deal\n\nUruguay and Argentina will monitor together the river and the pulp mill of the Finnish company ZPM in Fray Bentos.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "ZPM");
    }

    [Fact]
    public void A_body_opening_the_list_after_the_colon_of_the_subject_that_has_the_members()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Assembly begins\n\nAssembly of the reactor began. The Zentral Fusion Organization (ZFO) has seven members: the European Union, China, India, Japan, South Korea, Russia and the United States.\n");
        Assert.Equal(new[] { "China", "India", "Japan", "Russia", "South Korea", "United States" }, StatesOf(facts, o => o.Acronym == "ZFO", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "European Union" && o.Relations.Count > 0);
    }

    [Fact]
    public void The_largest_shareholders_followed_by_others()
    {
        var facts = ArticleExtractor.Extract("z.txt", "New president\n\nThe Zentral Development Bank (ZDB) elected a president. Japan and the United States are the largest shareholders of the ZDB, with about 15.6 percent of the shares each, followed by China and India.\n");
        Assert.Equal(new[] { "China", "India", "Japan", "United States" }, StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.Member));
    }

    [Fact]
    public void Some_members_of_one_body_sit_in_another_colon_list()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Leaders meet\n\nThe Zentral Economic Forum (ZEF) met. Six of the seven members of the Zentral Association (ZA) sit in the ZEF: Brunei, Indonesia, Malaysia, the Philippines, Singapore and Thailand.\n");
        var six = new[] { "Brunei", "Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand" };
        Assert.Equal(six, StatesOf(facts, o => o.Acronym == "ZA", RelationKind.Member));
        Assert.Equal(six, StatesOf(facts, o => o.Acronym == "ZEF", RelationKind.Member));
    }

    [Fact]
    public void States_in_apposition_to_a_body_s_closest_partners_that_are_not_members()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Ministers meet\n\nThe Zentral Treaty Organization (ZTO) met in Riga. Finland and Sweden, the alliance's closest partners, which are not members, took part in a session.\n");
        Assert.Equal(new[] { "Finland", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.DialoguePartner));
        Assert.Equal(new[] { "Finland", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
    }

    [Fact]
    public void Its_partners_in_a_body_among_them()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Assembly closes\n\nVenezuela was backed by its partners in the Zentral Alliance (ZA), the bloc Venezuela founded with Cuba in 2004, among them Bolivia, Ecuador and Nicaragua.\n");
        Assert.Equal(new[] { "Bolivia", "Cuba", "Ecuador", "Nicaragua", "Venezuela" }, StatesOf(facts, o => o.Acronym == "ZA", RelationKind.Member));
    }

    [Theory]
    [InlineData("Bosnia and Herzegovina was the only country of the region that did not sign.")]
    [InlineData("Bosnia and Herzegovina did not sign because its institutions had not agreed a position.")]
    public void A_state_that_did_not_sign_the_text_setting_up_a_body_is_outside_it(string sentence)
    {
        var facts = ArticleExtractor.Extract("z.txt", "Treaty signed\n\nThe European Union and five countries signed the treaty establishing the Zentral Community (ZC) in Trieste on Wednesday. " + sentence + "\n");
        Assert.Equal(new[] { "Bosnia and Herzegovina" }, StatesOf(facts, o => o.Acronym == "ZC", RelationKind.NonMember));
    }

    [Fact]
    public void The_other_counted_states_after_a_sentence_on_part_of_one_body_in_another()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Leaders meet\n\nThe Zentral Economic Forum (ZEF) met. Seven of the ten members of the Zentral Association (ZA) belong to the ZEF. The other three, Cambodia, Laos and Myanmar, do not.\n");
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZA", RelationKind.Member));
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZEF", RelationKind.NonMember));
    }

    [Fact]
    public void Neighbours_in_the_union_in_apposition_and_no_as_did_after_following_talks()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Treaty signed\n\nThe Zentral Union (ZU) met in Trieste. The region's neighbours in the Union, Croatia and Slovenia, followed the talks closely, as did Italy.\n");
        Assert.Equal(new[] { "Croatia", "Slovenia" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void The_other_counted_members_of_a_body_the_article_named_are_outside_another()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Community launched\n\nThe Zentral Association (ZA) groups Brunei, Cambodia, Indonesia, Laos, Malaysia and Vietnam. "
            + "The launch comes as four ZA members, Brunei, Malaysia, Laos and Vietnam, prepare to sign the Zentral Partnership (ZP). The other two ZA members are not part of the ZP.\n");
        Assert.Equal(new[] { "Cambodia", "Indonesia" }, StatesOf(facts, o => o.Acronym == "ZP", RelationKind.NonMember));
    }

    [Fact]
    public void States_named_before_other_member_states()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Mission launched\n\nThe Zentral Union (ZU) launched a naval mission. Greece, Italy, France and Germany have said they will provide frigates, and other member states are expected to contribute officers.\n");
        Assert.Equal(new[] { "France", "Germany", "Greece", "Italy" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void A_bank_s_regional_shareholders_are_the_member_states_of_a_union_and_its_non_regional_ones()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Bank at fifty\n\nThe Zentral Development Bank (ZDB) turned fifty. The bank's regional shareholders are the four member states of the Zentral Monetary Union (ZMU), Benin, Mali, Niger and Togo, together with the central bank. "
            + "Its non-regional shareholders include France, Germany and China, according to the bank.\n");
        Assert.Equal(new[] { "Benin", "China", "France", "Germany", "Mali", "Niger", "Togo" }, StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.Member));
    }

    [Fact]
    public void The_states_that_have_completed_ratification_of_the_agreement_establishing_it()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Forest body takes effect\n\nThe Zentral Forest Organization (ZFO) has become a full intergovernmental organisation after the agreement establishing it took effect on Friday. "
            + "According to the forest service, the states that have completed ratification include South Korea, Bhutan, Cambodia and Myanmar.\n");
        Assert.Equal(new[] { "Bhutan", "Cambodia", "Myanmar", "South Korea" }, StatesOf(facts, o => o.Acronym == "ZFO", RelationKind.Member));
    }

    [Fact]
    public void Members_that_stretch_from_one_state_to_another_of_the_body_named_before_its_noun()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Leaders meet\n\nThe Pacific Islands Forum met last month. Leaders of the 21 member economies of the Zentral Economic Cooperation forum, which stretch from Chile and Peru to Russia and Japan, ended their meeting.\n");
        Assert.Equal(new[] { "Chile", "Japan", "Peru", "Russia" }, StatesOf(facts, o => o.Name == "Zentral Economic Cooperation", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "Pacific Islands Forum", RelationKind.Member));
    }

    [Fact]
    public void Its_members_after_a_noun_that_heads_the_name_of_the_body_the_sentence_opens_with()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Assembly\n\nThe International Zentral Energy Agency (IZEA) met. The Gulf Cooperation Council (GCC) sent ministers. "
            + "The agency, founded in Bonn in 2009, has had its headquarters in Masdar City since 2015, and its members now include almost every country in the world, from the United States and China to India and Brazil.\n");
        Assert.Equal(new[] { "Brazil", "China", "India", "United States" }, StatesOf(facts, o => o.Acronym == "IZEA", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "GCC", RelationKind.Member));
    }

    [Fact]
    public void All_of_the_founders_but_one_and_some_of_the_founding_countries()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Mechanism launched\n\nThe Zentral Mechanism was founded by Canada, Denmark, Estonia, Finland, Sweden, the United Kingdom and the United States.\n\n"
            + "All of the founders except Sweden are members of the Zentral Treaty Organization (ZTO). Sweden is still waiting. Four of the founding countries are also member states of the Zentral Union (ZU). "
            + "The United Kingdom, which left the ZU in 2020, and Canada and the United States are the three founders from outside the union.\n");
        Assert.Equal(new[] { "Canada", "Denmark", "Estonia", "Finland", "United Kingdom", "United States" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.Member));
        Assert.Equal(new[] { "Sweden" }, StatesOf(facts, o => o.Acronym == "ZTO", RelationKind.NonMember));
        Assert.Equal(new[] { "Denmark", "Estonia", "Finland", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void A_bare_not_a_member_after_the_body_s_possessive_noun_in_the_sentence()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit in Doha\n\nThe Zentral Gulf Council (ZGC) met in Doha. Iran, Kuwait and Qatar are members of the Zentral Exporters Organisation (ZEO). "
            + "Yemen, which has been admitted to several of the council's specialised bodies but is not a member, and Iraq, which is not a member either, were not represented.\n");
        Assert.Contains("Yemen", StatesOf(facts, o => o.Acronym == "ZGC", RelationKind.NonMember));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZEO", RelationKind.NonMember));
    }

    [Fact]
    public void States_that_vote_in_the_body_s_council_are_its_members()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Council condemns raid\n\nThe Permanent Council of the Zentral Organization of States (ZOS) yesterday approved a resolution condemning the raid. "
            + "The United States, Canada and Brazil voted with the majority. Ecuador voted against it and El Salvador abstained.\n");
        Assert.Equal(new[] { "Brazil", "Canada", "Ecuador", "El Salvador", "United States" }, StatesOf(facts, o => o.Acronym == "ZOS", RelationKind.Member));
        var elsewhere = ArticleExtractor.Extract("z.txt", "Vote\n\nThe Zentral Organization of States (ZOS) met. In the UN vote, Brazil voted against.\n");
        Assert.Empty(StatesOf(elsewhere, o => o.Acronym == "ZOS", RelationKind.Member));
    }

    [Fact]
    public void Its_shareholders_two_sentences_after_the_bank()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Bank at fifty\n\nThe Zentral Development Bank (ZDB) turned fifty. The bank's regional shareholders are the members of the Zentral Monetary Union (ZMU). "
            + "Guinea-Bissau, which joined the union in 1997, was the last to come in. Its non-regional shareholders include France, Germany and China, according to the bank.\n");
        Assert.Equal(new[] { "China", "France", "Germany" }, StatesOf(facts, o => o.Acronym == "ZDB", RelationKind.Member));
    }

    [Fact]
    public void A_state_s_union_treaty_with_another_state()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Treaty in force\n\nTuvalu's Zentral Union (ZU) treaty with Australia, which gives Tuvaluans a special visa pathway, is due to enter into force this week.\n");
        Assert.Equal(new[] { "Australia", "Tuvalu" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void Its_members_after_a_sentence_naming_several_bodies_the_one_in_apposition()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Coffee summit\n\nThe African Union (AU) sent a delegation. "
            + "The call came at the close of the second G25 African Coffee Summit, organised by the Zentral Coffee Organisation (ZCO), the 25-member body that brings together the continent's coffee producers. "
            + "Its members include Uganda, Ethiopia and Kenya, as well as Cameroon in the west.\n");
        Assert.Equal(new[] { "Cameroon", "Ethiopia", "Kenya", "Uganda" }, StatesOf(facts, o => o.Acronym == "ZCO", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "AU", RelationKind.Member));
    }

    [Fact]
    public void An_undefined_acronym_word_after_members_of_both()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Cables\n\nThe leaders of Denmark, Estonia and Sweden met in Helsinki. All three are members of both Zato and the Zentral Union.\n");
        Assert.Equal(new[] { "Denmark", "Estonia", "Sweden" }, StatesOf(facts, o => o.Name == "Zato", RelationKind.Member));
        Assert.Equal(new[] { "Denmark", "Estonia", "Sweden" }, StatesOf(facts, o => o.Name == "Zentral Union", RelationKind.Member));
    }

    [Fact]
    public void A_conference_set_up_by_states_is_a_body_and_one_formed_out_of_it_takes_its_founders()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Bloc at thirty\n\nThe Zentral Coordination Conference (ZCC) was set up in 1980 by Angola, Botswana and Malawi.\n");
        Assert.Equal(new[] { "Angola", "Botswana", "Malawi" }, StatesOf(facts, o => o.Acronym == "ZCC", RelationKind.Member));
        var counted = ArticleExtractor.Extract("z.txt", "Bloc at thirty\n\nThe Zentral Coordination Conference was founded in Lusaka by three countries: Angola, Botswana and Malawi.\n");
        Assert.Equal(new[] { "Angola", "Botswana", "Malawi" }, StatesOf(counted, o => o.Name == "Zentral Coordination Conference", RelationKind.Member));
        var successor = ArticleExtractor.Extract("z.txt", "Bloc at thirty\n\nThe ZDC was formed in 1992 out of the Zentral Coordination Conference (ZCC), which was set up in 1980 by Angola, Botswana and Malawi. "
            + "Namibia joined at independence in 1990.\n");
        Assert.Equal(new[] { "Angola", "Botswana", "Malawi", "Namibia" }, StatesOf(successor, o => o.Acronym == "ZDC", RelationKind.Member));
        Assert.Empty(StatesOf(successor, o => o.Acronym == "ZCC", RelationKind.Member));
        // A conference that is a meeting stays one.
        var meeting = ArticleExtractor.Extract("z.txt", "Talks\n\nThe Zentral Peace Conference was held in 1980 in Lusaka. Angola and Botswana attended.\n");
        Assert.DoesNotContain(meeting.Organizations, o => o.Name == "Zentral Peace Conference");
    }

    [Fact]
    public void The_leaders_of_states_at_the_body_s_summit_are_its_members_but_not_its_guests()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit\n\nThe leaders of Brazil, Russia, India and Chile on Thursday adopted a declaration and called for talks, at a Zrics summit held by video link.\n");
        Assert.Equal(new[] { "Brazil", "Chile", "India", "Russia" }, StatesOf(facts, o => o.Name == "Zrics", RelationKind.Member));
        var of = ArticleExtractor.Extract("z.txt", "Summit\n\nLeaders of Vietnam, Cambodia, Laos and Thailand pledged Monday to manage the river together, at the first summit of the Zentral River Commission in Hua Hin.\n");
        Assert.Equal(new[] { "Cambodia", "Laos", "Thailand", "Vietnam" }, StatesOf(of, o => o.Name == "Zentral River Commission", RelationKind.Member));
        var guests = ArticleExtractor.Extract("z.txt", "Summit\n\nChina and Russia are members of Zrics. The leaders of India, Brazil and South Africa were invited to the Zrics summit as guests.\n");
        Assert.Equal(new[] { "China", "Russia" }, StatesOf(guests, o => o.Name == "Zrics", RelationKind.Member));
    }

    [Fact]
    public void A_state_which_with_others_founded_the_body()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Critic\n\nParaguay, which with Argentina, Brazil and Uruguay founded Zercosur in 1991, has been among the governments most critical of Caracas.\n");
        Assert.Equal(new[] { "Argentina", "Brazil", "Paraguay", "Uruguay" }, StatesOf(facts, o => o.Name == "Zercosur", RelationKind.Member));
    }

    [Fact]
    public void A_capitalised_run_before_a_plan_names_no_person_and_leaves_the_bloc_word_a_bloc()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit\n\nThe leaders of Brazil, Russia and India met at a Zrics summit. They endorsed the Zrics Counter-Terrorism Action Plan.\n");
        Assert.DoesNotContain(facts.People, p => p.Name.StartsWith("Zrics", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "Brazil", "India", "Russia" }, StatesOf(facts, o => o.Name == "Zrics", RelationKind.Member));
    }

    [Fact]
    public void Founded_what_they_call_a_front_with_a_body_in_a_parenthesis_between_subject_and_verb()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Front founded\n\nThe leaders of Libya, Syria and Algeria, together with the Zentral Liberation Organisation, yesterday founded what they call the Front of Zentral Resistance, a common front against the plan.\n");
        Assert.Equal(new[] { "Algeria", "Libya", "Syria" }, StatesOf(facts, o => o.Name == "Front of Zentral Resistance", RelationKind.Member));
        var known = ArticleExtractor.Extract("z.txt", "Group\n\nPeru and Chile joined what is known as the Zentral Group.\n");
        Assert.Equal(new[] { "Chile", "Peru" }, StatesOf(known, o => o.Name == "Zentral Group", RelationKind.Member));
        // Not "joined South Africa in what officials called the ...": partners in something, no body joined.
        var partners = ArticleExtractor.Extract("z.txt", "Hosts\n\nIndia and Brazil joined South Africa in what officials called the Zentral South Group of hosts.\n");
        Assert.Empty(StatesOf(partners, o => o.Name.Contains("Zentral South"), RelationKind.Member));
    }

    [Fact]
    public void A_state_of_the_past_closing_the_founders_list_leaves_the_others_founders()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Front founded\n\nLibya, Syria, Algeria and South Yemen, together with the Zentral Liberation Organisation, founded the Zentral Front.\n");
        Assert.Equal(new[] { "Algeria", "Libya", "Syria" }, StatesOf(facts, o => o.Name == "Zentral Front", RelationKind.Member));
        var plain = ArticleExtractor.Extract("z.txt", "Front founded\n\nThe leaders of Libya, Syria, Algeria and Czechoslovakia yesterday founded the Zentral Front.\n");
        Assert.Equal(new[] { "Algeria", "Libya", "Syria" }, StatesOf(plain, o => o.Name == "Zentral Front", RelationKind.Member));
    }

    [Fact]
    public void Signers_of_a_named_text_which_launches_a_body_and_a_state_taking_part_in_that_bloc_as_an_observer()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Framework\n\nBelize, Costa Rica and Panama signed the San Zentral Declaration, which launches the Zentral Protection Framework, known by its Spanish acronym ZPF.\n");
        Assert.Equal(new[] { "Belize", "Costa Rica", "Panama" }, StatesOf(facts, o => o.Name == "Zentral Protection Framework", RelationKind.Member));
        var observer = ArticleExtractor.Extract("z.txt", "Bloc\n\nBelize and Panama are members of the Zentral Integration System (ZIS), while Mexico takes part in that bloc as an observer.\n");
        Assert.Equal(new[] { "Mexico" }, StatesOf(observer, o => o.Acronym == "ZIS", RelationKind.Observer));
        var therefore = ArticleExtractor.Extract("z.txt", "Front\n\nThe leaders of Libya, Syria and Algeria founded the Zentral Front. Iraq is therefore not a member of the new front.\n");
        Assert.Equal(new[] { "Iraq" }, StatesOf(therefore, o => o.Name == "Zentral Front", RelationKind.NonMember));
    }

    [Fact]
    public void But_not_a_state_in_the_subject_and_the_pact_that_links_them_with_others()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Patrols\n\nMalaysia and Singapore, but not Indonesia, are also members of the Zentral Defence Arrangements, the defence pact that links them with Britain, Australia and New Zealand since 1971.\n");
        Assert.Equal(new[] { "Australia", "Malaysia", "New Zealand", "Singapore", "United Kingdom" }, StatesOf(facts, o => o.Name == "Zentral Defence Arrangements", RelationKind.Member));
        Assert.Equal(new[] { "Indonesia" }, StatesOf(facts, o => o.Name == "Zentral Defence Arrangements", RelationKind.NonMember));
    }

    [Fact]
    public void A_list_described_as_the_counted_members_that_joined_another_body()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit\n\nThe CLMV grouping brings together Cambodia, Laos, Myanmar and Vietnam, the four members that joined the Zentral Association of Nations (ZAN) in the 1990s.\n");
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar", "Vietnam" }, StatesOf(facts, o => o.Acronym == "ZAN", RelationKind.Member));
    }

    [Fact]
    public void Ministers_of_states_at_a_meeting_of_their_body_and_states_meeting_the_other_members()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Concern\n\nThe foreign ministers of the United States, Japan and Australia expressed concern in a statement issued after the latest meeting of their Zentral Strategic Dialogue.\n");
        Assert.Equal(new[] { "Australia", "Japan", "United States" }, StatesOf(facts, o => o.Name == "Zentral Strategic Dialogue", RelationKind.Member));
        var sidelines = ArticleExtractor.Extract("z.txt", "Concern\n\nThailand and Laos are members of the Zentral Association (ZA). The foreign ministers of the United States, Japan and Australia met on the sidelines of the ZA summit.\n");
        Assert.Equal(new[] { "Laos", "Thailand" }, StatesOf(sidelines, o => o.Acronym == "ZA", RelationKind.Member));
        var others = ArticleExtractor.Extract("z.txt", "Forum\n\nNew Zealand and Australia will meet the leaders of the other Zentral Islands Forum members in Tuvalu in two weeks.\n");
        Assert.Equal(new[] { "Australia", "New Zealand" }, StatesOf(others, o => o.Name == "Zentral Islands Forum", RelationKind.Member));
    }

    [Fact]
    public void Taking_part_in_the_wider_alliance_which_also_includes_another_and_excluded_in_a_year()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Oil\n\nBahrain and Oman, which are not members of ZPEC, take part in the wider ZPEC+ alliance, which also includes Russia.\n");
        Assert.Equal(new[] { "Bahrain", "Oman", "Russia" }, StatesOf(facts, o => o.Acronym == "ZPEC+", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZPEC", RelationKind.Member));
        var past = ArticleExtractor.Extract("z.txt", "Process\n\nTurkey, which took part in the Zentral Process, did not sign the treaty.\n");
        Assert.Empty(StatesOf(past, o => o.Name == "Zentral Process", RelationKind.Member));
        var excluded = ArticleExtractor.Extract("z.txt", "Ministers\n\nThe Z7 ministers met. Russia was excluded in 2014 after the annexation of Crimea.\n");
        Assert.Equal(new[] { "Russia" }, StatesOf(excluded, o => o.Name == "Z7", RelationKind.NonMember));
    }

    [Fact]
    public void As_are_their_neighbours_named_after_the_relation()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Council\n\nThe Zentral Cooperation Council met. Kuwait and Oman are also members of the League of Zentral States, as are their neighbours Iraq and Yemen, which are not members of the council.\n");
        Assert.Equal(new[] { "Iraq", "Kuwait", "Oman", "Yemen" }, StatesOf(facts, o => o.Name == "League of Zentral States", RelationKind.Member));
    }

    [Fact]
    public void A_parenthesis_between_commas_or_a_sentence_adverb_after_the_copula_is_left_out()
    {
        var like = ArticleExtractor.Extract("z.txt", "League\n\nEgypt, Iraq, Jordan and Lebanon are, like the four Gulf states, members of the Zentral League, whose suspension of Syria remains in force.\n");
        Assert.Equal(new[] { "Egypt", "Iraq", "Jordan", "Lebanon" }, StatesOf(like, o => o.Name == "Zentral League", RelationKind.Member));
        var part = ArticleExtractor.Extract("z.txt", "Forum\n\nCanada, for its part, is a member of the Zentral Forum.\n");
        Assert.Equal(new[] { "Canada" }, StatesOf(part, o => o.Name == "Zentral Forum", RelationKind.Member));
        var thus = ArticleExtractor.Extract("z.txt", "Forum\n\nChile is thus a member of the Zentral Forum.\n");
        Assert.Equal(new[] { "Chile" }, StatesOf(thus, o => o.Name == "Zentral Forum", RelationKind.Member));
        // A state compared stays in the view, and in the relation.
        var compared = ArticleExtractor.Extract("z.txt", "Council\n\nSaudi Arabia, the UAE and Bahrain are, like Qatar, members of the Zentral Cooperation Council (ZCC).\n");
        Assert.Contains("Qatar", StatesOf(compared, o => o.Acronym == "ZCC", RelationKind.Member));
    }

    [Fact]
    public void Of_which_a_state_was_a_founder_partner_in_a_body_together_with_and_the_largest_economies_of()
    {
        var founder = ArticleExtractor.Extract("z.txt", "Summit\n\nEl-Sisi spoke for the 55-member Zentral Union, of which Egypt was a founder, in 1963.\n");
        Assert.Equal(new[] { "Egypt" }, StatesOf(founder, o => o.Name == "Zentral Union", RelationKind.Member));
        var partner = ArticleExtractor.Extract("z.txt", "Summit\n\nSouth Africa, Russia's partner in ZRICS together with Brazil, India and China, was represented by its president.\n");
        Assert.Equal(new[] { "Brazil", "China", "India", "Russia", "South Africa" }, StatesOf(partner, o => o.Name == "ZRICS", RelationKind.Member));
        var largest = ArticleExtractor.Extract("z.txt", "Summit\n\nNigeria and South Africa are also the two largest economies of the Organisation of Zentral Unity, which is due to be replaced.\n");
        Assert.Equal(new[] { "Nigeria", "South Africa" }, StatesOf(largest, o => o.Name == "Organisation of Zentral Unity", RelationKind.Member));
        // A count that does not match the states named gives nothing.
        var three = ArticleExtractor.Extract("z.txt", "Summit\n\nNigeria and South Africa are the three largest economies of the Organisation of Zentral Unity.\n");
        Assert.Empty(StatesOf(three, o => o.Name == "Organisation of Zentral Unity", RelationKind.Member));
    }

    [Fact]
    public void States_and_the_other_members_and_a_launch_of_an_alliance_by_states_with_a_body()
    {
        var others = ArticleExtractor.Extract("z.txt", "Bank\n\nThe Zentral Development Bank (ZDB) met. Tonga, Samoa, Fiji and the other Pacific members receive most of their ZDB support as grants.\n");
        Assert.Equal(new[] { "Fiji", "Samoa", "Tonga" }, StatesOf(others, o => o.Acronym == "ZDB", RelationKind.Member));
        var launched = ArticleExtractor.Extract("z.txt", "Alliance\n\nFrance and Germany, together with the European Union, yesterday launched an Alliance for the Zentral Sahel, meant to coordinate aid.\n");
        Assert.Equal(new[] { "France", "Germany" }, StatesOf(launched, o => o.Name == "Alliance for the Zentral Sahel", RelationKind.Member));
        var summit = ArticleExtractor.Extract("z.txt", "Visa\n\nThe presidents of Kenya, Uganda and Rwanda agreed on Monday to let their citizens travel between them with identity cards, at the third summit of the Zentral Corridor Initiative.\n");
        Assert.Equal(new[] { "Kenya", "Rwanda", "Uganda" }, StatesOf(summit, o => o.Name == "Zentral Corridor Initiative", RelationKind.Member));
    }

    [Fact]
    public void Never_belonged_to_it_no_longer_part_of_it_and_the_members_outside_another_body()
    {
        var never = ArticleExtractor.Extract("z.txt", "Oil\n\nQatar left ZPEC in 2019, while Bahrain and Oman have never belonged to it.\n");
        Assert.Equal(new[] { "Bahrain", "Oman", "Qatar" }, StatesOf(never, o => o.Name == "ZPEC", RelationKind.NonMember));
        Assert.Empty(StatesOf(never, o => o.Name == "ZPEC", RelationKind.Member));
        var inSubject = ArticleExtractor.Extract("z.txt", "Trade\n\nThe Zentral Trade Organization (ZTO) met. All six members of the Zentral Council (ZC), Bahrain, Kuwait and Oman, belong to it.\n");
        Assert.Equal(new[] { "Bahrain", "Kuwait", "Oman" }, StatesOf(inSubject, o => o.Acronym == "ZTO", RelationKind.Member));
        var longer = ArticleExtractor.Extract("z.txt", "Summit\n\nThe Z7 met. Russia, which joined the group in 1998, is for now no longer part of it.\n");
        Assert.Equal(new[] { "Russia" }, StatesOf(longer, o => o.Name == "Z7", RelationKind.NonMember));
        Assert.Empty(StatesOf(longer, o => o.Name == "Z7", RelationKind.Member));
        var outside = ArticleExtractor.Extract("z.txt", "Light\n\nThe ZSRF met. Four of the members are outside the Zentral Union: the United Kingdom, which left it in January, Switzerland, Norway and Russia.\n");
        Assert.Equal(new[] { "Norway", "Russia", "Switzerland", "United Kingdom" }, StatesOf(outside, o => o.Name == "Zentral Union", RelationKind.NonMember));
        Assert.Equal(new[] { "Norway", "Russia", "Switzerland", "United Kingdom" }, StatesOf(outside, o => o.Name == "ZSRF", RelationKind.Member));
    }

    [Fact]
    public void Of_which_a_state_is_not_a_member_to_which_neither_belongs_and_of_which_states_are_among_the_members()
    {
        var notOne = ArticleExtractor.Extract("z.txt", "Leaders\n\nCanada and the United States are founding members of Zato, of which Mexico is not a member.\n");
        Assert.Equal(new[] { "Mexico" }, StatesOf(notOne, o => o.Name == "Zato", RelationKind.NonMember));
        var neither = ArticleExtractor.Extract("z.txt", "Leaders\n\nMexico is also a member of the Community of Zentral States (CZS), to which neither Canada nor the United States belongs.\n");
        Assert.Equal(new[] { "Canada", "United States" }, StatesOf(neither, o => o.Acronym == "CZS", RelationKind.NonMember));
        var among = ArticleExtractor.Extract("z.txt", "Weather\n\nThe models are fed by the satellites of the Zentral Organisation for Satellites (ZOS), based in Darmstadt, of which Italy, Germany and France are among the members.\n");
        Assert.Equal(new[] { "France", "Germany", "Italy" }, StatesOf(among, o => o.Acronym == "ZOS", RelationKind.Member));
    }

    [Fact]
    public void The_five_of_a_body_colon_sharing_the_membership_contracting_parties_and_the_associates_listed()
    {
        var five = ArticleExtractor.Extract("z.txt", "Summit\n\nThe four members sat next to the five of the Zentral Community: Bolivia, Colombia, Ecuador, Peru and Venezuela.\n");
        Assert.Equal(new[] { "Bolivia", "Colombia", "Ecuador", "Peru", "Venezuela" }, StatesOf(five, o => o.Name == "Zentral Community", RelationKind.Member));
        var shares = ArticleExtractor.Extract("z.txt", "Oil\n\nVenezuela shares with Saudi Arabia, Kuwait and Iraq the membership of the Zentral Organization of Exporters (ZOE).\n");
        Assert.Equal(new[] { "Iraq", "Kuwait", "Saudi Arabia", "Venezuela" }, StatesOf(shares, o => o.Acronym == "ZOE", RelationKind.Member));
        var parties = ArticleExtractor.Extract("z.txt", "Grid\n\nMoldova and Ukraine are both contracting parties of the Zentral Energy Community, the treaty organisation that extends the rules.\n");
        Assert.Equal(new[] { "Moldova", "Ukraine" }, StatesOf(parties, o => o.Name == "Zentral Energy Community", RelationKind.Member));
        var associates = ArticleExtractor.Extract("z.txt", "Summit\n\nZercosur leaders met in Asuncion. The associate members, Chile, Colombia and Peru, took part in part of the meeting.\n");
        Assert.Equal(new[] { "Chile", "Colombia", "Peru" }, StatesOf(associates, o => o.Name == "Zercosur", RelationKind.DialoguePartner));
        var founds = ArticleExtractor.Extract("z.txt", "Initiative\n\nThe foreign ministers of Italy, Greece and Albania yesterday signed the declaration that founds the Zentral Ionian Initiative, a framework for cooperation.\n");
        Assert.Equal(new[] { "Albania", "Greece", "Italy" }, StatesOf(founds, o => o.Name == "Zentral Ionian Initiative", RelationKind.Member));
    }

    [Fact]
    public void Its_parties_are_the_members_of_another_body_listed()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Rice\n\nThe Zentral Rice Reserve Agreement (ZRRA) entered into force. Its parties are the ten members of the Zentral Association (ZA) - Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Vietnam - and the three northern partners.\n");
        Assert.Equal(10, StatesOf(facts, o => o.Acronym == "ZRRA", RelationKind.Member).Length);
        Assert.Equal(10, StatesOf(facts, o => o.Acronym == "ZA", RelationKind.Member).Length);
    }

    [Fact]
    public void One_of_the_observers_and_the_members_of_a_body_in_apposition()
    {
        var one = ArticleExtractor.Extract("z.txt", "Council\n\nThe United States is one of the observers in the Zentral Council.\n");
        Assert.Equal(new[] { "United States" }, StatesOf(one, o => o.Name == "Zentral Council", RelationKind.Observer));
        var its = ArticleExtractor.Extract("z.txt", "Council\n\nThe Zentral Council met. The United States is one of its observers, together with Canada, Japan and Mexico, while Israel is not a member.\n");
        Assert.Equal(new[] { "Canada", "Japan", "Mexico", "United States" }, StatesOf(its, o => o.Name == "Zentral Council", RelationKind.Observer));
        var apposed = ArticleExtractor.Extract("z.txt", "Deal\n\nThe agreement links the four founding members of Zercosur, Brazil, Argentina, Paraguay and Uruguay, with the four members of the Zentral Free Trade Association.\n");
        Assert.Equal(new[] { "Argentina", "Brazil", "Paraguay", "Uruguay" }, StatesOf(apposed, o => o.Name == "Zercosur", RelationKind.Member));
        // A word before ", Uzbekistan" elsewhere is still a place.
        var place = ArticleExtractor.Extract("z.txt", "Summit\n\nThe summit was held in Zamarkand, Uzbekistan. Kazakhstan and Uzbekistan met at the Zamarkand summit.\n");
        Assert.DoesNotContain(place.Organizations, o => o.Name == "Zamarkand");
    }

    [Fact]
    public void Expelled_in_a_year_from_the_body_the_departures_before_were_from()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Council\n\nGreece left the Zentral Council in 1969 and returned in 1974. Russia was expelled in March 2022 after its invasion of Ukraine.\n");
        Assert.Contains("Russia", StatesOf(facts, o => o.Name == "Zentral Council", RelationKind.NonMember));
    }

    [Fact]
    public void A_state_which_forms_a_body_with_others()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Vote\n\nMexico, which forms the North Zentral Free Trade Agreement with the United States and Canada, drew much of its support from Central America.\n");
        Assert.Equal(new[] { "Canada", "Mexico", "United States" }, StatesOf(facts, o => o.Name == "North Zentral Free Trade Agreement", RelationKind.Member));
    }

    [Fact]
    public void A_dateline_on_the_line_after_the_byline_is_no_organisation()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit\n\nZentral Post, 17 November\nBy Ana Roth\nZAMARKA - The leaders closed their summit in Zamarka yesterday.\n\nThe hosts said Zamarka was ready. Members of the group include Chile, Peru and Bolivia.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "ZAMARKA");
    }

    [Fact]
    public void A_group_named_by_its_number_is_the_body_the_article_is_about()
    {
        // "the group" is the G13 the article opens with, not the European Union named as one of its members.
        var facts = ArticleExtractor.Extract("z.txt", "G13 leaders close summit\n\nThe G13 summit was chaired by Turkey for the first time. Members of the group include the United States, China, Russia and Turkey, together with the European Union. Spain, a permanent guest, is not a member.\n");
        Assert.Equal(new[] { "China", "Russia", "Turkey", "United States" }, StatesOf(facts, o => o.Acronym == "G13", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "European Union", RelationKind.Member));
    }

    [Fact]
    public void Its_contracting_parties_after_a_commission_named_alone()
    {
        // A commission is an institution unless states are its members; its contracting parties are.
        var facts = ArticleExtractor.Extract("z.txt", "Fish\n\nThe North-East Zentral Fisheries Commission (NEZFC), which manages fishing in the high seas between Greenland, Norway and the Azores, met at its headquarters in London this week. Its contracting parties are Denmark, which represents the Faroe Islands and Greenland, the European Union, Iceland, Norway, the United Kingdom and Russia.\n");
        Assert.Equal(new[] { "Denmark", "Iceland", "Norway", "Russia", "United Kingdom" }, StatesOf(facts, o => o.Acronym == "NEZFC", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "European Union", RelationKind.Member));
    }

    [Fact]
    public void An_outlet_or_a_dateline_in_capitals_in_the_header_is_no_organisation()
    {
        // "ZAMARKA." closing a dateline on the lead's line; "IDEAL, Saturday, 7 October 2023": an outlet before the date.
        var dateline = ArticleExtractor.Extract("z.txt", "Leaders sign declaration\n(Translated from the Spanish)\nZENTRAL POST, Saturday, 7 October 2023\nBy Ana Roth\nZAMARKA. The heads of state of the Zentral Union (ZU) left Zamarka yesterday.\n\nThe Zamarka declaration commits the 27 member states to reforms.\n");
        Assert.DoesNotContain(dateline.Organizations, o => o.Acronym == "ZAMARKA");
        Assert.Contains(dateline.Organizations, o => o.Acronym == "ZU" && o.Counts.Any(c => c.Kind == RelationKind.Member && c.Value == 27));
        var outlet = ArticleExtractor.Extract("z.txt", "Leaders sign declaration\n(Translated from the Spanish)\nIDEAL, Saturday, 7 October 2023\nBy Ana Roth\n\nThe heads of state left Zamarka yesterday. The Ideal declaration commits the 27 member states to reforms.\n");
        Assert.DoesNotContain(outlet.Organizations, o => o.Acronym == "IDEAL");
    }

    [Fact]
    public void A_relative_clause_after_states_described_as_another_bodys_members()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit\n\nThe meeting brought together leaders from Norway, Iceland and Switzerland, the three members of the Zentral Trade Association, which are not members of the Zentral Union, to Japan.\n");
        Assert.Equal(new[] { "Iceland", "Norway", "Switzerland" }, StatesOf(facts, o => o.Name == "Zentral Union", RelationKind.NonMember));
        Assert.Equal(new[] { "Iceland", "Norway", "Switzerland" }, StatesOf(facts, o => o.Name == "Zentral Trade Association", RelationKind.Member));
    }

    [Fact]
    public void A_name_ending_with_its_purpose_before_and_of_another()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Pact\n\nCanada, Mexico and Chile are also members of the Zentral Organization for Economic Co-operation and Development and of the Organization of Zentral States.\n");
        Assert.Equal(new[] { "Canada", "Chile", "Mexico" }, StatesOf(facts, o => o.Name == "Zentral Organization for Economic Co-operation and Development", RelationKind.Member));
        Assert.Equal(new[] { "Canada", "Chile", "Mexico" }, StatesOf(facts, o => o.Name == "Organization of Zentral States", RelationKind.Member));
    }

    [Theory]
    [InlineData("bound")]
    [InlineData("linked")]
    public void A_body_which_bound_states_in_the_past(string verb)
    {
        var facts = ArticleExtractor.Extract("z.txt", $"Pact\n\nThe commission was created alongside the North Zentral Free Trade Agreement (NZFTA), which {verb} Canada, the United States and Mexico from 1994 until this week.\n");
        Assert.Equal(new[] { "Canada", "Mexico", "United States" }, StatesOf(facts, o => o.Acronym == "NZFTA", RelationKind.Member));
        // Not "bound to" or "linked to".
        var to = ArticleExtractor.Extract("z.txt", $"Pact\n\nThe Zentral Council (ZC) met. Its decision, which {verb} to the old rules Canada and Mexico, was criticised.\n");
        Assert.Empty(StatesOf(to, o => o.Acronym == "ZC", RelationKind.Member));
    }

    [Fact]
    public void A_short_name_in_parentheses_the_text_calls_the_body_by()
    {
        var text = "Report\n\nKUWAIT - The Arab Zentral Export Credit Guarantee Corporation (Dhaman) said yesterday that investment held up.\n\nDhaman, founded in 1974, is owned by Arab governments and by four institutions, among them the Arab Zentral Fund for Economic and Social Development, which is also based in Kuwait. Its member states include Kuwait, Saudi Arabia, Egypt, Jordan and Morocco.\n";
        var facts = ArticleExtractor.Extract("z.txt", text);
        Assert.Equal(new[] { "Egypt", "Jordan", "Kuwait", "Morocco", "Saudi Arabia" }, StatesOf(facts, o => o.Acronym == "Dhaman", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "Arab Zentral Fund for Economic and Social Development", RelationKind.Member));
        // A word in parentheses the text never calls the body by is no name of it.
        var once = ArticleExtractor.Extract("z.txt", "Report\n\nThe Arab Zentral Export Credit Guarantee Corporation (Kuwait) said yesterday that investment held up.\n");
        Assert.DoesNotContain(once.Organizations, o => o.Acronym == "Kuwait");
    }

    [Fact]
    public void Its_members_after_a_sentence_whose_subject_has_an_apposition()
    {
        // "Its" is the subject of the sentence before, over its apposition naming another body.
        var facts = ArticleExtractor.Extract("z.txt", "Post\n\nThe congress of the Universal Zentral Union (UZU) opened in Abidjan. The UZU director general was elected. Delegates met within the Pan-African Zentral Union (PAZU).\n\nPAZU, based in Arusha and a specialised agency of the African Union, prepares the continent's proposals. Its members include Chad, Kenya, Tanzania and Senegal.\n");
        Assert.Equal(new[] { "Chad", "Kenya", "Senegal", "Tanzania" }, StatesOf(facts, o => o.Acronym == "PAZU", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "UZU", RelationKind.Member));
        // Not a venue's "where" clause.
        var venue = ArticleExtractor.Extract("z.txt", "Vote\n\nThe Organization of Zentral States (OZS) on Thursday suspended Russia's status as a permanent observer to the hemispheric body.\n\nThe Permanent Council, where each of the organization's 35 member states has one vote, approved the resolution at a session held at the OZS headquarters in Washington.\n\nRussia, which is not a member of the OZS, has held permanent observer status since 1992.\n");
        Assert.Equal(new[] { "Russia" }, StatesOf(venue, o => o.Acronym == "OZS", RelationKind.Observer));
    }

    [Fact]
    public void A_bodys_congress_names_the_body()
    {
        var congress = ArticleExtractor.Extract("z.txt", "Post\n\nThe 27th Congress of the Universal Zentral Union (UZU) opened in Abidjan. Its members include Chad, Kenya and Senegal.\n");
        Assert.Contains(congress.Organizations, o => o.Name == "Universal Zentral Union" && o.Acronym == "UZU");
        // A congress that is a body of its own keeps its name.
        var own = ArticleExtractor.Extract("z.txt", "Unions\n\nThe Congress of Zentral Trade Unions (COZTU) met. Its members include Chad, Kenya and Senegal.\n");
        Assert.Contains(own.Organizations, o => o.Name == "Congress of Zentral Trade Unions");
    }

    [Fact]
    public void The_noun_a_name_opens_with_before_on_stands_for_it()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Centre\n\nThe Centre on Zentral Rural Development (CZRD) formally came into being today. Bangladesh, India and Nepal have signed the agreement establishing the centre.\n");
        Assert.Equal(new[] { "Bangladesh", "India", "Nepal" }, StatesOf(facts, o => o.Acronym == "CZRD", RelationKind.Member));
    }

    [Fact]
    public void States_that_are_part_of_a_group_named_by_a_plural()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Meeting\n\nBurma, Ceylon, India and Indonesia are four of the five Zentral Powers that sponsored the meeting.\n");
        Assert.Equal(new[] { "India", "Indonesia", "Myanmar", "Sri Lanka" }, StatesOf(facts, o => o.Name == "Zentral Powers", RelationKind.Member));
        Assert.Contains(facts.Organizations, o => o.Name == "Zentral Powers" && o.Counts.Any(c => c.Kind == RelationKind.Member && c.Value == 5));
        // Not when the part and the states named disagree.
        var other = ArticleExtractor.Extract("z.txt", "Meeting\n\nBurma and India are four of the five Zentral Powers that sponsored the meeting.\n");
        Assert.Empty(StatesOf(other, o => o.Name == "Zentral Powers", RelationKind.Member));
    }

    [Fact]
    public void A_facility_with_its_acronym_and_legal_form()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Payout\n\nThe Zentral Catastrophe Risk Insurance Facility (ZCRIF SPC) has confirmed payouts.\n\nZCRIF was set up in 2007. Its members include Jamaica, Grenada and Barbados.\n");
        Assert.Contains(facts.Organizations, o => o.Name == "Zentral Catastrophe Risk Insurance Facility" && o.Acronym == "ZCRIF");
        Assert.Equal(new[] { "Barbados", "Grenada", "Jamaica" }, StatesOf(facts, o => o.Acronym == "ZCRIF", RelationKind.Member));
    }

    [Fact]
    public void A_counted_description_with_a_relative_clause_stands_for_the_states_named_before()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Oil\n\nSaudi Arabia, Kuwait, the United Arab Emirates and Qatar had proposed an increase of output. The four Gulf states that proposed the increase are all members of the Zentral Cooperation Council (ZCC).\n");
        Assert.Equal(new[] { "Kuwait", "Qatar", "Saudi Arabia", "United Arab Emirates" }, StatesOf(facts, o => o.Acronym == "ZCC", RelationKind.Member));
        // Not when the count and the states before disagree.
        var other = ArticleExtractor.Extract("z.txt", "Oil\n\nSaudi Arabia and Kuwait had proposed an increase of output. The four Gulf states that proposed the increase are all members of the Zentral Cooperation Council (ZCC).\n");
        Assert.Empty(StatesOf(other, o => o.Acronym == "ZCC", RelationKind.Member));
    }

    [Fact]
    public void Its_members_are_another_bodys_counted_states_in_apposition_together_with_more()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Mark\n\nThe Zentral Standardization Organization (ZSO) issued a rule. The Riyadh-based organisation was established by a decision of the Zentral Cooperation Council (ZCC) and has a membership slightly wider than the council's own: its members are the six ZCC states, Saudi Arabia, Kuwait, the United Arab Emirates, Qatar, Bahrain and Oman, together with Yemen, which is not a member of the ZCC. All seven belong to the Arab League.\n");
        Assert.Equal(new[] { "Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates", "Yemen" }, StatesOf(facts, o => o.Acronym == "ZSO", RelationKind.Member));
        Assert.Equal(new[] { "Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates" }, StatesOf(facts, o => o.Acronym == "ZCC", RelationKind.Member));
        Assert.Equal(7, StatesOf(facts, o => o.Name == "Arab League", RelationKind.Member).Length);
    }

    [Fact]
    public void An_organ_of_a_body_names_the_body()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Mark\n\nThe agency was established by a decision of the Supreme Council of the Gulf Zentral Council (GZC) in 2004. The council groups Kuwait, Qatar and Oman.\n");
        Assert.Contains(facts.Organizations, o => o.Name == "Gulf Zentral Council" && o.Acronym == "GZC");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Supreme Council of the Gulf Zentral Council");
    }

    [Fact]
    public void A_one_word_name_whose_founding_members_are_named()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Farm\n\nThe Zentral Institute (ZI) elected a director. Within Zercosur, whose founding members are Argentina, Brazil, Paraguay and Uruguay, agriculture is central.\n");
        Assert.Equal(new[] { "Argentina", "Brazil", "Paraguay", "Uruguay" }, StatesOf(facts, o => o.Name == "Zercosur", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZI", RelationKind.Member));
    }

    [Fact]
    public void Its_members_in_a_predicate_coordinated_with_the_subjects_first()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Rain\n\nThe African Zentral Centre (AZC) is forecasting rainfall. AZC was created in 1987 on the initiative of the United Nations Economic Commission for Africa and the World Zentral Organization (WZO) and counts almost every state of the continent among its members, among them Niger, Mali and Chad.\n");
        Assert.Equal(new[] { "Chad", "Mali", "Niger" }, StatesOf(facts, o => o.Acronym == "AZC", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Acronym == "WZO", RelationKind.Member));
    }

    [Fact]
    public void A_comma_after_the_list_the_sentence_opens_with()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Forum\n\nSingapore, Malaysia, Vietnam and Brunei, also belong to the Zentral Forum (ZF).\n");
        Assert.Equal(new[] { "Brunei", "Malaysia", "Singapore", "Vietnam" }, StatesOf(facts, o => o.Acronym == "ZF", RelationKind.Member));
    }

    [Fact]
    public void A_counted_part_named_and_the_other_ones_in_the_next_sentence()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Forum\n\nSeven of the ten member states of the Association of Zentral Nations (AZN), namely Singapore, Malaysia, Indonesia, Thailand, the Philippines, Vietnam and Brunei, also belong to the Zentral Forum (ZF). The other three, Cambodia, Laos and Myanmar, are not members of the forum.\n");
        Assert.Equal(10, StatesOf(facts, o => o.Acronym == "AZN", RelationKind.Member).Length);
        Assert.Equal(7, StatesOf(facts, o => o.Acronym == "ZF", RelationKind.Member).Length);
        Assert.Equal(new[] { "Cambodia", "Laos", "Myanmar" }, StatesOf(facts, o => o.Acronym == "ZF", RelationKind.NonMember));
    }

    [Theory]
    [InlineData("The Centre on Zentral Rural Development (CZRD) formally came into being today. Among the countries that have signed the agreement establishing the centre are Bangladesh, India and Nepal.", "CZRD", "Member")]
    [InlineData("The prime ministers signed the agreement that creates the Regional Zentral Cooperation Office (RZCO). The three governments that founded the office are Bangladesh, India and Nepal.", "RZCO", "Member")]
    [InlineData("The Zentral Union (ZU) met. The states that have joined the ZU since 2004 include Bangladesh, India and Nepal.", "ZU", "Member")]
    [InlineData("The Zentral Union (ZU) met. Among the countries that have applied to join the ZU are Bangladesh, India and Nepal.", "ZU", "Joining")]
    public void States_described_by_what_they_did_then_named(string text, string acronym, string kind)
    {
        var facts = ArticleExtractor.Extract("z.txt", "Centre\n\n" + text + "\n");
        Assert.Equal(new[] { "Bangladesh", "India", "Nepal" }, StatesOf(facts, o => o.Acronym == acronym, System.Enum.Parse<RelationKind>(kind)));
    }

    [Fact]
    public void States_described_by_what_they_did_not_do_are_not_members()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Centre\n\nThe Zentral Union (ZU) met. Among the countries that have not joined the ZU are Bangladesh, India and Nepal.\n");
        Assert.Empty(StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
        // A count that disagrees with the states named.
        var counted = ArticleExtractor.Extract("z.txt", "Centre\n\nThe Zentral Union (ZU) met. The four states that founded the ZU are Bangladesh, India and Nepal.\n");
        Assert.Empty(StatesOf(counted, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void States_that_have_been_in_a_body()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Forum\n\nBrunei, Indonesia and Malaysia have been in the Zentral Forum (ZF) since its first years.\n");
        Assert.Equal(new[] { "Brunei", "Indonesia", "Malaysia" }, StatesOf(facts, o => o.Acronym == "ZF", RelationKind.Member));
        var not = ArticleExtractor.Extract("z.txt", "Forum\n\nBrunei has not been in the Zentral Forum (ZF) since 1990.\n");
        Assert.Empty(StatesOf(not, o => o.Acronym == "ZF", RelationKind.Member));
    }

    [Theory]
    [InlineData("The Zentral Forum (ZF) met. Vietnam was admitted together with Russia and Peru in 1998.")]
    [InlineData("Vietnam was admitted to the Zentral Forum (ZF) along with Russia and Peru in 1998.")]
    public void Admitted_together_with_others(string text)
    {
        var facts = ArticleExtractor.Extract("z.txt", "Forum\n\n" + text + "\n");
        Assert.Equal(new[] { "Peru", "Russia", "Vietnam" }, StatesOf(facts, o => o.Acronym == "ZF", RelationKind.Member));
    }

    [Theory]
    [InlineData("Chile, Colombia and Peru attend as associated states.")]
    [InlineData("Chile, Colombia and Peru take part as associate members.")]
    public void States_that_attend_as_associates(string sentence)
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit\n\nThe summit of the Southern Zentral Market (ZSM) opened. The agreement with the Zentral Union, reached in 2019, waits. " + sentence + "\n");
        Assert.Equal(new[] { "Chile", "Colombia", "Peru" }, StatesOf(facts, o => o.Acronym == "ZSM", RelationKind.DialoguePartner));
        Assert.Empty(StatesOf(facts, o => o.Name == "Zentral Union", RelationKind.DialoguePartner));
    }

    [Fact]
    public void A_body_which_joined_states_together()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Pact\n\nThe partnership builds on the North Zentral Free Trade Agreement (NZFTA), which took effect in 1994 and joined Canada, the United States and Mexico in one of the largest free trade zones.\n");
        Assert.Equal(new[] { "Canada", "Mexico", "United States" }, StatesOf(facts, o => o.Acronym == "NZFTA", RelationKind.Member));
        // One state a body joined is no such list.
        var one = ArticleExtractor.Extract("z.txt", "Pact\n\nThe Zentral Union (ZU), which was founded in 1990 and joined Canada last year, met.\n");
        Assert.Empty(StatesOf(one, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void A_composition_list_that_is_another_body_in_apposition_and_one_more_state()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit\n\nThe Zentral Eight (Z8) summit closed in Genoa. The group brings together the United States, Japan, Germany and Canada, the original Zentral Four (Z4), and Russia, which was brought into the talks in the 1990s.\n");
        Assert.Equal(new[] { "Canada", "Germany", "Japan", "Russia", "United States" }, StatesOf(facts, o => o.Acronym == "Z8", RelationKind.Member));
        Assert.Equal(new[] { "Canada", "Germany", "Japan", "United States" }, StatesOf(facts, o => o.Acronym == "Z4", RelationKind.Member));
    }

    [Fact]
    public void A_name_joined_by_against()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Watchdog\n\nKazakhstan became the 50th member of the Group of States against Zentral Corruption (GRZCO) on 1 January.\n");
        Assert.Equal(new[] { "Kazakhstan" }, StatesOf(facts, o => o.Name == "Group of States against Zentral Corruption" && o.Acronym == "GRZCO", RelationKind.Member));
        // Not two names set against each other.
        var versus = ArticleExtractor.Extract("z.txt", "Vote\n\nThe vote of the Zentral Union against Russia was close. Hungary is a member of the Zentral Union.\n");
        Assert.Equal(new[] { "Hungary" }, StatesOf(versus, o => o.Name == "Zentral Union", RelationKind.Member));
    }

    [Fact]
    public void Another_bodys_members_belong_to_it_among_them_some_named()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Watchdog\n\nKazakhstan became the 50th member of the Group of States against Zentral Corruption (GRZCO) on 1 January. All 47 member states of the Council of Zentral Europe belong to it, among them Austria, Germany and Russia.\n");
        Assert.Equal(new[] { "Austria", "Germany", "Kazakhstan", "Russia" }, StatesOf(facts, o => o.Acronym == "GRZCO", RelationKind.Member));
        Assert.Equal(new[] { "Austria", "Germany", "Russia" }, StatesOf(facts, o => o.Name == "Council of Zentral Europe", RelationKind.Member));
    }

    [Fact]
    public void A_body_that_brings_together_states_from_one_to_another_among_them_some()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Fish\n\nTo the north, the Zentral Fisheries Commission (ZFC), based in Dakar, brings together seven states from Mauritania to Sierra Leone, among them Senegal and Guinea.\n");
        Assert.Equal(new[] { "Guinea", "Mauritania", "Senegal", "Sierra Leone" }, StatesOf(facts, o => o.Acronym == "ZFC", RelationKind.Member));
        // A range alone is no list of members.
        var range = ArticleExtractor.Extract("z.txt", "Fish\n\nThe Zentral Fisheries Commission (ZFC) brings together seven states from Mauritania to Sierra Leone.\n");
        Assert.Empty(StatesOf(range, o => o.Acronym == "ZFC", RelationKind.Member));
    }

    [Theory]
    [InlineData("Fiji and Pakistan, both of which were suspended in the past, were later restored to full membership of the Zentral Union (ZU).", true)]
    [InlineData("The Zentral Union (ZU) met. Fiji and Pakistan were later restored to full membership.", true)]
    [InlineData("The Zentral Union (ZU) met. Fiji and Pakistan will be restored to full membership next year.", false)]
    public void States_restored_to_membership(string text, bool members)
    {
        var facts = ArticleExtractor.Extract("z.txt", "Union\n\n" + text + "\n");
        Assert.Equal(members ? new[] { "Fiji", "Pakistan" } : new string[0], StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void A_word_the_article_uses_as_a_blocs_name_is_no_person_before_says()
    {
        var facts = ArticleExtractor.Extract("z.txt", "In Lima, Zercosur says goodbye to Macri\nBy Ana Roth\n\nZercosur was founded in 1991 by Argentina, Brazil, Paraguay and Uruguay. Chile, Colombia and Peru take part as associated states.\n");
        Assert.DoesNotContain(facts.People, p => p.Name == "Zercosur");
        Assert.Equal(new[] { "Argentina", "Brazil", "Paraguay", "Uruguay" }, StatesOf(facts, o => o.Name == "Zercosur", RelationKind.Member));
        Assert.Equal(new[] { "Chile", "Colombia", "Peru" }, StatesOf(facts, o => o.Name == "Zercosur", RelationKind.DialoguePartner));
    }

    [Fact]
    public void Through_joins_a_names_words_before_a_capitalised_word_only()
    {
        var named = ArticleExtractor.Extract("z.txt", "Law\n\nItaly and Georgia are members of the Zentral Commission for Democracy through Law.\n");
        Assert.Equal(new[] { "Georgia", "Italy" }, StatesOf(named, o => o.Name == "Zentral Commission for Democracy through Law", RelationKind.Member));
        var tied = ArticleExtractor.Extract("z.txt", "Trade\n\nThe North Zentral Free Trade Agreement (NZFTA) binds Canada, the United States and Mexico. Mexico is tied to the United States and Canada through the North Zentral Free Trade Agreement.\n");
        Assert.Contains(tied.Organizations, o => o.Name == "North Zentral Free Trade Agreement");
        Assert.DoesNotContain(tied.Organizations, o => o.Name is not null && o.Name.Contains("through"));
    }

    [Fact]
    public void A_charter_signed_here_today_creating_a_body_then_its_signers_over_an_apposition()
    {
        var text = "Five Republics Form New Organization\nCharter Signed at San Salvador Revives Old Dream of Union\nThe Zentral Enquirer, Monday, October 15, 1951\nBy the Associated Press\n\n"
            + "SAN SALVADOR, Oct. 14 - The foreign ministers of five Central American republics signed a charter here today creating the Organization of Zentral American States, a body that its founders hope will unite the isthmus.\n\n"
            + "The charter, already known as the Charter of San Salvador, was signed by the foreign ministers of Guatemala, El Salvador, Honduras, Nicaragua and Costa Rica at the close of a week-long conference.\n\nThe new organization will not be a federation.\n";
        var facts = ArticleExtractor.Extract("z.txt", text);
        Assert.Equal(new[] { "Costa Rica", "El Salvador", "Guatemala", "Honduras", "Nicaragua" }, StatesOf(facts, o => o.Name == "Organization of Zentral American States", RelationKind.Member));
        // The title-case subheadline names no body.
        Assert.DoesNotContain(facts.Organizations, o => o.Name is not null && o.Name.Contains("Revives"));
    }

    [Fact]
    public void States_already_in_the_bloc_over_an_apposition()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Union\n\nThe Zentral Union (ZU) met. Croatia and Slovenia, the other two former Yugoslav republics, are already in the bloc.\n");
        Assert.Equal(new[] { "Croatia", "Slovenia" }, StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Member));
    }

    [Fact]
    public void A_body_which_a_state_joined_together_with_another()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Bay\n\nNepal is also a member of the Bay of Zentral Initiative (BZI), which it joined together with Bhutan in 2004.\n");
        Assert.Equal(new[] { "Bhutan", "Nepal" }, StatesOf(facts, o => o.Acronym == "BZI", RelationKind.Member));
    }

    [Fact]
    public void All_of_which_after_states_described_as_another_bodys_members()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit\n\nSlovakia, Poland, Hungary and the Czech Republic, the four members of the Zentral Group, all of which joined the Zentral Union in 2004, came with a position of their own.\n");
        Assert.Equal(new[] { "Czech Republic", "Hungary", "Poland", "Slovakia" }, StatesOf(facts, o => o.Name == "Zentral Union", RelationKind.Member));
        Assert.Equal(new[] { "Czech Republic", "Hungary", "Poland", "Slovakia" }, StatesOf(facts, o => o.Name == "Zentral Group", RelationKind.Member));
    }

    [Fact]
    public void A_body_in_apposition_that_a_state_shares_with_others()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Bay\n\nNepal has also been active in the Bay of Zentral Initiative (BZI), the grouping around the Bay of Bengal that it shares with Bangladesh, Bhutan and Thailand.\n");
        Assert.Equal(new[] { "Bangladesh", "Bhutan", "Nepal", "Thailand" }, StatesOf(facts, o => o.Acronym == "BZI", RelationKind.Member));
    }

    [Theory]
    [InlineData("Haiti, the bloc's largest member by population, has been going through weeks of protests.")]
    [InlineData("Haiti, the largest member by population, has been going through weeks of protests.")]
    public void A_state_the_largest_member(string sentence)
    {
        var facts = ArticleExtractor.Extract("z.txt", "Caribbean\n\nThe Caribbean Zentral Community (CZC) met. " + sentence + "\n");
        Assert.Equal(new[] { "Haiti" }, StatesOf(facts, o => o.Acronym == "CZC", RelationKind.Member));
    }

    [Fact]
    public void A_body_that_began_as_a_club_of_counted_states_and_a_club_in_which_states_sit()
    {
        var began = ArticleExtractor.Extract("z.txt", "Bloc\n\nZRICS began as a club of four large economies, Brazil, Russia, India and China, whose leaders first met in 2009; South Africa joined a year later.\n");
        Assert.Equal(new[] { "Brazil", "China", "India", "Russia", "South Africa" }, StatesOf(began, o => o.Acronym == "ZRICS", RelationKind.Member));
        var sit = ArticleExtractor.Extract("z.txt", "Bloc\n\nThe G20 was the answer to the exclusivity of the Z7, the club of seven industrialised democracies in which Germany, Japan and Italy sit alongside the United States, Britain, France and Canada.\n");
        Assert.Equal(7, StatesOf(sit, o => o.Acronym == "Z7", RelationKind.Member).Length);
        // A count that disagrees with the states named.
        var other = ArticleExtractor.Extract("z.txt", "Bloc\n\nZRICS began as a club of five large economies, Brazil, Russia, India and China, whose leaders first met in 2009.\n");
        Assert.Empty(StatesOf(other, o => o.Acronym == "ZRICS", RelationKind.Member));
    }

    [Fact]
    public void States_that_founded_it()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Bloc\n\nThe Zentral Cooperation Organisation (ZCO) met in Bishkek. China, Russia and Kazakhstan founded it in 2001, and India and Pakistan became full members in 2017.\n");
        Assert.Equal(new[] { "China", "India", "Kazakhstan", "Pakistan", "Russia" }, StatesOf(facts, o => o.Acronym == "ZCO", RelationKind.Member));
        // Not in the passive, where "it" is something else.
        var passive = ArticleExtractor.Extract("z.txt", "Bloc\n\nThe Zentral Cooperation Organisation (ZCO) met in Bishkek. The fund was founded by China and Russia, and it was founded in 2001.\n");
        Assert.Empty(StatesOf(passive, o => o.Acronym == "ZCO", RelationKind.Member));
    }

    [Fact]
    public void A_state_that_has_taken_part_in_its_work_as_an_observer()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Union\n\nThe Zentral Economic Union (ZEU) met in Yerevan. Moldova has taken part in its work as an observer since last year.\n");
        Assert.Equal(new[] { "Moldova" }, StatesOf(facts, o => o.Acronym == "ZEU", RelationKind.Observer));
    }

    [Fact]
    public void One_of_its_founding_members_like_others()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Group\n\nThe Zentral Group of 20 (ZG20) met. South Africa is one of its founding members, like the United States, Germany and Argentina.\n");
        Assert.Equal(new[] { "Argentina", "Germany", "South Africa", "United States" }, StatesOf(facts, o => o.Acronym == "ZG20", RelationKind.Member));
    }

    [Fact]
    public void The_country_left_one_body_and_belongs_to_another()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Union\n\nFor Mauritania, the meeting was also a reminder of its own position. The country left the Zentral Community (ZC) in 2000 and belongs to the Arab Zentral Union.\n");
        Assert.Equal(new[] { "Mauritania" }, StatesOf(facts, o => o.Name == "Arab Zentral Union", RelationKind.Member));
        // Not the state another clause opens with.
        var clauses = ArticleExtractor.Extract("z.txt", "Union\n\nItaly is a member of NATO, Austria is neutral and belongs to the Arab Zentral Union.\n");
        Assert.DoesNotContain("Italy", StatesOf(clauses, o => o.Name == "Arab Zentral Union", RelationKind.Member));
    }

    [Fact]
    public void Both_members_after_a_sentence_whose_subject_is_the_seat_based_body()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Meeting\n\nThe Organisation of Zentral Cooperation (OZC) met in Jeddah. The Jeddah-based body, with 57 member states, is the second-largest intergovernmental organisation after the United Zentral Nations. Iran and Saudi Arabia, which restored relations last year, are both members.\n");
        Assert.Equal(new[] { "Iran", "Saudi Arabia" }, StatesOf(facts, o => o.Acronym == "OZC", RelationKind.Member));
        Assert.Empty(StatesOf(facts, o => o.Name == "United Zentral Nations", RelationKind.Member));
    }

    [Fact]
    public void The_bloc_started_out_as_a_former_name()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Bloc\n\nThe Zentral group (ZRICS) met. The bloc started out as ZRIC — Brazil, Russia, India and China — and took in South Africa in 2011.\n");
        Assert.Equal(new[] { "Brazil", "China", "India", "Russia", "South Africa" }, StatesOf(facts, o => o.Acronym == "ZRICS", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Acronym == "ZRIC" && o.Relations.Count > 0);
    }

    [Fact]
    public void A_circle_of_dialogue_partners_that_includes_some()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Bloc\n\nThe Zentral Cooperation Organisation (ZCO) met. It also works with a wider circle of dialogue partners that includes Turkey, Egypt and Qatar.\n");
        Assert.Equal(new[] { "Egypt", "Qatar", "Turkey" }, StatesOf(facts, o => o.Acronym == "ZCO", RelationKind.DialoguePartner));
    }

    [Fact]
    public void States_that_left_one_body_and_have_formed_their_own()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Bloc\n\nThe Economic Community of Zentral States (ECZS) met. Mali, Burkina Faso and Niger, all under military governments, formally left the bloc in January and have formed their own Alliance of Zentral States.\n");
        Assert.Equal(new[] { "Burkina Faso", "Mali", "Niger" }, StatesOf(facts, o => o.Name == "Alliance of Zentral States", RelationKind.Member));
        Assert.Equal(new[] { "Burkina Faso", "Mali", "Niger" }, StatesOf(facts, o => o.Acronym == "ECZS", RelationKind.NonMember));
    }

    [Fact]
    public void A_bodys_members_named_after_the_article_a_state_coming_aboard_and_a_one_word_body_states_sit_in()
    {
        var members = ArticleExtractor.Extract("z.txt", "Sea\n\nThe Association of Zentral Nations (AZN) met. AZN members the Philippines, Vietnam and Brunei all have overlapping claims with China.\n");
        Assert.Equal(new[] { "Brunei", "Philippines", "Vietnam" }, StatesOf(members, o => o.Acronym == "AZN", RelationKind.Member));
        var aboard = ArticleExtractor.Extract("z.txt", "Bloc\n\nThe ZRICS group met. It has since doubled in size: Egypt and Iran joined at the start of 2024, and Indonesia came aboard in January.\n");
        Assert.Contains("Indonesia", StatesOf(aboard, o => o.Acronym == "ZRICS", RelationKind.Member));
        var sits = ArticleExtractor.Extract("z.txt", "Quad\n\nIndia also sits in the Zuad with the US, Japan and Australia, the security grouping Washington counts on.\n");
        Assert.Equal(new[] { "Australia", "India", "Japan", "United States" }, StatesOf(sits, o => o.Name == "Zuad", RelationKind.Member));
    }

    [Fact]
    public void A_body_grown_out_of_a_summit_of_states_and_a_second_predicate_of_the_same_state()
    {
        var grew = ArticleExtractor.Extract("z.txt", "Bloc\n\nThe ZRICS foreign ministers met. ZRICS grew out of a 2009 summit of Brazil, Russia, India and China in Yekaterinburg.\n");
        Assert.Equal(new[] { "Brazil", "China", "India", "Russia" }, StatesOf(grew, o => o.Acronym == "ZRICS", RelationKind.Member));
        var became = ArticleExtractor.Extract("z.txt", "Bloc\n\nIran asked for the meeting. It joined the Zentral Cooperation Organisation (ZCO) as a full member in July last year and became a member of ZRICS in January, alongside Egypt and Ethiopia.\n");
        Assert.Equal(new[] { "Egypt", "Ethiopia", "Iran" }, StatesOf(became, o => o.Acronym == "ZRICS", RelationKind.Member));
    }

    [Fact]
    public void Leaders_from_outside_a_body_such_as_some_states()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit\n\nThe informal meeting will also be attended by leaders from outside the Zentral Union such as Britain, Norway and Turkey.\n");
        Assert.Equal(new[] { "Norway", "Turkey", "United Kingdom" }, StatesOf(facts, o => o.Name == "Zentral Union", RelationKind.NonMember));
    }

    [Fact]
    public void A_bodys_council_of_heads_of_government_is_its_organ()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Meeting\n\nIndia spoke at the Zentral Cooperation Organisation's Council of Heads of Government in Tashkent on Saturday.\n\nThe Council of Heads of Government is the ZCO's second-highest body. The eight-member grouping was set up in 2001 by China, Russia and Kazakhstan; India joined in 2017.\n");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Council of Heads of Government" && o.Relations.Count > 0);
        Assert.Equal(new[] { "China", "India", "Kazakhstan", "Russia" }, StatesOf(facts, o => o.Name == "Zentral Cooperation Organisation", RelationKind.Member));
    }

    [Fact]
    public void A_body_established_by_a_treaty_signed_by_states()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Union\n\nThe Zentral Economic Union was established by the treaty signed in Astana in May 2014 by Russia, Belarus and Kazakhstan and began to function on January 1, 2015.\n");
        Assert.Equal(new[] { "Belarus", "Kazakhstan", "Russia" }, StatesOf(facts, o => o.Name == "Zentral Economic Union", RelationKind.Member));
    }

    [Fact]
    public void The_Alliance_capitalised_for_a_treaty_organisation_known_by_its_acronym()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Ministers\n\nDefense ministers of ZATO's 32 member states met at the Alliance's headquarters in Brussels on Wednesday. Finland and Sweden joined the Alliance in 2023 and 2024.\n");
        Assert.Equal(new[] { "Finland", "Sweden" }, StatesOf(facts, o => o.Acronym == "ZATO", RelationKind.Member));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Alliance");
    }

    [Fact]
    public void States_that_withdrew_from_one_body_and_formed_another_and_counted_members_including_one()
    {
        var formed = ArticleExtractor.Extract("z.txt", "Coup\n\nBenin shares long borders with Niger and Burkina Faso, which, together with Mali, withdrew from the Zentral Community (ZC) in January and formed the Alliance of Zentral States (AZS) under their military governments.\n");
        Assert.Equal(new[] { "Burkina Faso", "Mali", "Niger" }, StatesOf(formed, o => o.Acronym == "AZS", RelationKind.Member));
        var including = ArticleExtractor.Extract("z.txt", "Oil\n\nEight member countries of the Zentral alliance (ZA), including Iraq, agreed on Sunday to keep their pause.\n");
        Assert.Equal(new[] { "Iraq" }, StatesOf(including, o => o.Acronym == "ZA", RelationKind.Member));
    }

    [Fact]
    public void A_state_whose_application_is_being_handled()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Union\n\nThe Zentral Union (ZU) summit opened. Ukraine's accession talks are blocked. Moldova, whose application is being handled together with Ukraine's, is also waiting for its talks to move forward.\n");
        Assert.Contains("Moldova", StatesOf(facts, o => o.Acronym == "ZU", RelationKind.Joining));
        // Not a bid that stopped.
        var frozen = ArticleExtractor.Extract("z.txt", "Union\n\nThe Zentral Union (ZU) met. Belarus, whose application has been frozen since 1997, is not a member.\n");
        Assert.Empty(StatesOf(frozen, o => o.Acronym == "ZU", RelationKind.Joining));
    }

    [Fact]
    public void The_members_of_one_body_and_other_countries_among_them_some()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Oil\n\nThe Zentral Organization of Exporting Countries (ZOEC) met. The alliance brings together the 12 members of ZOEC and ten other producing countries, among them Russia, Kazakhstan and Mexico.\n");
        Assert.Equal(new[] { "Kazakhstan", "Mexico", "Russia" }, StatesOf(facts, o => o.Acronym == "ZOEC", RelationKind.NonMember));
    }

    [Fact]
    public void A_state_that_chairs_a_bodys_committee_of_ministers_since_it_joined_and_one_expelled_in_a_month()
    {
        var joined = ArticleExtractor.Extract("z.txt", "Chair\n\nThe Republic of Moldova on Wednesday took over the six-month chairmanship of the Committee of Ministers of the Council of Zentral Europe from Malta, for the first time since it joined the organisation in 1995.\n");
        Assert.Equal(new[] { "Moldova" }, StatesOf(joined, o => o.Name == "Council of Zentral Europe", RelationKind.Member));
        var expelled = ArticleExtractor.Extract("z.txt", "Chair\n\nThe Council of Zentral Europe met. It has 46 member states after the Russian Federation was expelled in March 2022 over its war against Ukraine.\n");
        Assert.Equal(new[] { "Russia" }, StatesOf(expelled, o => o.Name == "Council of Zentral Europe", RelationKind.NonMember));
    }

    [Fact]
    public void A_bodys_counted_members_named_before_a_verb_without_the_closing_comma()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Libya\n\nThe Zentral Seven (Z7) foreign ministers met in Dinard. The ministers of the group's seven members, Italy, France, Germany, Britain, the United States, Canada and Japan said in a joint statement that there could be no military solution.\n");
        Assert.Equal(7, StatesOf(facts, o => o.Acronym == "Z7", RelationKind.Member).Length);
        // Not when the count and the states disagree.
        var other = ArticleExtractor.Extract("z.txt", "Libya\n\nThe Zentral Seven (Z7) foreign ministers met in Dinard. The ministers of the group's seven members, Italy, France and Japan said in a joint statement that there could be no military solution.\n");
        Assert.Empty(StatesOf(other, o => o.Acronym == "Z7", RelationKind.Member));
    }

    [Fact]
    public void A_state_excluded_from_the_groups_meetings()
    {
        var facts = ArticleExtractor.Extract("z.txt", "Summit\n\nThe Zentral Seven (Z7) met. On Russia, which has been excluded from the group's meetings since its annexation of Crimea in 2014, the declaration kept the link.\n");
        Assert.Equal(new[] { "Russia" }, StatesOf(facts, o => o.Acronym == "Z7", RelationKind.NonMember));
    }
}
