using System.Collections.Generic;
using NewsFacts.Extraction.Entities;
using NewsFacts.Extraction.Lexicon;
using NewsFacts.Extraction.Text;
using NewsFacts.Model;

namespace NewsFacts.Extraction.Relations;

/// <summary>
/// Readers of sentences that continue another: a bare verb with "also" ("Montenegro and Albania have also applied."),
/// "as have" after a relation ("..., as have Japan and the United States"), the rest of a counted list ("The other
/// seven are ..."), and appositions or clauses that name a relation without its organisation ("Rwanda, the newest
/// member, ..."). Each reads only what the sentence, or the one before it, states.
/// </summary>
internal sealed partial class MembershipReader
{
    private static readonly string[] NeitherOrNone = { "neither", "none" };
    private static readonly string[] AsVerbs = { "have", "has", "had", "did", "do", "does", "is", "are", "was", "were" };
    private static readonly string[] RelationWords = { "entry", "negotiating", "observer", "observers", "partner", "partners", "member", "members", "outside" };
    private static readonly string[] Superlatives = { "newest", "latest", "youngest", "only", "sole", "first", "last", "oldest", "smallest", "largest", "biggest", "poorest", "richest" };
    private static readonly string[] OpenerClauseBreaks = { ";", "said", "says", "which", "who", "if", "would", "will", "could" };
    private static readonly string[] AlsoVerbs = { "applied", "left", "withdrawn", "withdrew", "quit", "exited", "pulled", "asked", "sought", "requested" };
    private static readonly string[] Determiners = { "the", "a", "an", "one" };
    private static readonly string[] ItsOrTheir = { "its", "their" };
    private static readonly string[] BelongVerbs = { "belongs", "belong" };

    /// <summary>
    /// Runs the readers of this file, each behind the anchor words it needs, in the order they were written (a later one
    /// may read what an earlier one found in the same sentence).
    /// </summary>
    private void ReadContinuations()
    {
        if ((_anchors & Anchor.Also) != 0) AlsoDidTheSame();
        if ((_anchors & Anchor.As) != 0) AsHaveOthers();
        if ((_anchors & Anchor.Other) != 0) { TheOtherNAre(); TheOtherNOfTheCounted(); }
        if ((_anchors & Anchor.Forming) != 0) ListFormingAnOrganisation();
        if ((_anchors & Anchor.Tied) != 0) TiedToThroughAnOrganisation();
        if ((_anchors & Anchor.Signing) != 0) JoinedOthersInSigning();
        if ((_anchors & Anchor.Followed) != 0) AndOthersFollowed();
        if ((_anchors & Anchor.States) != 0) CallTheCountriesAName();
        TheCountedNamedGroup();
        if ((_anchors & (Anchor.Of | Anchor.Other)) != 0) CountedPartNamely();
        InvertedDescribedStates();
        // (Behind "began"/"started" (frame words), "grew" and "which".)
        if ((_anchors & (Anchor.Frame | Anchor.Expanded | Anchor.Which)) != 0) BeganAsAClubOf();
        if ((_anchors & Anchor.States) != 0) { GroupsStatesFromTo(); MembersOfOneAndOthers(); }
        if ((_anchors & Anchor.Of) != 0) PartOfAPluralName();
        if ((_anchors & Anchor.States) != 0) { WereTheCountedStates(); MembersOfTheSizedNounAre(); }
        if ((_anchors & Anchor.Colon) != 0) { CountedMembersAmongThem(); KnownAsAmongThem(); CountedFoundersStateAmongThem(); }
        if ((_anchors & Anchor.One) != 0) OneOfItsPartnersAlongWith();
        if ((_anchors & (Anchor.Ordinal | Anchor.One | Anchor.Largest)) != 0) StateTheNewestMember();
        if ((_anchors & (Anchor.Ordinal | Anchor.One)) != 0) FirstMemberOfToJoin();
        if ((_anchors & (Anchor.Aside | Anchor.Never)) != 0) WithoutBeingMembers();
        if ((_anchors & Anchor.Other) != 0) CountedOtherMembersNamed();
        if ((_anchors & Anchor.Admission) != 0) WithTheAdmissionOf();
        if ((_anchors & Anchor.Application) != 0) PossessiveApplication();
        if ((_anchors & Anchor.As) != 0) { AsFullMembersOf(); HasStatesAsAssociates(); }
        if ((_anchors & Anchor.Colon) != 0) IncludesNOfAnothersMembers();
        if ((_anchors & (Anchor.Shares | Anchor.Which)) != 0) WhichItSharesWith();
        if ((_anchors & Anchor.Which) != 0) WhichItFoundedWith();
        if ((_anchors & Anchor.Outside) != 0) ApposedOutside();
        if ((_anchors & (Anchor.Partners | Anchor.Aside)) != 0) PartnersInAmongThem();
        if ((_anchors & Anchor.All) != 0) BothAreFoundingMembersSetUpWith();
        if ((_anchors & Anchor.Voters) != 0) VotersTurnedDown();
        if ((_anchors & Anchor.Left) != 0) LeftTooFollowingThem();
        if ((_anchors & Anchor.Its) != 0) ListAreItsCounted();
        if ((_anchors & Anchor.Aside) != 0) StatusTogetherWith();
        if ((_anchors & Anchor.Joins) != 0) JoinedAtTheSameTimeAs();
        if ((_anchors & Anchor.Force) != 0) EnteredIntoForceFor();
        if (Is(0, "unlike")) UnlikeStateItIsNot();
        if ((_anchors & Anchor.Unlike) != 0) UnlikeStatesAfter();
        if ((_anchors & Anchor.Founded) != 0) AnnouncedANewBody();
        if ((_anchors & Anchor.Member) != 0) MemberAlongside();
        if ((_anchors & Anchor.Like) != 0) MembersLikeStates();
        if ((_anchors & Anchor.Aside) != 0) FoundersJoinedBy();
        if ((_anchors & Anchor.Aside) != 0) ListTheGroupKnownAs();
        if (_v.Count > 5 && Is(0, "the") && IsNumberOrWord(1) && IsAny(2, "are", "were")) TheNumberAre();
        if (Is(0, "of") && Is(1, "the") && (_anchors & Anchor.Colon) != 0) OfTheMembersOnlySomeColon();
        if (HasPair("in", InOrgVerbs) || HasPair("remains", "in") || HasPair("remain", "in")) InAnOrganizationWith();
        if (HasPair("participants", IncludeWords) || HasPair("participant", InWords)) ParticipantsOfAForum();
        if (HasPair("signed", SignedWords)) SignatoriesOfTheAgreementAreItsParties();
        if (_v.Count > 5 && (Is(1, "is") || Is(2, "is") || Is(3, "is"))) StateIsTheOrganisationsLargest();
        StatesAreInABody();
        if ((_anchors & Anchor.Largest) != 0) { ApposedLargest(); OneOfTheLargestIn(); }
        if ((_anchors & Anchor.Largest) != 0) ShareholdersOfABank();
        if ((_anchors & Anchor.Largest) != 0) AlliesInABody();
        NonBodyStatesSuchAs();
        if ((_anchors & Anchor.Partners) != 0) ListThePartnersOfAStateIn();
        if ((_anchors & (Anchor.Partners | Anchor.Largest | Anchor.States)) != 0) TheBodysStatesInApposition();
        if ((_anchors & (Anchor.Whose | Anchor.Departed)) != 0) WhoseSuspensionWasLifted();
        if ((_anchors & Anchor.Accession) != 0) AccessionUnderWay();
        if ((_anchors & Anchor.Departed) != 0) MoreDepartures();
        if ((_anchors & Anchor.States) != 0) TheCountedStatesOfABodyNamed();
        if ((_anchors & Anchor.States) != 0) CountedStatesOfABodyBeforeTheNoun();
        if ((_anchors & (Anchor.States | Anchor.Aside)) != 0) AssociatedStates();
        if ((_anchors & Anchor.Invitation) != 0) DeclinedTheInvitation();
        if ((_anchors & Anchor.Colon) != 0) CountedPartOfMembersNamed();
        if (Is(0, "among") && Is(1, "them")) AmongThemAre();
        if ((_anchors & Anchor.All) != 0) BothApposition();
        if ((_anchors & Anchor.Which) != 0) ToWhichTheyBelongWith();
        if ((_anchors & (Anchor.Ordinal | Anchor.One)) != 0) OnlyMemberThatAlsoBelongs();
        if ((_anchors & Anchor.One) != 0) TheOnlyCountryThatIsAMember();
        if ((_anchors & Anchor.But) != 0) MemberButNotOf();
        if ((_anchors & Anchor.Of) != 0) PartOfThemNamed();
        if ((_anchors & (Anchor.Partners | Anchor.Aside | Anchor.Partner)) != 0) PartnerInWith();
        if ((_anchors & Anchor.Make) != 0) MadeAnAssociateMember();
        if ((_anchors & (Anchor.Joins | Anchor.Join)) != 0) JoinsOthersAs();
        if ((_anchors & (Anchor.Partner | Anchor.Observer)) != 0) ApprovedAsPartner();
        if ((_anchors & Anchor.Shares) != 0) SharesMembershipOfWith();
        if ((_anchors & Anchor.Shares) != 0) ShareItsOwnershipWith();
        if ((_anchors & (Anchor.Shares | Anchor.Make | Anchor.Founded)) != 0) TheBlocItSharesWith();
        if ((_anchors & (Anchor.Make | Anchor.Founded)) != 0) ApposedBodyFormedWith();
        if ((_anchors & Anchor.All) != 0 && IsAny(0, "they", "its", "their", "members")) AllOfAnotherBodysMembersAndOthers();
        if (HasPair("none", "of")) NoneOfTheCountedBelongs();
        if ((_anchors & Anchor.Which) != 0) { WhichAdmittedAsMember(); FromWhichAStateWalkedOut(); }
        if ((_anchors & Anchor.All) != 0) AllTheCountriesExcept();
        if ((_anchors & Anchor.Partner) != 0) PartnerStatesColon();
        if ((_anchors & Anchor.States) != 0) MembersAmongTheStatesOf();
        GroupWithStatesNamed();
        if (HasPair("known", "as")) StatesKnownAs();
        StatesOfTheName();
        if ((_anchors & Anchor.States) != 0) CountedStatesOnABody();
        if (HasPair("accession", "talks") || HasPair("accession", "negotiations") || HasPair("candidates", ",")) InAccessionTalksOrCandidatesFromTo();
        if ((_anchors & (Anchor.Which | Anchor.Founded)) != 0) LaunchedByABodyWithStates();
        if ((_anchors & (Anchor.Never | Anchor.Not)) != 0) NeverBeenAdmitted();
        if (HasPair(StateNounsThat, "that")) ApposedStatesOfOneThatAreNotInAnother();
        if ((_anchors & Anchor.Partner) != 0) ThirdPartnerWithIn();
        if (HasPair("from", "which") || HasPair("excluded", "from")) ExcludedFrom();
        if (Is(0, "like")) { LikeOthersOpening(); LikeOthersOpeningOneList(); }
        if ((_anchors & Anchor.Colon) != 0) WithThemAmongThem();
        if ((_anchors & Anchor.Like) != 0) AreLikeMembersOf();
        if ((_anchors & (Anchor.Partners | Anchor.Observers)) != 0) CountOfItsPartners();
        if ((_anchors & Anchor.Which) != 0 || HasPair(BodyNouns, "that")) WhichStatesLaunched();
        if (IsAny(0, "the", "leaders", "heads")) SignedTheEstablishmentOf();
        if (Is(0, "all")) AllMembersExceptAlsoBelong();
        if ((_anchors & (Anchor.States | Anchor.Member)) != 0) MembersStretchFromTo();
        if (Is(0, "it")) ItIsAMemberAfterTheState();
        if ((_anchors & Anchor.Not) != 0) IsNotAmongThem();
        if ((_anchors & Anchor.Colon) != 0 && (_anchors & Anchor.TheCounted) != 0) CountedStillTakingPart();
        if ((_anchors & (Anchor.Aside | Anchor.Partners)) != 0) StatesOrganizationNeighbours();
        if ((_anchors & Anchor.TheCounted) != 0) TheCountedMemberStatesThatAre();
        if ((_anchors & Anchor.Invitation) != 0 || HasPair("but", NeitherOrNone)) InvitedButNeither();
        if ((_anchors & (Anchor.States | Anchor.Partners | Anchor.Observers)) != 0) CountedGroupBetweenDashes();
        if ((_anchors & Anchor.States) != 0) MembersAreTheDescribedStates();
        if ((_anchors & Anchor.Which) != 0) WhichTheySetUp();
        if ((_anchors & Anchor.TheCounted) != 0) CountedNamedGroupBetweenDashes();
        if ((_anchors & Anchor.Colon) != 0) GroupOfCountedNationsColon();
    }

    /// <summary>
    /// "the Joint Expeditionary Force (JEF), a group of nine northern European nations that can deploy together at short
    /// notice: the UK, Denmark, ...": an organisation described as a group of so many states, and as many states after the
    /// colon, are its members and its count.
    /// </summary>
    private void GroupOfCountedNationsColon()
    {
        for (var k = 2; k + 5 < _v.Count; k++)
        {
            if (!Is(k, ",") || !IsAny(k + 1, "a", "an") || !T(k + 2).IsWord || !OrganizationWords.IsGenericNoun(W(k + 2)) || !Is(k + 3, "of")) continue;
            if (!IsNumberOrWord(k + 4) || !NumberWords.TryParse(W(k + 4), out var n) || n < 2) continue;
            var org = NamedBeforeComma(k, capitalizedOnly: true);
            // (A force or a commission described as a group of nations has them as members.)
            if (org < 0) return;
            var noun = k + 5;
            while (noun < _v.Count && noun <= k + 9 && !IsAny(noun, "nations", "states", "countries")) noun++;
            if (noun >= _v.Count || noun > k + 9) return;
            var colon = noun + 1;
            while (colon < _v.Count && colon <= noun + 14 && !IsAny(colon, ":", ",", ";", ".")) colon++;
            if (!Is(colon, ":")) return;
            var first = Is(colon + 1, "the") && CountryAt(colon + 2) is not null ? colon + 2 : colon + 1;
            if (CountryAt(first) is null || ReadList(first, out _) is not { } listed || listed.Count != n) return;
            Hit(org, RelationKind.Member, listed);
            Count(org, RelationKind.Member, n, k + 4, subjectHasThem: true);
            return;
        }
    }

    /// <summary>
    /// "the eight Parties to the Nauru Agreement (PNA) - the Federated States of Micronesia, Kiribati, ... and Tuvalu -": an
    /// organisation named with its size, and as many states between dashes after it, are its members.
    /// </summary>
    private void CountedNamedGroupBetweenDashes()
    {
        for (var k = 0; k + 4 < _v.Count; k++)
        {
            if (!Is(k, "the") || !IsNumberOrWord(k + 1) || !NumberWords.TryParse(W(k + 1), out var n) || n < 2) continue;
            if (M(k + 2) is not { Type: MentionType.Organization } om || om.Entity < 0 || !T(k + 2).IsCapitalized) continue;
            var after = k + 2;
            while (after < _v.Count && M(after) == om) after++;
            after = AfterAcronym(after);
            if (T(after).Kind != TokenKind.Dash) continue;
            var first = Is(after + 1, "the") ? after + 2 : after + 1;
            if (CountryAt(first) is null || ReadList(first, out var end) is not { } listed || listed.Count != n) continue;
            if (!(T(end + 1).Kind == TokenKind.Dash || end + 1 >= _v.Count || IsAny(end + 1, ".", ";"))) continue;
            var org = Ent(k + 2);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(org, RelationKind.Member, listed);
            Count(org, RelationKind.Member, n, k + 1);
            return;
        }
    }

    /// <summary>
    /// States between dashes (or from a dash to the end) after what names a body's members:
    /// "the leaders of the BRICS group of emerging economies — Brazil, Russia, India, China and South Africa — met", the
    /// organisation with a description that opens with its noun; "Only five of the 28 allies meet the guideline — the United
    /// States, Britain, Greece, Poland and Estonia — according to ...", as many states as "five of the" counts.
    /// </summary>
    private void DashedListOfABody()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (T(k).Kind != TokenKind.Dash) continue;
            var first = Is(k + 1, "the") ? k + 2 : k + 1;
            if (CountryAt(first) is null || ReadList(first, out var end) is not { Count: >= 2 } listed) continue;
            if (!(end + 1 >= _v.Count || T(end + 1).Kind == TokenKind.Dash || IsAny(end + 1, ".", ";"))) continue;
            // The organisation right before, over a description that opens with a body's noun ("group of emerging economies").
            var q = k - 1;
            while (q > 0 && q >= k - 6 && T(q).IsWord && !T(q).IsCapitalized && M(q) is null) q--;
            // (The name right before the dash is ListAfterOrganization's.)
            if (q < k - 1 && M(q) is { Type: MentionType.Organization } om && om.Entity >= 0 && T(q).IsCapitalized && !_er.Orgs[om.Entity].IsInstitution
                && T(q + 1).IsWord && OrganizationWords.IsGenericNoun(W(q + 1)))
            {
                var named = q;
                while (named > 0 && M(named - 1) == om) named--;
                if (!ExcludedFrom(named))
                {
                    Hit(Ent(q), RelationKind.Member, listed);
                    return;
                }
            }
            // "N of the [M] members|allies|member states ... — list —": the N named.
            for (var c = 0; c + 3 < k; c++)
            {
                if (!(IsNumberOrWord(c) && NumberWords.TryParse(W(c), out var n) && n == listed.Count && Is(c + 1, "of") && Is(c + 2, "the"))) continue;
                var noun = c + 3;
                if (IsNumberOrWord(noun)) noun++;
                if (Is(noun, "member") && IsAny(noun + 1, "states", "countries")) noun++;
                if (!IsAny(noun, "members", "allies", "member-states") && !(IsAny(noun, "states", "countries") && Is(noun - 1, "member"))) continue;
                var org = OrgFor(noun);
                if (Is(noun, "allies")) org = AllianceOf(org);
                if (org < 0 || _er.Orgs[org].IsInstitution) return;
                Hit(org, RelationKind.Member, listed);
                return;
            }
        }
    }

    /// <summary>
    /// "The group of Brazil, Russia, India, China and South Africa began as BRIC": a sentence that opens with a body's noun
    /// and the states it is "of" names its members.
    /// </summary>
    private void TheGroupOfStates()
    {
        if (CountryAt(3) is null || ReadList(3, out var end) is not { Count: >= 3 } listed) return;
        // What follows the list is the sentence's verb, not more of the noun phrase ("The group of A, B and C's leaders").
        if (!(T(end + 1).IsWord && !T(end + 1).IsCapitalized && M(end + 1) is null)) return;
        var org = Generic(W(1));
        // "... began as BRIC": a name it went by before is not the body now.
        for (var k = end + 1; k + 1 < _v.Count; k++)
        {
            if (Is(k, "as") && M(k + 1) is { Type: MentionType.Organization } former && former.Entity == org && _main >= 0 && _main != org) { org = _main; break; }
        }
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        Hit(org, RelationKind.Member, listed);
    }

    /// <summary>
    /// "The grouping brings together Japan, Australia and nine Asean countries: Brunei, Cambodia, ...": as many states as
    /// counted after "N ORG countries:" are the organisation's members.
    /// </summary>
    private void CountedStatesOfABodyColon()
    {
        for (var k = 3; k + 1 < _v.Count; k++)
        {
            // "the twelve French-speaking states of the Zentral group: A, B, ...": the counted states of the body named after them.
            if (Is(k, ":") && M(k - 1) is { Type: MentionType.Organization } ofBody && ofBody.Entity >= 0 && !_er.Orgs[ofBody.Entity].IsInstitution)
            {
                var b = k - 1;
                while (b > 0 && M(b - 1) == ofBody) b--;
                if (Is(b - 1, "the")) b--;
                if (Is(b - 1, "of") && IsAny(b - 2, "countries", "states", "members", "nations"))
                {
                    var c = b - 3;
                    while (c > 0 && c >= b - 5 && T(c).IsWord && !IsNumberOrWord(c) && !IsAny(c, "the", "of", "and", "its", "their")) c--;
                    var listAt = Is(k + 1, "the") ? k + 2 : k + 1;
                    if (IsNumberOrWord(c) && NumberWords.TryParse(W(c), out var counted) && counted >= 2 && CountryAt(listAt) is not null
                        && ReadList(listAt, out _) is { Count: > 0 } named && named.Count + _formerStatesInList == counted)
                    {
                        Hit(ofBody.Entity, RelationKind.Member, named);
                        return;
                    }
                }
            }
            if (!Is(k, ":") || !IsAny(k - 1, "countries", "states", "members", "nations", "member-states")) continue;
            var nounAt = k - 1;
            if (Is(nounAt - 1, "member")) nounAt--;
            if (M(nounAt - 1) is not { Type: MentionType.Organization } om || om.Entity < 0 || !T(nounAt - 1).IsCapitalized || _er.Orgs[om.Entity].IsInstitution) continue;
            var count = nounAt - 1;
            while (count > 0 && M(count - 1) == om) count--;
            count--;
            if (!IsNumberOrWord(count) || !NumberWords.TryParse(W(count), out var n) || n < 2) continue;
            var first = Is(k + 1, "the") ? k + 2 : k + 1;
            if (CountryAt(first) is null || ReadList(first, out _) is not { } listed || listed.Count != n) continue;
            Hit(Ent(nounAt - 1), RelationKind.Member, listed);
            return;
        }
    }

    /// <summary>
    /// "All 33 states of the region are parties to the treaty and members of OPANAL": the states counted at the start are the
    /// whole membership, so the number is the organisation's count.
    /// </summary>
    private void AllTheCountedStatesAreMembers()
    {
        if (!NumberWords.TryParse(W(1), out var n) || n < 2 || !IsAny(2, "states", "countries", "nations")) return;
        // Only a whole region's states ("of the region", "in Latin America"), not "All three countries", a set named before.
        if (!IsAny(3, "of", "in") || !(Is(4, "the") && IsAny(5, "region", "continent", "hemisphere", "subcontinent") || T(4).IsWord && T(4).IsCapitalized && M(4) is null)) return;
        for (var k = 5; k + 2 < _v.Count && k <= 12; k++)
        {
            if (IsAny(k, ",", ";", "not", "n't", "which", "that", "who")) return;
            if (!IsAny(k, "are", "were")) continue;
            for (var q = k + 1; q + 1 < _v.Count && q <= k + 10; q++)
            {
                if (IsAny(q, ",", ";", "not", "n't", "but")) return;
                if (!(Is(q, "members") && Is(q + 1, "of"))) continue;
                var org = NamedOrganizationAt(q + 2, out _);
                if (org >= 0 && !_er.Orgs[org].IsInstitution) Count(org, RelationKind.Member, n, 1);
                return;
            }
            return;
        }
    }

    /// <summary>
    /// "the Zentral Cooperation Organization (ZCO), the security bloc that Peru and Chile founded with four Andean states in
    /// 2001": the states of a relative clause that founded the body the noun stands for are its members.
    /// </summary>
    private void ThatStatesFounded()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (!IsAny(k, "that", "which") || CountryAt(k + 1) is null || ReadList(k + 1, out var end) is not { Count: > 0 } founders) continue;
            var verb = end + 1;
            if (IsAny(verb, "had", "have", "jointly")) verb++;
            if (!IsAny(verb, "founded", "created", "established", "launched", "formed", "co-founded") && !(Is(verb, "set") && Is(verb + 1, "up"))) continue;
            var org = -1;
            if (M(k - 1) is { Type: MentionType.Organization } named && named.Entity >= 0 && T(k - 1).IsCapitalized) org = Ent(k - 1);
            else if (T(k - 1).IsWord && OrganizationWords.IsGenericNoun(W(k - 1)))
            {
                // The apposition's organisation: ", the security bloc that ...", after the name and its acronym.
                var comma = k - 2;
                while (comma > 0 && comma >= k - 6 && !Is(comma, ",") && T(comma).IsWord && !T(comma).IsCapitalized) comma--;
                org = Is(comma, ",") && NamedBeforeComma(comma, capitalizedOnly: true) is var before && before >= 0 ? before : Generic(W(k - 1));
            }
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(org, RelationKind.Member, founders);
            return;
        }
    }

    /// <summary>
    /// "European Union countries that haven't adopted the euro, such as Poland, Hungary and Sweden, aren't part of the fund":
    /// the examples of a body's states are its members, whatever the sentence then says of them.
    /// </summary>
    private void OrganizationStatesSuchAs()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            if (!IsAny(k, "countries", "states", "members", "nations", "member-states")) continue;
            var noun = k;
            var before = Is(k - 1, "member") ? k - 2 : k - 1;
            if (M(before) is not { Type: MentionType.Organization } om || om.Entity < 0 || !T(before).IsCapitalized || _er.Orgs[om.Entity].IsInstitution) continue;
            // Not "non-EU countries such as ...", "countries outside the EU such as ...".
            var first = before;
            while (first > 0 && M(first - 1) == om) first--;
            if (first > 0 && (W(first - 1).StartsWith("non", System.StringComparison.OrdinalIgnoreCase) || IsAny(first - 1, "outside", "other", "former", "candidate", "non"))) continue;
            // Over a relative clause up to its comma: "that haven't adopted the euro,".
            var q = noun + 1;
            if (IsAny(q, "that", "which", "who"))
            {
                while (q < _v.Count && q <= noun + 12 && !Is(q, ",")) q++;
                if (!Is(q, ",")) continue;
            }
            if (Is(q, ",")) q++;
            // ("All 14 CARICOM states, like Canada, belong to the OAS": "like" after a comma compares.)
            var at = Is(q, "such") && Is(q + 1, "as") ? q + 2 : IsAny(q, "including", "notably") || Is(q, "like") && q == noun + 1 ? q + 1 : -1;
            if (at < 0) continue;
            if (Is(at, "the") && CountryAt(at + 1) is not null) at++;
            if (CountryAt(at) is null || ReadList(at, out _) is not { Count: > 0 } examples) continue;
            Hit(Ent(before), RelationKind.Member, examples);
            return;
        }
    }

    /// <summary>
    /// "The pact now has eight members. The eight are Australia, Brunei, Chile, ...": as many states as a count of members the
    /// sentence before stated are that body's members.
    /// </summary>
    private void TheCountedAre()
    {
        if (!NumberWords.TryParse(W(1), out var n) || n < 2 || _sentence == 0) return;
        var first = Is(3, "the") && CountryAt(4) is not null ? 4 : 3;
        if (CountryAt(first) is null || ReadList(first, out var end) is not { } listed) return;
        // "The nine are Singapore, New Zealand, Chile and Brunei, which founded the original agreement in 2006, and the United
        // States, Australia, Peru, Vietnam and Malaysia, which have since joined the talks": the parts between relative
        // clauses, as many as the number says.
        while (listed.Count < n && Is(end + 1, ",") && IsAny(end + 2, "which", "who"))
        {
            var close = end + 3;
            while (close < _v.Count && close <= end + 20 && !IsAny(close, ",", ";", ".")) close++;
            if (!Is(close, ",") || !Is(close + 1, "and") || ReadList(Is(close + 2, "the") ? close + 3 : close + 2, out var moreEnd) is not { Count: > 0 } more) break;
            listed.AddRange(more);
            end = moreEnd;
        }
        if (listed.Count != n || end + 1 < _v.Count && !IsAny(end + 1, ".", ";", ",")) return;
        var org = -1;
        foreach (var c in Counts)
        {
            if (c.Sentence != _sentence - 1 || c.Kind != RelationKind.Member || c.Value != n) continue;
            org = org == -1 ? c.Org : org == c.Org ? org : -2;
        }
        if (org >= 0 && !_er.Orgs[org].IsInstitution) Hit(org, RelationKind.Member, listed);
    }

    /// <summary>Whether the name at view position <paramref name="named"/> is what something is kept out of or set against ("excluded from the ZTO", "outside the EU", "unlike NATO").</summary>
    private bool ExcludedFrom(int named) =>
        IsAny(named - 1, "from", "outside", "unlike") || Is(named - 1, "the") && IsAny(named - 2, "from", "outside", "unlike");

    private static readonly string[] SetUpVerbs = { "founded", "created", "established", "formed", "launched", "set" };

    /// <summary>
    /// "Angola, Botswana, Namibia, Zambia and Zimbabwe are the partner states of the Kavango-Zambezi Transfrontier
    /// Conservation Area (KAZA), which they set up by a treaty signed in Luanda in 2011": the states the sentence opens with
    /// set up the organisation the relative clause hangs on, so they are its members.
    /// </summary>
    private void WhichTheySetUp()
    {
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!Is(k, ",") || !Is(k + 1, "which") || !Is(k + 2, "they") || !IsAny(k + 3, SetUpVerbs) || Is(k + 3, "set") && !Is(k + 4, "up")) continue;
            // (A commission states set up is a body of theirs, as in SignedTheTextCreating: they are two or more here.)
            var org = NamedBeforeComma(k, capitalizedOnly: true);
            if (org < 0) return;
            var first = Is(0, "the") ? 1 : 0;
            if (CountryAt(first) is null || ReadList(first, out var end) is not { Count: > 1 } founders || !T(end + 1).IsWord || T(end + 1).IsCapitalized) return;
            // Not "A and B, which they ..." read as negated: "are not", "did not" before the organisation.
            for (var n = end + 1; n < k; n++) if (IsAny(n, "not", "n't", "never")) return;
            Hit(org, RelationKind.Member, founders);
            // "..., which they set up in 2000 with Lesotho and Namibia": and the states they set it up with.
            for (var w = k + 4; w + 1 < _v.Count && w <= k + 10 && !IsAny(w, ",", ";", "."); w++)
            {
                if (Is(w, "with") && ReadList(w + 1, out _) is { Count: > 0 } with) { Hit(org, RelationKind.Member, with); break; }
            }
            return;
        }
    }

    /// <summary>The one organisation of the article with <paramref name="noun"/> as a word of its name ("the bank" for the
    /// Central American Bank for Economic Integration), or -1.</summary>
    private int OnlyNameWithWord(string noun)
    {
        var found = -1;
        for (var k = 0; k < _er.Orgs.Count; k++)
        {
            if (_er.Orgs[k].Mentions == 0 || _er.Orgs[k].Name is not { } name) continue;
            var at = name.IndexOf(noun, System.StringComparison.OrdinalIgnoreCase);
            if (at < 0 || at > 0 && name[at - 1] != ' ' || at + noun.Length < name.Length && name[at + noun.Length] != ' ') continue;
            if (found >= 0) return -1;
            found = k;
        }
        return found;
    }

    /// <summary>
    /// "The bank's founding members are the four signatory countries.", "Its members are the five states": a group the
    /// article named before, by its size (<see cref="ResolveDescription"/>), is the members of the organisation the
    /// possessive names.
    /// </summary>
    private void MembersAreTheDescribedStates()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            if (!Is(k, "members") || !IsAny(k + 1, "are", "were") || !Is(k + 2, "the")) continue;
            var end = k + 3;
            while (end < _v.Count && end <= k + 7 && !IsAny(end, "states", "countries", "nations", "republics")) end++;
            if (end >= _v.Count || !(end + 1 >= _v.Count || IsAny(end + 1, ".", ";"))) return;
            var o = IsAny(k - 1, "founding", "original", "first") ? k - 2 : k - 1;
            var owner = -1;
            if (IsAny(o, "its", "their")) owner = PreviousSentenceOrg() ?? _main;
            else if (T(o).Kind == TokenKind.Possessive && M(o - 1) is { Type: MentionType.Organization } om && om.Entity >= 0) owner = Ent(o - 1);
            // "The bank's": the one organisation of the article with the noun as a word of its name.
            else if (T(o).Kind == TokenKind.Possessive && Is(o - 2, "the") && T(o - 1).IsWord && !T(o - 1).IsCapitalized) owner = OnlyNameWithWord(W(o - 1));
            if (owner < 0 || ResolveDescription(end, out _) is not { Count: > 1 } described) return;
            Hit(owner, RelationKind.Member, described);
            return;
        }
    }

    /// <summary>Whether the sentence's view has word <paramref name="a"/> followed by one of <paramref name="next"/>: a cheap
    /// test before a reader that reads lists.</summary>
    private bool HasPair(string a, string[] next)
    {
        for (var k = 0; k + 1 < _v.Count; k++) if (Is(k, a) && IsAny(k + 1, next)) return true;
        return false;
    }

    /// <summary>Whether the sentence's view has the two words <paramref name="a"/> <paramref name="b"/> in a row.</summary>
    /// <summary>The last list of <paramref name="count"/> states this sentence named before position <paramref name="before"/>, else null.</summary>
    private List<Mention>? ListOfThisSentenceBefore(int before, int count)
    {
        for (var k = _lists.Count - 1; k >= 0 && _lists[k].Sentence == _sentence; k--)
        {
            if (_lists[k].Token < _v[before] && _lists[k].Countries.Count == count) return _lists[k].Countries;
        }
        return null;
    }

    private static readonly string[] BodyNouns = { "body", "organisation", "organization", "commission", "group", "grouping", "bloc", "forum", "alliance", "agency", "partnership", "arrangement" };

    /// <summary>Whether one of <paramref name="first"/> is followed by <paramref name="b"/> somewhere in the sentence.</summary>
    private bool HasPair(string[] first, string b)
    {
        for (var k = 0; k + 1 < _v.Count; k++) if (Is(k + 1, b) && IsAny(k, first)) return true;
        return false;
    }

    private bool HasPair(string a, string b)
    {
        for (var k = 0; k + 1 < _v.Count; k++) if (Is(k, a) && Is(k + 1, b)) return true;
        return false;
    }

    /// <summary>The organisation whose stated member count this sentence gives, when it gives counts for one only; else -1.</summary>
    private int MemberCountOrgHere()
    {
        var org = -1;
        foreach (var c in Counts) if (c.Sentence == _sentence && c.Kind == RelationKind.Member) org = org == -1 || org == c.Org ? c.Org : -2;
        return org;
    }

    /// <summary>
    /// The organisation named right before the comma at view position <paramref name="comma"/>, over an acronym in
    /// parentheses ("the EAEU, which ...", "the Indian Ocean Commission (IOC), which ..."): its index, or -1.
    /// </summary>
    private int NamedBeforeComma(int comma, bool capitalizedOnly)
    {
        var o = Is(comma - 1, ")") && Is(comma - 3, "(") ? comma - 4 : comma - 1;
        return M(o) is { Type: MentionType.Organization } om && om.Entity >= 0 && (!capitalizedOnly || T(o).IsCapitalized) ? om.Entity : -1;
    }

    /// <summary>
    /// "Montenegro and Albania have also applied.", "Argentina, Chile, Colombia, Ecuador and Paraguay have also left,
    /// reducing Unasur to a shell": the states the sentence opens with did what the sentence before told of others, to the
    /// same organisation (or, for a departure, to the one this sentence names after the verb).
    /// </summary>
    private void AlsoDidTheSame()
    {
        if (!HasPair("also", AlsoVerbs)) return;
        var first = Is(0, "the") ? 1 : 0;
        if (CountryAt(first) is null || ReadList(first, out var end) is not { Count: > 0 } states) return;
        var v = end + 1;
        if (IsAny(v, "have", "has", "had")) v++;
        if (!Is(v, "also")) return;
        v++;
        RelationKind kind;
        int after;
        if (IsAny(v, "applied")) { kind = RelationKind.Joining; after = v + 1; }
        // "Argentina, Brazil and Peru have also asked to join."
        else if (IsAny(v, "asked", "applied", "sought", "requested") && Is(v + 1, "to") && IsAny(v + 2, "join")) { kind = RelationKind.Joining; after = v + 3; }
        else if (IsAny(v, "left", "withdrawn", "withdrew", "quit", "exited")) { kind = RelationKind.NonMember; after = v + 1; }
        else if (IsAny(v, "pulled") && Is(v + 1, "out") && !Is(v + 2, "of")) { kind = RelationKind.NonMember; after = v + 2; }
        else return;
        // Bare: nothing but a date or the end of the clause follows.
        if (!(after >= _v.Count || IsAny(after, ",", ".", ";") || Is(after, "in") && T(after + 1).Kind == TokenKind.Number)) return;
        var org = _sentence > 0 ? OrgOfRelations(_sentence - 1, kind) : -1;
        if (org < 0 && kind == RelationKind.NonMember) org = OrgAfter(after);
        if (org < 0 && kind == RelationKind.Joining && after == v + 3) org = _main;
        if (org < 0) return;
        if (kind == RelationKind.NonMember) Departure(org, states);
        else Hit(org, kind, states);
    }

    /// <summary>
    /// "China has been an observer since 2005, as have Japan and the United States among others": the states after "as
    /// have" stand in the relation the clause before gave its state, to the same organisation.
    /// </summary>
    private void AsHaveOthers()
    {
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!Is(k, ",") || !Is(k + 1, "as") || !IsAny(k + 2, AsVerbs)) continue;
            if (ReadList(k + 3, out var end) is not { Count: > 0 } others) return;
            if (!(end + 1 >= _v.Count || IsAny(end + 1, ".", ",", ";") || Is(end + 1, "among") && Is(end + 2, "others") || Is(end + 1, "too"))) return;
            // "..., Nigeria's partners in ECOWAS, were among the signatories, as was Cote d'Ivoire": only when the clause just
            // before "as" tells the relation (an apposition told it here).
            var told2 = false;
            // ("..., followed the talks closely, as did Italy": a clause that follows or watches talks tells no relation.)
            var clauseStart = k - 1;
            while (clauseStart > 0 && !Is(clauseStart - 1, ",")) clauseStart--;
            if (IsAny(clauseStart, "followed", "watched", "welcomed", "praised", "criticised", "criticized") && !Is(clauseStart + 1, "by")) return;
            for (var j = k - 1; j >= 0 && !Is(j, ","); j--)
            {
                if (IsAny(j, "signatories", "signed", "signs")) break;
                if (T(j).Has(WordClass.MembershipCue) || IsAny(j, RelationWords)) { told2 = true; break; }
                // ("are also in the Group of 20 (G20), as is Argentina": "in" a body.)
                if (InABody(j)) { told2 = true; break; }
                // Not a word before the clause's copula: "Forum members Australia and New Zealand were among the
                // co-sponsors, as were Fiji, Samoa and Tuvalu".
                if (IsAny(j, "is", "are", "was", "were")) break;
            }
            if (!told2) return;
            RelationHit? told = null;
            for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--)
            {
                // Of the clause before "as" only ("as is Iraq, which was granted observer status": not the relative's news).
                if (Relations[i].Country.First > _v[k]) continue;
                if (told is not null && (told.Org != Relations[i].Org || told.Kind != Relations[i].Kind)) return;
                told = Relations[i];
            }
            if (told is null || _er.Orgs[told.Org].IsInstitution) return;
            Hit(told.Org, told.Kind, others, told.When);
            return;
        }
    }

    /// <summary>
    /// "The other seven are Kiribati, Nauru, ...": after a sentence that named some of an organisation's members, the
    /// rest, as many as counted.
    /// </summary>
    private void TheOtherNAre()
    {
        if (_sentence == 0 || _v.Count < 5 || !Is(0, "the") || !IsAny(1, "other", "remaining") || !IsNumberOrWord(2) || !IsAny(3, "are", "were")) return;
        if (!NumberWords.TryParse(W(2), out var n) || ReadList(4, out var end) is not { Count: > 0 } rest || rest.Count != n) return;
        if (!(end + 1 >= _v.Count || IsAny(end + 1, ".", ";"))) return;
        var org = OrgOfRelations(_sentence - 1, RelationKind.Member);
        if (org < 0) return;
        Hit(org, RelationKind.Member, rest);
        // "The 14 island nations are also members of ...": the whole list, the part before and the rest, is one list
        // later sentences may count.
        for (var k = _lists.Count - 1; k >= 0; k--)
        {
            var (sentence, _, before) = _lists[k];
            if (sentence == _sentence) continue;
            if (sentence < _sentence - 1) break;
            // "India and 14 Pacific island countries: Papua New Guinea, Fiji, ...": the part counted is the one after the colon.
            var prev = _doc.Sentences[_sentence - 1];
            var colon = -1;
            for (var i = prev.FirstToken; i <= prev.LastToken; i++) if (_t[i].Text == ":") colon = i;
            var whole = before.FindAll(m => m.First > colon);
            foreach (var c in rest) if (!whole.Exists(m => m.Country == c.Country)) whole.Add(c);
            _lists.Add((_sentence, _v[0], whole));
            break;
        }
    }

    /// <summary>
    /// "Germany, Brazil, India and Japan agreed on Tuesday to back each other's bids, forming a "Group of Four" to push for
    /// reform": the states the sentence opens with found the organisation the participle names.
    /// </summary>
    private void ListFormingAnOrganisation()
    {
        if (CountryAt(0) is null) return;
        var founders = ReadList(0, out var subjectEnd);
        // The list is the sentence's subject: a verb follows it.
        if (founders.Count < 2 || !(T(subjectEnd + 1).IsWord && !T(subjectEnd + 1).IsCapitalized)) return;
        for (var k = subjectEnd + 2; k + 1 < _v.Count; k++)
        {
            if (!(IsAny(k, "forming", "creating") && Is(k - 1, ","))) continue;
            var at = IsAny(k + 1, "a", "an", "the") ? k + 2 : k + 1;
            if (IsAny(at, "new")) at++;
            if (M(at) is not { Type: MentionType.Organization } formed || formed.Entity < 0 || _er.Orgs[formed.Entity].IsInstitution) return;
            Hit(formed.Entity, RelationKind.Member, founders);
            return;
        }
    }

    /// <summary>
    /// "Mexico is tied to the United States and Canada under the North American Free Trade Agreement", "Iceland and Norway
    /// are tied to the single market through the European Economic Area": the states tied, and the states they are tied
    /// to, are parties of the organisation through which they are.
    /// </summary>
    private void TiedToThroughAnOrganisation()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            // ("Germany, Austria-Hungary and Italy are bound together in the Triple Alliance": the states bound in it.)
            if (Is(k, "bound") && Is(k + 1, "together") && IsAny(k + 2, "in", "by", "through", "under") && IsAny(k - 1, "are", "were", "remain")
                && NamedOrganizationAt(k + 3, out _) is var boundIn && boundIn >= 0 && !_er.Orgs[boundIn].IsInstitution)
            {
                if (Subject(k - 1, out var notBound, out _) is { Count: > 1 } bound && !notBound) Hit(boundIn, RelationKind.Member, bound);
                return;
            }
            // ("Iraq is also bound to Turkey and Afghanistan by the Saadabad Pact": "bound" as "tied".)
            if (!(IsAny(k, "tied", "bound") && Is(k + 1, "to") && IsAny(k - 1, "is", "are", "was", "were", "remains", "remain", "closely", "also"))) continue;
            var toEnd = k + 1;
            var to = CountryAt(k + 2) is not null || Is(k + 2, "the") && CountryAt(k + 3) is not null ? ReadList(k + 2, out toEnd) : null;
            var by = toEnd + 1;
            // Over the object that is no state ("the single market"), within the clause.
            if (to is null) while (by < _v.Count && by <= k + 8 && !IsAny(by, "through", "under", "via", "by", ",", ";", ".")) by++;
            if (!IsAny(by, "through", "under", "via", "by") || NamedOrganizationAt(by + 1, out _) is var org && org < 0 || _er.Orgs[org].IsInstitution) return;
            // The subject: the states before the copula, or those a relative "which" refers to ("Mexico, which is tied to").
            var copula = k - 1;
            while (copula > 0 && IsAny(copula, "closely", "also", "already", "still")) copula--;
            List<Mention> tied;
            if (Is(copula - 1, "which") && Is(copula - 2, ",") && CountryAt(copula - 3) is not null) tied = ReadListBackward(copula - 3, out _, stopAtPreposition: false);
            // "while Iceland and Norway remain outside it and are tied to": the subject of the first of two predicates.
            else if (Is(copula - 1, "and") && CoordinatedPredicateSubject(copula - 1) is { } first) tied = first;
            else
            {
                tied = Subject(copula, out var negated, out _);
                if (negated) return;
            }
            if (tied.Count == 0) return;
            if (to is not null) tied.AddRange(to);
            Hit(org, RelationKind.Member, tied);
            return;
        }
    }

    /// <summary>
    /// "Italy leads a loose group of middle-sized countries known as the Coffee Club, among them Italy, Pakistan, Mexico
    /// ...": the states named after the name a group is known by are its members.
    /// </summary>
    private void KnownAsAmongThem()
    {
        for (var k = 4; k + 2 < _v.Count; k++)
        {
            if (!(Is(k - 1, ",") && (Is(k, "among") && Is(k + 1, "them") || Is(k, "including")))) continue;
            var org = NamedBeforeComma(k - 1, capitalizedOnly: true);
            if (org < 0 || _er.Orgs[org].IsInstitution) continue;
            var first = Is(k - 2, ")") ? k - 5 : k - 2;
            while (first > 0 && M(first - 1) == M(k - 2)) first--;
            if (!(Is(first - 1, "the") && (Is(first - 2, "as") && IsAny(first - 3, "known") || IsAny(first - 2, "called", "dubbed", "nicknamed")))) continue;
            if (ReadList(Is(k, "among") ? k + 2 : k + 1, out _) is not { Count: > 0 } named) continue;
            Hit(org, RelationKind.Member, named);
            return;
        }
    }

    /// <summary>
    /// "Ghana left the bloc last year, and Peru followed in March", "..., and Peru followed suit": the states that followed did
    /// what the clause before told, to the same organisation.
    /// </summary>
    private void AndOthersFollowed()
    {
        for (var k = 3; k < _v.Count; k++)
        {
            if (!Is(k, "followed")) continue;
            var followers = ReadListBackward(k - 1, out var start, stopAtPreposition: false);
            if (followers.Count == 0 || !Is(start - 1, "and") || !Is(start - 2, ",")) return;
            if (!(k + 1 >= _v.Count || IsAny(k + 1, "suit", "in", "on", "a", "two", "three", "later", "shortly", ".", ",", ";"))) return;
            for (var i = Relations.Count - 1; i >= 0 && Relations[i].Sentence == _sentence; i--)
            {
                var r = Relations[i];
                if (r.Country.First >= _v[start] || r.Kind == RelationKind.Member && r.When is null) continue;
                // ("Norway, which is not a member of the Zentral Union, recognized X with Spain, and Slovenia followed": what
                // followed is the main clause's deed, not the relative clause's state.)
                if (r.Country.Last + 2 < _t.Count && _t[r.Country.Last + 1].Is(",") && (_t[r.Country.Last + 2].Is("which") || _t[r.Country.Last + 2].Is("who"))) continue;
                Hit(r.Org, r.Kind, followers);
                return;
            }
            return;
        }
    }

    /// <summary>
    /// "The Prime Ministers of Ceylon, India, Pakistan, Burma and Indonesia ended their conference ... The five Colombo Powers,
    /// as the newspapers ... call them, also appealed ...": a sentence opening on "the N" and a group's name is about the
    /// list of that size named before, whose states are its members.
    /// </summary>
    private void TheCountedNamedGroup()
    {
        if (!(Is(0, "the") && IsNumberWord(W(1)) && NumberWords.TryParse(W(1), out var n) && n > 1)) return;
        if (M(2) is not { Type: MentionType.Organization } named || named.Entity < 0 || _er.Orgs[named.Entity].IsInstitution || !T(2).IsCapitalized) return;
        var end = 2;
        while (end + 1 < _v.Count && M(end + 1) == named) end++;
        // Only a name the text gives the states ("as ... call them"), not a body they belong to ("the 27 EU members").
        if (!(Is(end + 1, ",") && Is(end + 2, "as"))) return;
        if (ListOfSizeBefore(n) is { } earlier) Hit(named.Entity, RelationKind.Member, earlier);
    }

    /// <summary>
    /// "Burma, Ceylon, India and Indonesia are four of the five Colombo Powers that sponsored the meeting": states that are
    /// part of a group named by a plural, as many as the part counts, are its members; the whole is its count.
    /// </summary>
    private void PartOfAPluralName()
    {
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!(IsAny(k, "are", "were") && IsNumberOrWord(k + 1) && Is(k + 2, "of") && Is(k + 3, "the"))) continue;
            if (!NumberWords.TryParse(W(k + 1), out var part) || part < 2) return;
            var at = k + 4;
            var whole = 0;
            if (IsNumberOrWord(at) && NumberWords.TryParse(W(at), out whole)) at++;
            if (whole > 0 && whole <= part) return;
            if (M(at) is not { Type: MentionType.Organization } named || named.Entity < 0 || !T(at).IsCapitalized || _v[at] != named.First || _er.Orgs[named.Entity].IsInstitution) return;
            var last = at;
            while (last + 1 < _v.Count && M(last + 1) == named) last++;
            // (A plural the group is named by: "Powers", "States", "Nations"; not "the six EU members", read elsewhere.)
            if (!W(last).EndsWith("s", System.StringComparison.Ordinal) || IsAny(last + 1, "members", "states", "countries", "nations", "member")) return;
            var states = Subject(k, out var negated, out _);
            if (negated || states.Count != part) return;
            Hit(named.Entity, RelationKind.Member, states);
            if (whole > 0) Count(named.Entity, RelationKind.Member, whole, k + 4);
            return;
        }
    }

    /// <summary>The last list of exactly <paramref name="size"/> states written out in the eight sentences before this one, or null.</summary>
    private List<Mention>? ListOfSizeBefore(int size)
    {
        for (var i = _lists.Count - 1; i >= 0; i--)
        {
            var (sentence, _, earlier) = _lists[i];
            if (sentence >= _sentence || sentence < _sentence - 8) continue;
            if (earlier.Count == size) return earlier;
        }
        return null;
    }

    private static readonly string[] CallVerbs = { "call", "calls", "called", "calling", "dub", "dubbed", "dubbing" };

    /// <summary>
    /// 'Foreign media have already begun to call the five countries the "Zentral Five"': the states named before, as many as
    /// counted, are the members of the group so called.
    /// </summary>
    private void CallTheCountriesAName()
    {
        for (var k = 0; k + 5 < _v.Count; k++)
        {
            if (!(IsAny(k, CallVerbs) && Is(k + 1, "the") && IsNumberOrWord(k + 2) && IsAny(k + 3, "countries", "states", "nations") && Is(k + 4, "the"))) continue;
            var at = k + 5;
            if (at < _v.Count && T(at).Kind == TokenKind.QuoteMark) at++;
            if (M(at) is not { Type: MentionType.Organization } named || named.Entity < 0 || _er.Orgs[named.Entity].IsInstitution) return;
            if (NumberWords.TryParse(W(k + 2), out var n) && ListOfSizeBefore(n) is { } earlier) Hit(named.Entity, RelationKind.Member, earlier);
            return;
        }
    }


    /// <summary>
    /// "Pakistan today joined the U.S.A., the U.K., France, ... in signing the South-East Asia Collective Defence Treaty,
    /// which ... sets up a South-East Asia Treaty Organisation", "Nigeria joined 10 other countries in signing the
    /// convention establishing the Pan-African Agency of the Great Green Wall": the signatories of the text that sets up
    /// an organisation are its members.
    /// </summary>
    private void JoinedOthersInSigning()
    {
        for (var k = 3; k + 2 < _v.Count; k++)
        {
            if (!(Is(k, "signing") && Is(k - 1, "in"))) continue;
            // "joined A, B and C in signing", "joined 10 other countries in signing": the verb before.
            var j = k - 2;
            while (j > 0 && j >= k - 40 && !IsAny(j, "joined", "joins", "join") && !IsAny(j, ";", ".")) j--;
            if (!IsAny(j, "joined", "joins", "join")) return;
            var othersEnd = -1;
            var others = CountryAt(j + 1) is not null || Is(j + 1, "the") && CountryAt(j + 2) is not null ? ReadList(j + 1, out othersEnd) : null;
            if (others is not null && othersEnd != k - 2) others = null;
            var subject = Subject(j, out var negated, out _);
            // "Nigeria on Thursday in N'Djamena joined ...": the state opening the sentence, over where and when.
            if (subject.Count == 0 && !negated && OpenerList() is { Count: > 0 } opener) subject = opener;
            if (negated || subject.Count == 0) return;
            // The organisation: the one signed, or the one the text signed establishes or sets up.
            var org = NamedOrganizationAt(k + 1, out _);
            if (org >= 0 && _er.Orgs[org].IsInstitution) org = -1;
            for (var q = k + 1; org < 0 && q + 1 < _v.Count && q <= k + 40 && !IsAny(q, ";", "."); q++) org = BodySetUpBy(q);
            // "... in signing the South-East Asia Collective Defence Treaty, which ... sets up a council": a treaty whose body
            // the sentence does not name sets up the one the article is about.
            if (org < 0 && _main >= 0 && !_er.Orgs[_main].IsInstitution && Is(k + 1, "the"))
            {
                for (var q = k + 2; q < _v.Count && q <= k + 8 && T(q).IsWord && T(q).IsCapitalized; q++)
                {
                    if (W(q) is "Treaty" or "Pact" or "Charter") { org = _main; break; }
                }
            }
            if (org < 0) return;
            Hit(org, RelationKind.Member, subject);
            if (others is not null) Hit(org, RelationKind.Member, others);
            return;
        }
    }

    /// <summary>
    /// The states of "while Iceland and Norway remain outside it and ...": the list opening the clause whose second
    /// predicate starts after the "and" at <paramref name="and"/> (within twelve words, no other list between).
    /// </summary>
    private List<Mention>? CoordinatedPredicateSubject(int and)
    {
        for (var b = and - 1; b >= 0 && b >= and - 12; b--)
        {
            if (!(b == 0 || IsAny(b - 1, ",", ";", "while", "whereas", "but"))) continue;
            if (CountryAt(b) is null && !(Is(b, "the") && CountryAt(b + 1) is not null)) continue;
            var list = ReadList(b, out var end);
            // ("The other two ZAN members, Singapore and Brunei, import ... and": a list in apposition, too.)
            var predicate = Is(end + 1, ",") && b >= 2 && Is(b - 1, ",") ? end + 2 : end + 1;
            if (list.Count == 0 || !(T(predicate).IsWord && !T(predicate).IsCapitalized)) return null;
            for (var k = predicate; k < and; k++) if (CountryAt(k) is not null || IsAny(k, ",", ";")) return null;
            return list;
        }
        return null;
    }

    /// <summary>
    /// "Saudi Arabia, Kuwait, the UAE and Qatar are four of the six members of the Gulf Cooperation Council; the other two,
    /// Bahrain and Oman, are outside OPEC": the rest of the count, named after "the other", are members too.
    /// </summary>
    private void TheOtherNOfTheCounted()
    {
        for (var k = 1; k + 6 < _v.Count; k++)
        {
            // "N of the M members of X"
            if (!(Is(k, "of") && Is(k + 1, "the") && IsNumberOrWord(k - 1) && IsNumberOrWord(k + 2) && IsAny(k + 3, "members", "states", "countries"))) continue;
            if (!NumberWords.TryParse(W(k - 1), out var part) || !NumberWords.TryParse(W(k + 2), out var whole) || part >= whole) return;
            var org = Is(k + 4, "of") && M(k + 5) is { Type: MentionType.Organization } om && om.Entity >= 0 ? om.Entity
                : Is(k + 4, "of") && Is(k + 5, "the") && M(k + 6) is { Type: MentionType.Organization } om2 && om2.Entity >= 0 ? om2.Entity : -1;
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            for (var o = k + 5; o + 4 < _v.Count; o++)
            {
                if (!(Is(o, "the") && IsAny(o + 1, "other", "remaining") && IsNumberOrWord(o + 2) && Is(o + 3, ","))) continue;
                if (!NumberWords.TryParse(W(o + 2), out var rest) || rest != whole - part) return;
                var named = ReadList(o + 4, out _);
                if (named.Count == rest) Hit(org, RelationKind.Member, named);
                return;
            }
            return;
        }
    }

    private static readonly string[] ClubNouns = { "club", "group", "grouping", "bloc", "forum", "alliance", "association" };

    /// <summary>
    /// "BRICS began as a club of four large economies, Brazil, Russia, India and China, whose leaders first met in 2009": the
    /// states it began with, as many as counted, are members; "the G7, the club of seven industrialised democracies in which
    /// Germany, Japan and Italy sit alongside the United States, Britain, France and Canada": those of the club.
    /// </summary>
    private void BeganAsAClubOf()
    {
        for (var k = 1; k + 6 < _v.Count; k++)
        {
            // "X began as a club of four ..., A, B, C and D"
            if (IsAny(k, "began", "started") && Is(k + 1, "as") && IsAny(k + 2, "a", "an") && IsAny(k + 3, ClubNouns) && Is(k + 4, "of") && IsNumberOrWord(k + 5)
                && NumberWords.TryParse(W(k + 5), out var counted) && counted > 1)
            {
                var comma = k + 6;
                while (comma < _v.Count && comma <= k + 10 && !Is(comma, ",") && T(comma).IsWord && CountryAt(comma) is null) comma++;
                if (!Is(comma, ",") || ReadList(comma + 1, out _) is not { } founders || founders.Count != counted) return;
                var org = SentenceSubjectOrganization();
                if (org < 0 || _er.Orgs[org].IsInstitution) return;
                Hit(org, RelationKind.Member, founders);
                return;
            }
            // "BRICS grew out of a 2009 summit of Brazil, Russia, India and China in Yekaterinburg": the states of the meeting
            // it grew out of.
            if (Is(k, "grew") && Is(k + 1, "out") && Is(k + 2, "of") && IsAny(k + 3, "a", "an", "the"))
            {
                var noun = k + 4;
                if (T(noun).Kind == TokenKind.Number) noun++;
                if (!IsAny(noun, "summit", "meeting", "gathering", "grouping", "forum", "dialogue") || !Is(noun + 1, "of")) return;
                if (ReadList(noun + 2, out _) is not { Count: > 1 } origin) return;
                var org = M(k - 1) is { Type: MentionType.Organization, Entity: >= 0 } grown && k - 1 >= 0 ? grown.Entity : SentenceSubjectOrganization();
                if (org < 0 || _er.Orgs[org].IsInstitution) return;
                Hit(org, RelationKind.Member, origin);
                return;
            }
            // "X, the club of seven ... in which A, B and C sit alongside D, E, F and G"
            if (Is(k, "in") && Is(k + 1, "which") && CountryAt(k + 2) is not null && ReadList(k + 2, out var sittersEnd) is { Count: > 0 } sitters
                && IsAny(sittersEnd + 1, "sit", "sits", "sat") && Is(sittersEnd + 2, "alongside") && ReadList(sittersEnd + 3, out _) is { Count: > 0 } alongside)
            {
                for (var b = k - 1; b >= 2 && b >= k - 10; b--)
                {
                    if (!(Is(b, "the") && IsAny(b + 1, ClubNouns) && Is(b - 1, ","))) continue;
                    var club = NamedBeforeComma(b - 1, capitalizedOnly: false);
                    if (club < 0 || _er.Orgs[club].IsInstitution) return;
                    Hit(club, RelationKind.Member, sitters);
                    Hit(club, RelationKind.Member, alongside);
                    return;
                }
                return;
            }
        }
    }

    /// <summary>
    /// "OPEC+ brings together the 12 members of OPEC and ten other producing countries, among them Russia, Kazakhstan and Oman":
    /// the other ones named are outside the body whose members they are set beside.
    /// </summary>
    private void MembersOfOneAndOthers()
    {
        for (var k = 2; k + 6 < _v.Count; k++)
        {
            if (!(Is(k, "members") && Is(k + 1, "of"))) continue;
            var body = NamedOrganizationAt(k + 2, out var bodyEnd);
            if (body < 0 || _er.Orgs[body].IsInstitution) return;
            var a = AfterAcronym(bodyEnd);
            if (!Is(a, "and")) return;
            var o = a + 1;
            if (IsNumberOrWord(o)) o++;
            if (!Is(o, "other")) return;
            var noun = o + 1;
            while (noun < _v.Count && noun <= o + 3 && T(noun).IsWord && !IsAny(noun, "countries", "states", "producers", "nations", "economies")) noun++;
            if (!IsAny(noun, "countries", "states", "producers", "nations", "economies") || !Is(noun + 1, ",")) return;
            // (Only others of the body's own kind, "ten other producing countries", "other producers": "the 27 members of the EU
            // and 20 other countries" are the forum's guests, not told outside the EU.)
            if (noun == o + 1 && !IsAny(noun, "producers")) return;
            var at = Is(noun + 2, "among") && Is(noun + 3, "them") ? noun + 4 : IsAny(noun + 2, "including", "notably") ? noun + 3 : -1;
            if (at < 0 || ReadList(at, out _) is not { Count: > 0 } others) return;
            Hit(body, RelationKind.NonMember, others);
            return;
        }
    }

    private static readonly string[] GroupingVerbs = { "groups", "unites", "comprises", "includes", "counts", "gathers" };

    /// <summary>
    /// "The SRFC, based in Dakar, brings together seven states from Mauritania to Sierra Leone, among them Senegal and Guinea":
    /// the ends of the range and the states named among them are members; the number is the count (as "with 10 members
    /// stretching from Chad to Angola, among them Cameroon and Gabon" in MemberCue).
    /// </summary>
    private void GroupsStatesFromTo()
    {
        for (var k = 1; k + 6 < _v.Count; k++)
        {
            var counted = IsAny(k, GroupingVerbs) ? k + 1 : Is(k, "together") && IsAny(k - 1, "brings", "brought", "bring") ? k + 1 : -1;
            if (counted < 0 || !IsNumberOrWord(counted) || !NumberWords.TryParse(W(counted), out var n) || n < 2) continue;
            var noun = counted + 1;
            while (noun < _v.Count && noun <= counted + 3 && T(noun).IsWord && !IsAny(noun, "states", "countries", "nations", "members")) noun++;
            if (!IsAny(noun, "states", "countries", "nations", "members") || !Is(noun + 1, "from") || CountryAt(noun + 2) is not { } from) return;
            var to = noun + 3;
            while (to < _v.Count && M(to) == M(noun + 2)) to++;
            if (!Is(to, "to") || CountryAt(to + 1) is not { } until) return;
            // The subject: the sentence's, else the last body named before the verb ("To the north, the SRFC, based in Dakar,
            // brings together ...").
            var org = SentenceSubjectOrganization();
            for (var b = k - 1; org < 0 && b >= 0; b--)
            {
                if (IsAny(b, ";", ":")) break;
                if (M(b) is { Type: MentionType.Organization, Entity: >= 0 } named0 && T(b).IsCapitalized) org = named0.Entity;
            }
            if (org < 0) return;
            var named = new List<Mention> { from, until };
            var after = to + 2;
            while (after < _v.Count && M(after) == M(to + 1)) after++;
            // (Only with the states named among them: "35 member states from Canada to Chile" alone gives a range, not members.)
            if (!(Is(after, ",") && Is(after + 1, "among") && Is(after + 2, "them") && ReadList(after + 3, out _) is { Count: > 0 } among)) return;
            named.AddRange(among);
            Hit(org, RelationKind.Member, named);
            Count(org, RelationKind.Member, n, counted);
            return;
        }
    }

    private static readonly string[] InvertedSubjectNouns = { "countries", "states", "nations", "governments", "members", "signatories", "founders" };
    private static readonly string[] FoundingParticiples = { "establishing", "creating", "founding", "setting", "launching" };

    /// <summary>
    /// "The six governments that founded the office are Albania, ...", "Among the countries that have signed the agreement
    /// establishing the centre are Bangladesh, India, ...": a description of states by what they did, then the states. What
    /// they did says the relation: founding a body, signing the text that sets it up, joining it or being its members
    /// (members); applying to join it (joining).
    /// </summary>
    private void InvertedDescribedStates()
    {
        var at = Is(0, "among") ? 1 : 0;
        if (!Is(at, "the")) return;
        var noun = at + 1;
        if (IsNumberOrWord(noun)) noun++;
        if (!IsAny(noun, InvertedSubjectNouns) || !IsAny(noun + 1, "that", "which", "who")) return;
        // The copula that ends the clause, then the states up to the sentence's end.
        var copula = -1;
        for (var k = noun + 2; k < _v.Count && k <= noun + 25; k++)
        {
            if (IsAny(k, ";", ":", ".")) return;
            if (IsAny(k, "are", "were", "include", "included") && k > noun + 2 && (CountryAt(k + 1) is not null || Is(k + 1, "the") && CountryAt(k + 2) is not null)) { copula = k; break; }
        }
        if (copula < 0) return;
        var states = ReadList(copula + 1, out var end);
        if (states.Count < 2 || !(end + 1 >= _v.Count || IsAny(end + 1, ".", ";", ",") && (end + 2 >= _v.Count || !T(end + 2).IsWord || !IsAny(end + 2, "which", "who")))) return;
        if (IsNumberOrWord(at + 1) && at == 0 && NumberWords.TryParse(W(at + 1), out var counted) && counted != states.Count) return;
        // What the clause says they did, and of which body.
        var kind = (RelationKind?)null;
        var org = -1;
        for (var k = noun + 2; k < copula && org < 0; k++)
        {
            if (IsAny(k, "not", "n't", "never")) return;
            if (kind is null && (IsAny(k, FoundingVerbs) && (!Is(k, "set") || Is(k + 1, "up")) || IsAny(k, FoundingParticiples) || IsAny(k, "signed", "ratified", "joined") || Is(k, "members") && Is(k + 1, "of")
                || IsAny(k, "belong", "belonged") && Is(k + 1, "to"))) kind = RelationKind.Member;
            if (IsAny(k, "applied", "apply", "asked", "seeking", "sought") && kind is null) kind = RelationKind.Joining;
            if (M(k) is { Type: MentionType.Organization } om && om.Entity >= 0 && kind is not null)
            {
                // (A text named by its body's name, "the Zentral Treaty", is no body; the body it sets up is.)
                if (T(k).IsWord && !T(k).IsCapitalized && OrganizationWords.IsGenericNoun(W(k))) org = Generic(W(k));
                else org = om.Entity;
            }
            // "the office" for the one body named before whose name ends with it ("the Regional Youth Cooperation Office").
            else if (kind is not null && Is(k - 1, "the") && M(k) is null or { Type: MentionType.Body } && T(k).IsWord && !T(k).IsCapitalized && W(k).Length >= 5 && NameHeadedBy(W(k)) is var headed && headed >= 0) org = headed;
        }
        if (org < 0 || kind is null || _er.Orgs[org].IsInstitution && !HasMembersSoFar(org) && kind != RelationKind.Member) return;
        Hit(org, kind.Value, states);
    }

    /// <summary>The organisation, the whole and the part of the last "N of the M member states of X, namely ..." (sentence, org, rest).</summary>
    private (int Sentence, int Org, int Others) _countedPart = (-1, -1, 0);

    /// <summary>
    /// "Seven of the ten member states of ASEAN, namely A, B, ..., also belong to APEC. The other three, C, D and E, are not
    /// members of the forum": the states named of a counted part are the body's members, and so are the rest named after
    /// "the other" in the next sentence.
    /// </summary>
    private void CountedPartNamely()
    {
        if (_countedPart.Sentence == _sentence - 1 && _countedPart.Sentence >= 0 && Is(0, "the") && IsAny(1, "other", "remaining") && IsNumberOrWord(2) && Is(3, ",")
            && NumberWords.TryParse(W(2), out var restCount) && restCount == _countedPart.Others && ReadList(4, out var restEnd) is { } rest && rest.Count == restCount && Is(restEnd + 1, ","))
        {
            Hit(_countedPart.Org, RelationKind.Member, rest);
        }
        for (var k = 1; k + 6 < _v.Count; k++)
        {
            if (!(Is(k, "of") && Is(k + 1, "the") && IsNumberOrWord(k - 1) && IsNumberOrWord(k + 2))) continue;
            var noun = k + 3;
            if (Is(noun, "member") && IsAny(noun + 1, "states", "countries", "nations")) noun++;
            else if (!IsAny(noun, "members")) continue;
            if (!Is(noun + 1, "of") || !NumberWords.TryParse(W(k - 1), out var part) || !NumberWords.TryParse(W(k + 2), out var whole) || part >= whole || part < 2) return;
            var org = NamedOrganizationAt(noun + 2, out var orgEnd);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            var comma = AfterAcronym(orgEnd);
            if (!Is(comma, ",") || !Is(comma + 1, "namely") || ReadList(comma + 2, out _) is not { } named || named.Count != part) return;
            Hit(org, RelationKind.Member, named);
            _countedPart = (_sentence, org, whole - part);
            return;
        }
    }

    /// <summary>
    /// "France, Spain, Ireland, ... were the 11 EU states that voted in favour": members of the organisation named, when
    /// the list is as long as the count.
    /// </summary>
    private void WereTheCountedStates()
    {
        if (!HasPair("were", "the") && !HasPair("are", "the")) return;
        var first = Is(0, "the") ? 1 : 0;
        if (CountryAt(first) is null || ReadList(first, out var end) is not { Count: > 1 } states) return;
        var q = end + 1;
        if (!IsAny(q, "were", "are") || !Is(q + 1, "the") || !IsNumberOrWord(q + 2) || !NumberWords.TryParse(W(q + 2), out var n) || n != states.Count) return;
        if (M(q + 3) is not { Type: MentionType.Organization } om || om.Entity < 0 || _er.Orgs[om.Entity].IsInstitution) return;
        var noun = q + 3;
        while (noun + 1 < _v.Count && M(noun + 1) == om) noun++;
        noun++;
        if (Is(noun, "member") && IsAny(noun + 1, "states", "countries", "nations")) noun++;
        if (!IsAny(noun, "states", "countries", "nations", "members", "member-states")) return;
        Hit(OwnerOf(om.Entity), RelationKind.Member, states);
    }

    /// <summary>
    /// "the leaders of the 16 Commonwealth members that have the Queen as their head of state, among them Britain, Canada,
    /// Australia and New Zealand, agreed ...": some of an organisation's members, named.
    /// </summary>
    private void CountedMembersAmongThem()
    {
        for (var k = 4; k + 2 < _v.Count; k++)
        {
            if (!Is(k, "among") || !Is(k + 1, "them") || !Is(k - 1, ",") || CountryAt(k + 2) is null) continue;
            var named = ReadList(k + 2, out var end);
            if (named.Count == 0 || !(end + 1 >= _v.Count || IsAny(end + 1, ",", ".", ";"))) return;
            for (var b = k - 2; b >= 1 && b >= k - 16; b--)
            {
                if (IsAny(b, ";", ".", ":") || T(b).Kind == TokenKind.Dash) return;
                if (!IsAny(b, "members", "states", "countries", "nations")) continue;
                var o = b - 1;
                if (Is(b, "states") && Is(o, "member")) o--;
                if (M(o) is not { Type: MentionType.Organization } om || om.Entity < 0 || _er.Orgs[om.Entity].IsInstitution
                    || T(o).IsWord && !T(o).IsCapitalized && OrganizationWords.IsGenericNoun(W(o))) return;
                var start = o;
                while (start > 0 && M(start - 1) == om) start--;
                if (!IsNumberOrWord(start - 1) || !IsAny(start - 2, "the", "its", "all")) return;
                Hit(OwnerOf(om.Entity), RelationKind.Member, named);
                return;
            }
            return;
        }
    }

    /// <summary>
    /// "China is not a member of Asean but one of its 10 dialogue partners, along with the United States, Japan, ...": the
    /// state the sentence opens with and those along with it.
    /// </summary>
    private void OneOfItsPartnersAlongWith()
    {
        for (var k = 2; k + 5 < _v.Count; k++)
        {
            if (!Is(k, "one") || !Is(k + 1, "of") || !IsAny(k + 2, "its", "their")) continue;
            var q = k + 3;
            if (IsNumberOrWord(q)) q++;
            RelationKind kind;
            if (Is(q, "dialogue") && Is(q + 1, "partners")) { kind = RelationKind.DialoguePartner; q += 2; }
            else if (IsAny(q, "observers")) { kind = RelationKind.Observer; q++; }
            else if (IsAny(q, "observer") && IsAny(q + 1, "states", "countries")) { kind = RelationKind.Observer; q += 2; }
            else return;
            var org = LatestOrgInSentence(k);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            if (OpenerList(overApposition: true) is not { Count: 1 } opener) return;
            // Only when the opener's clause reaches "one of its": "China is (not a member of X but) one of its ...".
            // (Not "Ruritania is not a member of the commission, and Myanmar is one of its two dialogue partners": another subject.)
            for (var b = 1; b < k; b++) if (IsAny(b, ";", "said", "says", "which", "who") || T(b).Kind == TokenKind.Dash || Is(b, ",") && Is(b + 1, "and") && CountryAt(b + 2) is not null) return;
            Hit(org, kind, opener);
            if (Is(q, ",")) q++;
            if (AlongWith(q) is var with && with > 0 && ReadList(with, out _) is { Count: > 0 } others) Hit(org, kind, others);
            return;
        }
    }

    /// <summary>
    /// "Rwanda, the newest member, attended ...", "Ireland, the only member state to put the treaty to a referendum,
    /// approved it": an apposition that calls the state a member, of the organisation the text is about.
    /// </summary>
    private void StateTheNewestMember()
    {
        if (CountryAt(0) is null || !HasPair(",", "the") || ReadList(0, out var end) is not { Count: 1 } state || !Is(end + 1, ",") || !Is(end + 2, "the")) return;
        var q = end + 3;
        // ("Haiti, the bloc's largest member by population,": a bloc's noun and its possessive before the superlative.)
        var owner = -1;
        if (T(q).IsWord && !T(q).IsCapitalized && OrganizationWords.IsGenericNoun(W(q)) && T(q + 1).Kind == TokenKind.Possessive) { owner = Generic(W(q)); q += 2; }
        if (!IsAny(q, Superlatives)) return;
        q++;
        if (!Is(q, "member")) return;
        if (IsAny(q + 1, "state", "country", "nation")) q++;
        // ("the largest member by population,": over the measure.)
        if (Is(q + 1, "by") && T(q + 2).IsWord && !T(q + 2).IsCapitalized && Is(q + 3, ",")) q += 2;
        if (!(IsAny(q + 1, ",", "to", "that", "which", "whose", "since") || Is(q + 1, "in") && !(M(q + 2) is { Type: MentionType.Organization }))) return;
        // Of the organisation the article is about, not the one the sentence before happened to name.
        var org = owner >= 0 ? owner : _main >= 0 ? _main : OrgFor(end + 3);
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        Hit(org, RelationKind.Member, state);
    }

    /// <summary>
    /// "The Cook Islands and Niue belong to the WHO without being members of the UN": outside the second organisation.
    /// "Liechtenstein is the only UN member that has never joined the WHO": outside the organisation never joined.
    /// </summary>
    private void WithoutBeingMembers()
    {
        if (!HasPair("without", "being") && !HasPair("never", "joined")) return;
        var opener = OpenerList(overApposition: true);
        if (opener is null) return;
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            if (Is(k, "without") && Is(k + 1, "being"))
            {
                var q = k + 2;
                if (IsAny(q, "a", "an")) q++;
                if (!IsAny(q, "member", "members") || !Is(q + 1, "of") || NamedOrganizationAt(q + 2, out _) is var outOf && outOf < 0) continue;
                Hit(OwnerOf(outOf), RelationKind.NonMember, opener);
                return;
            }
            if (Is(k, "never") && Is(k + 1, "joined") && IsAny(k - 1, "has", "have") && IsAny(k - 2, "that", "which", "to")
                && NamedOrganizationAt(k + 2, out _) is var never && never >= 0 && !_er.Orgs[never].IsInstitution)
            {
                // The state is the one the description ("the only UN member") stands for.
                var first = Is(0, "the") ? 1 : 0;
                ReadList(first, out var end);
                if (!IsAny(end + 1, "is", "was", "remains") || !Is(end + 2, "the")) return;
                Hit(never, RelationKind.NonMember, opener);
                return;
            }
        }
    }

    /// <summary>"Norway's voters rejected EU membership in 1972": outside the organisation.</summary>
    private void RejectedMembership(int p)
    {
        var v = p - 1;
        var org = -1;
        if (M(v) is { Type: MentionType.Organization } om && om.Entity >= 0)
        {
            org = Ent(v);
            while (v > 0 && M(v - 1) == om) v--;
            v--;
        }
        if (!IsAny(v, "rejected", "refused")) return;
        if (!IsAny(v - 1, "voters", "electorate", "people", "citizens") || T(v - 2).Kind != TokenKind.Possessive || CountryAt(v - 3) is not { } state) return;
        if (org < 0) org = OrgFor(p);
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        Hit(org, RelationKind.NonMember, new[] { state });
    }

    /// <summary>
    /// "Iceland's parliament, the Althing, voted on Thursday to apply for membership": the state whose parliament or
    /// government decided, for a verb at view position <paramref name="verb"/> that follows "voted/decided ... to".
    /// </summary>
    private Mention? InstitutionDecided(int verb)
    {
        if (!Is(verb - 1, "to")) return null;
        var d = verb - 2;
        while (d > 3 && (TimeWords.IsWeekday(W(d)) || IsAny(d, "on", "yesterday", "today", "unanimously", "overwhelmingly", "narrowly", "formally"))) d--;
        if (!IsAny(d, "voted", "decided", "agreed", "resolved")) return null;
        if (CountryAt(0) is not { } state || T(1).Kind != TokenKind.Possessive || !IsAny(2, "parliament", "government", "cabinet", "legislature", "lawmakers", "senate", "congress", "assembly")) return null;
        var s = 3;
        if (Is(s, ","))
        {
            s++;
            while (s < d && !Is(s, ",")) s++;
            if (!Is(s, ",") || s > 9) return null;
            s++;
        }
        return s == d ? state : null;
    }

    /// <summary>
    /// "Bolivia, Venezuela, Ecuador and Nicaragua, which belong with Cuba to the Bolivarian Alliance": members, and the state
    /// they belong with.
    /// </summary>
    private bool BelongWith(int p)
    {
        // "The kingdom belongs, with Botswana, Namibia, Swaziland and South Africa, to the Southern African Customs Union".
        var w = Is(p + 1, ",") ? p + 2 : p + 1;
        // ("with the Ivory Coast, Dahomey and Togo": a list that opens with "the".)
        if (!Is(w, "with") || CountryAt(w + 1) is null && !(Is(w + 1, "the") && CountryAt(w + 2) is not null) || ReadList(w + 1, out var end) is not { Count: > 0 } with) return false;
        if (w == p + 2 && Is(end + 1, ",")) end++;
        // "belong with Australia, New Zealand and the island governments to the ZTO": over others named without a state.
        if (Is(end + 1, "and") && !Is(end + 1, "to"))
        {
            var k = end + 2;
            while (k <= end + 7 && T(k).IsWord && !Is(k, "to") && CountryAt(k) is null && M(k) is null) k++;
            if (Is(k, "to") && k > end + 2) end = k - 1;
        }
        if (!Is(end + 1, "to")) return false;
        // "to the leftist Bolivarian Alliance for the Americas": over the adjectives before the name.
        var q = end + 2;
        if (Is(q, "the")) q++;
        while (q <= end + 5 && T(q).IsWord && !T(q).IsCapitalized && M(q) is null) q++;
        var org = NamedOrganizationAt(q, out _);
        if (org < 0 && !(JoinsAnOrganization(end + 1, out org) && org >= 0)) return false;
        var subject = Subject(p, out var negated, out _);
        if (negated || subject.Count == 0) return false;
        Hit(org, RelationKind.Member, subject);
        Hit(org, RelationKind.Member, with);
        return true;
    }

    /// <summary>
    /// "The other members of the eight-nation alliance are Dominica, Antigua and Barbuda and St. Vincent and the
    /// Grenadines": members of the organisation of that size.
    /// </summary>
    private void MembersOfTheSizedNounAre()
    {
        var q = Is(0, "the") ? 1 : 0;
        if (IsAny(q, "other", "remaining")) q++;
        if (!Is(q, "members") || !Is(q + 1, "of") || !Is(q + 2, "the") || !IsSizeWord(q + 3) || !T(q + 4).IsWord || !OrganizationWords.IsGenericNoun(W(q + 4))) return;
        if (!IsAny(q + 5, "are", "were", "include") || ReadList(q + 6, out var end) is not { Count: > 0 } members || !(end + 1 >= _v.Count || IsAny(end + 1, ".", ";"))) return;
        var org = SizedOrganization(q + 3);
        if (org < 0) org = Generic(W(q + 4));
        if (org >= 0 && !_er.Orgs[org].IsInstitution) Hit(org, RelationKind.Member, members);
    }

    /// <summary>
    /// "BIMSTEC, which links five SAARC members, Bangladesh, Bhutan, India, Nepal and Sri Lanka, with Myanmar and Thailand":
    /// both sides of the link are members of the organisation that makes it.
    /// </summary>
    private void LinksWith(int p)
    {
        int org;
        if (Is(p - 1, "which") && Is(p - 2, ","))
        {
            org = NamedBeforeComma(p - 2, capitalizedOnly: true);
            if (org < 0) org = NamedBefore(p - 2);
        }
        // "and the Central American Common Market links Guatemala, ...": the body right before the verb.
        else if (M(p - 1) is { Type: MentionType.Organization } linker && linker.Entity >= 0 && !(T(p - 1).IsWord && !T(p - 1).IsCapitalized)) org = Ent(p - 1);
        else org = NamedBefore(p);
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        var q = p + 1;
        // Over a description of the first side: "five SAARC members,".
        if (IsNumberOrWord(q))
        {
            var k = q + 1;
            while (k < _v.Count && k <= q + 4 && !IsAny(k, "members", "states", "countries", "nations")) k++;
            if (!IsAny(k, "members", "states", "countries", "nations") || !Is(k + 1, ",")) return;
            q = k + 2;
        }
        if (ReadList(q, out var end) is not { Count: > 0 } one) return;
        var w = end + 1;
        // "the Central American Common Market links Guatemala, El Salvador, Honduras, Nicaragua and Costa Rica.": the states
        // a body links, named right after it, closing the sentence.
        if (Is(p, "links") && M(p - 1) is { Type: MentionType.Organization } && one.Count >= 2 && (w >= _v.Count || IsAny(w, ".", ";")))
        {
            Hit(org, RelationKind.Member, one);
            return;
        }
        if (Is(w, ",")) w++;
        if (!Is(w, "with") && !(Is(w, "to") && IsAny(p, "connects", "connecting")) || ReadList(w + 1, out _) is not { Count: > 0 } other) return;
        Hit(org, RelationKind.Member, one);
        Hit(org, RelationKind.Member, other);
    }

    /// <summary>
    /// "Costa Rica is the first member of the Central American Integration System (SICA) to join the OECD": a member of
    /// the organisation the description names.
    /// </summary>
    private void FirstMemberOfToJoin()
    {
        if (!HasPair("member", "of") && !HasPair("members", "of")) return;
        var first = Is(0, "the") ? 1 : 0;
        if (CountryAt(first) is null || ReadList(first, out var end) is not { Count: 1 } state) return;
        var q = end + 1;
        if (!IsAny(q, "is", "was", "became", "becomes") || !Is(q + 1, "the")) return;
        q += 2;
        if (!IsAny(q, "first", "second", "third", "only", "last", "latest")) return;
        if (!IsAny(q + 1, "member", "members") || !Is(q + 2, "of") || NamedOrganizationAt(q + 3, out var after) is var org && org < 0) return;
        after = AfterAcronym(after);
        if (!Is(after, "to") || _er.Orgs[org].IsInstitution) return;
        Hit(OwnerOf(org), RelationKind.Member, state);
    }

    /// <summary>
    /// "the military governments of two other members, Sierra Leone and the Gambia": members in apposition to a count of
    /// them, as many as counted.
    /// </summary>
    private void CountedOtherMembersNamed()
    {
        for (var k = 1; k + 4 < _v.Count; k++)
        {
            if (!IsNumberOrWord(k) || !Is(k + 1, "other") || !IsAny(k + 2, "members", "member-states") || !Is(k + 3, ",")) continue;
            if (!NumberWords.TryParse(W(k), out var n) || ReadList(k + 4, out var end) is not { Count: > 0 } named || named.Count != n) continue;
            if (!(end + 1 >= _v.Count || IsAny(end + 1, ",", ".", ";"))) continue;
            var org = OrgFor(k + 2);
            if (org >= 0 && !_er.Orgs[org].IsInstitution) Hit(org, RelationKind.Member, named);
            return;
        }
    }

    /// <summary>
    /// "the Commonwealth grew to 53 members with the admission of Mozambique": the state admitted, a member of the
    /// organisation whose count the sentence gives.
    /// </summary>
    private void WithTheAdmissionOf()
    {
        for (var k = 2; k + 2 < _v.Count; k++)
        {
            if (!Is(k, "admission") || !Is(k - 1, "the") || !Is(k - 2, "with") || !Is(k + 1, "of") || ReadList(k + 2, out _) is not { Count: > 0 } admitted) continue;
            var org = MemberCountOrgHere();
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            for (var b = 0; b < k; b++) if (IsAny(b, "will", "would", "could", "may", "might", "expected", "due", "if")) return;
            Hit(org, RelationKind.Member, admitted);
            return;
        }
    }

    /// <summary>
    /// "Timor-Leste's application to become the bloc's 11th member" (on its way in); "Kosovo's bid to join Interpol was
    /// rejected" (outside).
    /// </summary>
    private void PossessiveApplication()
    {
        // "Moldova, whose application is being handled together with Ukraine's, is also waiting": an applicant, to the body the
        // article's accessions are to.
        for (var k = 3; k + 2 < _v.Count; k++)
        {
            if (!(IsAny(k, "application", "candidacy") && Is(k - 1, "whose") && Is(k - 2, ",") && CountryAt(k - 3) is { } applicantState && IsAny(k + 1, "is", "was", "has", "had"))) continue;
            // (Not "Belarus, whose application has been frozen since 1997": a bid that stopped.)
            var stopped = false;
            for (var q = k + 2; q < _v.Count && q <= k + 5 && !stopped; q++) stopped = IsAny(q, "frozen", "rejected", "withdrawn", "suspended", "blocked", "vetoed", "refused", "dropped", "shelved", "stalled", "not");
            if (stopped) break;
            var into = -1;
            for (var i = Relations.Count - 1; i >= 0 && into < 0; i--) if (Relations[i].Kind == RelationKind.Joining) into = Relations[i].Org;
            if (into < 0) into = _main;
            if (into >= 0 && !_er.Orgs[into].IsInstitution) Hit(into, RelationKind.Joining, new[] { applicantState });
            break;
        }
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!IsAny(k, "application", "bid", "request") || T(k - 1).Kind != TokenKind.Possessive || CountryAt(k - 2) is not { } state) continue;
            if (!Is(k + 1, "to") || !IsAny(k + 2, "join", "become", "rejoin")) continue;
            int org;
            var end = k + 3;
            if (Is(k + 2, "become"))
            {
                var q = k + 3;
                while (q < _v.Count && q <= k + 8 && !IsAny(q, "member", "members")) q++;
                if (!IsAny(q, "member", "members")) return;
                org = OrgFor(q);
                end = q;
            }
            else org = JoinsAnOrganization(k + 2, out var joined) && joined >= 0 ? joined : -1;
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            var rejected = false;
            for (var q = end; q < _v.Count && q <= end + 10; q++)
            {
                if (IsAny(q, ";", ".", "but")) break;
                if (IsAny(q, "rejected", "refused", "vetoed", "blocked", "denied", "failed", "defeated")) { rejected = true; break; }
            }
            if (rejected)
            {
                Relations.RemoveAll(r => r.Sentence == _sentence && r.Org == org && r.Kind == RelationKind.Joining && r.Country.Country == state.Country);
                Hit(org, RelationKind.NonMember, new[] { state });
            }
            else if (!RelationHere(org, RelationKind.Member, state.Country)) Hit(org, RelationKind.Joining, new[] { state });
            return;
        }
    }

    /// <summary>
    /// "Russia, Vietnam and Peru sat down yesterday for their first leaders' meeting as full members of the Asia-Pacific
    /// Economic Co-operation forum": members, the states the sentence opens with.
    /// </summary>
    private void AsFullMembersOf()
    {
        for (var k = 3; k + 3 < _v.Count; k++)
        {
            if (!Is(k, "as")) continue;
            var q = k + 1;
            if (IsAny(q, "full", "new", "founding")) q++;
            if (!IsAny(q, "members") || !Is(q + 1, "of")) continue;
            var org = NamedOrganizationAt(q + 2, out _);
            if (org < 0 || _er.Orgs[org].IsInstitution || OpenerList() is not { Count: > 0 } opener) return;
            for (var b = 1; b < k; b++) if (IsAny(b, OpenerClauseBreaks) || T(b).Kind == TokenKind.Dash) return;
            Hit(OwnerOf(org), RelationKind.Member, opener);
            return;
        }
    }

    private static readonly string[] FoundingVerbs = { "founded", "created", "formed", "established", "launched", "set", "co-founded" };

    /// <summary>
    /// "Libya is also a founder of the Arab Maghreb Union (AMU), which it set up in Marrakesh in 1989 with Algeria,
    /// Mauritania, Morocco and Tunisia": the states a relative clause says the organisation was founded with are members,
    /// and so is the state "it" stands for when the sentence opens with one.
    /// </summary>
    private void WhichItFoundedWith()
    {
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            if (!(Is(k, "which") && Is(k - 1, ","))) continue;
            var before = Is(k - 2, ")") && Is(k - 4, "(") ? k - 5 : k - 2;
            if (M(before) is not { Type: MentionType.Organization } om || om.Entity < 0 || _er.Orgs[om.Entity].IsInstitution) continue;
            var v = k + 1;
            List<Mention>? founders = null;
            if (IsAny(v, "it", "they")) v++;
            else if (CountryAt(v) is not null || Is(v, "the") && CountryAt(v + 1) is not null) { founders = ReadList(v, out var fEnd); v = fEnd + 1; }
            else continue;
            // "the European Union, which the UK and the Republic joined together in 1973": the states that joined it.
            if (founders is { Count: > 0 } && IsAny(v, "joined", "entered"))
            {
                Hit(om.Entity, RelationKind.Member, founders);
                return;
            }
            if (!IsAny(v, FoundingVerbs) || Is(v, "set") && !Is(v + 1, "up")) continue;
            var with = v + 1;
            while (with < _v.Count && with <= v + 10 && !Is(with, "with") && !IsAny(with, ",", ";", ".", "and", "by")) with++;
            // ("... with Mauritania, Mali and Niger to coordinate security": a purpose after the list.)
            if (!Is(with, "with") || ReadList(with + 1, out var end) is not { Count: > 0 } others || !(end + 1 >= _v.Count || IsAny(end + 1, ",", ".", ";", "and", "in") || Is(end + 1, "to") && T(end + 2).IsWord && !T(end + 2).IsCapitalized)) continue;
            Hit(om.Entity, RelationKind.Member, others);
            if (founders is null && Is(k + 1, "it") && OpenerList() is { Count: 1 } opener) founders = opener;
            if (founders is { Count: > 0 }) Hit(om.Entity, RelationKind.Member, founders);
            return;
        }
    }

    private static readonly string[] HasVerbs = { "has", "have", "had", "counts", "count", "counted" };

    /// <summary>
    /// "Mercosur, the customs union of A, B, C and D, has Chile and Bolivia as associate members", "counts Japan as an
    /// observer": the kind of relation the noun after "as" names, for the organisation that has them.
    /// </summary>
    private void HasStatesAsAssociates()
    {
        for (var k = 2; k + 2 < _v.Count; k++)
        {
            if (!Is(k, "as") || CountryAt(k - 1) is null) continue;
            var named = ReadListBackward(k - 1, out var start, stopAtPreposition: false);
            var verb = start - 1;
            if (named.Count == 0 || !IsAny(verb, HasVerbs)) continue;
            if (AsRelationKind(k + 1) is not { } kind) return;
            // The organisation that has them: just before the verb, or opening the sentence before an apposition.
            var before = Is(verb - 1, ")") && Is(verb - 3, "(") ? verb - 4 : verb - 1;
            var org = M(before) is { Type: MentionType.Organization } om && om.Entity >= 0 ? Ent(before)
                : Is(verb - 1, ",") && NamedOrganizationAt(0, out var openerEnd) is var opener && opener >= 0 && Is(AfterAcronym(openerEnd), ",") ? opener : -1;
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            // The relation the composition reader gave the same states is replaced by the one the noun names.
            if (kind != RelationKind.Member) Relations.RemoveAll(r => r.Sentence == _sentence && r.Org == org && r.Kind == RelationKind.Member && named.Exists(n => n.Country == r.Country.Country));
            Hit(org, kind, named);
            return;
        }
    }

    /// <summary>
    /// The relation the noun after "as" names: "(as) its associate members", "an observer", "dialogue partners", "full
    /// members" (not "members of" another body).
    /// </summary>
    private RelationKind? AsRelationKind(int q)
    {
        if (IsAny(q, "its", "their", "a", "an")) q++;
        if (IsAny(q, "full", "founding")) q++;
        return IsAny(q, "associate", "associated") && IsAny(q + 1, "members", "member", "states", "countries") ? RelationKind.DialoguePartner
            : IsAny(q, "observers", "observer") ? RelationKind.Observer
            : IsAny(q, "partners", "partner") || Is(q, "dialogue") && IsAny(q + 1, "partners", "partner") ? RelationKind.DialoguePartner
            : IsAny(q, "members", "member") && !Is(q + 1, "of") ? RelationKind.Member : null;
    }

    /// <summary>
    /// "Apec now includes seven of Asean's nine members: Brunei, Indonesia, ...": members of both organisations.
    /// </summary>
    private void IncludesNOfAnothersMembers()
    {
        for (var k = 1; k + 6 < _v.Count; k++)
        {
            if (!IsAny(k, "includes", "include", "included") || !IsNumberOrWord(k + 1) || !Is(k + 2, "of")) continue;
            var q = k + 3;
            if (M(q) is not { Type: MentionType.Organization } other || other.Entity < 0) return;
            while (q + 1 < _v.Count && M(q + 1) == other) q++;
            if (T(q + 1).Kind == TokenKind.Possessive) q++;
            q++;
            if (IsNumberOrWord(q)) q++;
            if (!IsAny(q, "members", "member-states") || !Is(q + 1, ":") || ReadList(q + 2, out _) is not { Count: > 0 } named) return;
            if (!NumberWords.TryParse(W(k + 1), out var n) || n != named.Count) return;
            var org = NamedBefore(k);
            if (org < 0 || org == other.Entity || _er.Orgs[org].IsInstitution) return;
            Hit(org, RelationKind.Member, named);
            Hit(OwnerOf(other.Entity), RelationKind.Member, named);
            return;
        }
    }

    /// <summary>
    /// "the Indonesia-Malaysia-Thailand Growth Triangle (IMT-GT), which Malaysia shares with Indonesia and Thailand": the
    /// states that share it are its members.
    /// </summary>
    private void WhichItSharesWith()
    {
        // "Nepal has also been active in BIMSTEC, the grouping around the Bay of Bengal that it shares with A, B and C": the
        // body of the apposition a relative clause closes.
        for (var k = 5; k + 4 < _v.Count; k++)
        {
            if (!(IsAny(k, "that", "which") && !Is(k - 1, ",") && Is(k + 1, "it") && IsAny(k + 2, "shares", "shared") && Is(k + 3, "with"))) continue;
            for (var b = k - 1; b >= 2 && b >= k - 10; b--)
            {
                if (IsAny(b, ";", ".") || CountryAt(b) is not null) break;
                if (!(Is(b, "the") && Is(b - 1, ",") && T(b + 1).IsWord && OrganizationWords.IsGenericNoun(W(b + 1)))) continue;
                var body = NamedBeforeComma(b - 1, capitalizedOnly: false);
                if (body < 0 || _er.Orgs[body].IsInstitution) break;
                if (OpenerList() is not { Count: 1 } it || ReadList(k + 4, out _) is not { Count: > 0 } fellows) break;
                Hit(OwnerOf(body), RelationKind.Member, it);
                Hit(OwnerOf(body), RelationKind.Member, fellows);
                return;
            }
        }
        for (var k = 3; k + 4 < _v.Count; k++)
        {
            if (!Is(k, "which") || !Is(k - 1, ",")) continue;
            // ("the Zentral Joint Commission, which the United States shares with Canada": over a state's name of several words.)
            var sharerAt = Is(k + 1, "the") && CountryAt(k + 2) is not null ? k + 2 : k + 1;
            var verbAt = k + 2;
            if (CountryAt(sharerAt) is { } sharerName)
            {
                verbAt = sharerAt + 1;
                while (verbAt < _v.Count && M(verbAt) == sharerName) verbAt++;
            }
            // Also "the Pacific Alliance, which it founded in 2011 with Chile, Mexico and Peru".
            var founded = IsAny(verbAt, "founded", "created", "formed", "launched", "established");
            var shares = IsAny(verbAt, "shares", "shared", "share");
            if (!shares && !founded) continue;
            var named = NamedBeforeComma(k - 1, capitalizedOnly: true);
            // (A commission two states share is a body of states.)
            if (named < 0 || _er.Orgs[named].IsInstitution && !(shares && CountryAt(sharerAt) is not null)) continue;
            var withAt = verbAt + 1;
            if (founded && Is(withAt, "in") && T(withAt + 1).Kind == TokenKind.Number) withAt += 2;
            if (!Is(withAt, "with") || ReadList(withAt + 1, out _) is not { Count: > 0 } with) continue;
            var sharers = new List<Mention>();
            if (CountryAt(sharerAt) is { } sharer) sharers.Add(sharer);
            // "the European Free Trade Association, which it shares with Norway, ...": "it" is the state the sentence is about.
            else if (Is(k + 1, "it") && OpenerList() is { Count: 1 } opener) sharers.AddRange(opener);
            else if (Is(k + 1, "it") && ClauseOpenerState(k) is { } itState) sharers.Add(itState);
            else if (Is(k + 1, "it") && OnlyStateBefore(k) is { } onlyState) sharers.Add(onlyState);
            // "The two neighbours already work together in the ZRBO, which they founded in 1972 with Mali": "they" is the
            // states the sentence's described subject stands for.
            else if (Is(k + 1, "they") && Is(0, "the") && IsNumberOrWord(1) && (IsAny(2, "countries", "states", "nations", "neighbours", "neighbors") ? 2 : -1) is var noun && noun > 0
                && ResolveDescription(noun, out _) is { Count: > 1 } theyStates) sharers.AddRange(theyStates);
            else continue;
            Hit(OwnerOf(named), RelationKind.Member, sharers);
            Hit(OwnerOf(named), RelationKind.Member, with);
            return;
        }
    }

    /// <summary>
    /// "It belongs instead to the European Free Trade Association, together with Norway, Iceland and Liechtenstein": an
    /// adverb between the verb and "to"; the state "it" stands for and those together with it are members.
    /// </summary>
    private void BelongsAdverbTo(int p)
    {
        // ("Benin and Mali belong as well to the nine-member ZTO": two words, and the body's size before its name.)
        var to = Is(p + 1, "as") && Is(p + 2, "well") ? p + 3 : p + 2;
        // ("Norway belongs instead, with Iceland, Liechtenstein and Switzerland, to the EFTA": the fellows between commas.)
        List<Mention>? between = null;
        if (Is(to, ",") && Is(to + 1, "with") && ReadList(to + 2, out var betweenEnd) is { Count: > 0 } withThem && Is(betweenEnd + 1, ",") && Is(betweenEnd + 2, "to"))
        {
            between = withThem;
            to = betweenEnd + 2;
        }
        if (!(to == p + 3 || IsAny(p + 1, "instead", "also", "still", "now", "only", "too")) || !Is(to, "to")) return;
        var orgAt = Is(to + 1, "the") && IsSizeWord(to + 2) ? to + 3 : to + 1;
        if (NamedOrganizationAt(orgAt, out var after) is var org && org < 0) return;
        if (_er.Orgs[org].IsInstitution) return;
        var subject = Subject(p, out var negated, out _);
        if (subject.Count == 0 && Is(p - 1, "it") && ItState(p - 1) is { } it) subject = new List<Mention> { it };
        if (subject.Count == 0 && Is(p - 1, "it") && p == 1 && _sentence > 0 && PreviousSentenceStates() is { Count: 1 } only) subject = only;
        if (negated) return;
        if (subject.Count > 0) Hit(org, RelationKind.Member, subject);
        if (between is not null) Hit(org, RelationKind.Member, between);
        after = AfterAcronym(after);
        if (Is(after, ",")) after++;
        if (AlongWith(after) is var with && with > 0 && ReadList(with, out _) is { Count: > 0 } fellows) Hit(org, RelationKind.Member, fellows);
    }

    /// <summary>
    /// "Russia, the largest economy still outside the WTO, hopes ...": an apposition that puts the state outside; "Turkey,
    /// Norway and Iceland, NATO allies outside the EU, ...": the allies of the first are members of it.
    /// </summary>
    private void ApposedOutside()
    {
        var first = Is(0, "the") ? 1 : 0;
        if (CountryAt(first) is null || ReadList(first, out var end) is not { Count: > 0 } state || !Is(end + 1, ",")) return;
        var allied = -1;
        var allyNoun = -1;
        if (M(end + 2) is { Type: MentionType.Organization } allyOf && allyOf.Entity >= 0 && T(end + 2).IsCapitalized)
        {
            allyNoun = end + 2;
            while (allyNoun + 1 < _v.Count && M(allyNoun + 1) == allyOf) allyNoun++;
            allyNoun++;
            if (IsAny(allyNoun, "allies", "members", "partners") && Is(allyNoun + 1, "outside")) allied = Ent(end + 2);
        }
        if (allied < 0 && (state.Count != 1 || !IsAny(end + 2, "the", "a", "an", "one"))) return;
        if (allied >= 0 && !_er.Orgs[allied].IsInstitution) Hit(OwnerOf(allied), Is(allyNoun, "partners") ? RelationKind.DialoguePartner : RelationKind.Member, state);
        for (var k = end + 3; k < _v.Count && k <= end + 10; k++)
        {
            if (IsAny(k, ",", ";", ".")) return;
            if (!Is(k, "outside")) continue;
            if (IsAny(k - 1, "not", "n't")) return;
            var org = NamedOrganizationAt(k + 1, out var after);
            if (org < 0 || _er.Orgs[org].IsInstitution || !Is(AfterAcronym(after), ",")) return;
            Hit(OwnerOf(org), RelationKind.NonMember, state);
            return;
        }
    }

    /// <summary>
    /// "Honduras's partners in the Central American Integration System (SICA), among them Guatemala, El Salvador, ...":
    /// the state and its partners are members.
    /// </summary>
    private void PartnersInAmongThem()
    {
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            // "Madagascar's island neighbours in SADC, Mauritius and Seychelles,": the neighbours named in apposition too.
            var noun = k;
            if (!IsAny(k, "partners", "neighbours", "neighbors", "allies") || !Is(k + 1, "in")) continue;
            while (noun > 0 && T(noun - 1).IsWord && !T(noun - 1).IsCapitalized && noun > k - 3 && T(noun - 1).Kind != TokenKind.Possessive) noun--;
            if (T(noun - 1).Kind != TokenKind.Possessive || CountryAt(noun - 2) is not { } state) continue;
            var org = NamedOrganizationAt(k + 2, out var after);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            after = AfterAcronym(after);
            if (!Is(after, ",")) return;
            var at = Is(after + 1, "among") && Is(after + 2, "them") ? after + 3 : IsAny(after + 1, "including", "notably") ? after + 2 : CountryAt(after + 1) is not null || Is(after + 1, "the") && CountryAt(after + 2) is not null ? after + 1 : -1;
            if (at < 0 || ReadList(at, out _) is not { Count: > 0 } partners) return;
            Hit(OwnerOf(org), RelationKind.Member, new[] { state });
            Hit(OwnerOf(org), RelationKind.Member, partners);
            return;
        }
    }

    /// <summary>
    /// "Both countries are founding members of the Organisation of the Black Sea Economic Cooperation (BSEC), set up in 1992
    /// with Turkey, Greece, Russia and Ukraine among others": the two states the sentence before named, and those it was
    /// set up with.
    /// </summary>
    private void BothAreFoundingMembersSetUpWith()
    {
        if (!Is(0, "both") || !IsAny(1, "countries", "states", "nations") || !IsAny(2, "are", "were")) return;
        var q = 3;
        if (IsAny(q, "founding", "original", "full")) q++;
        if (!Is(q, "members") || !Is(q + 1, "of")) return;
        var org = NamedOrganizationAt(q + 2, out var after);
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        if (PreviousRelationStates() is { Count: 2 } both || PreviousSentenceStates() is { Count: 2 } both2 && (both = both2) is not null) Hit(OwnerOf(org), RelationKind.Member, both);
        after = AfterAcronym(after);
        if (!Is(after, ",") || !IsAny(after + 1, "set", "founded", "created", "established", "launched")) return;
        for (var k = after + 2; k + 1 < _v.Count && k <= after + 8; k++)
        {
            if (IsAny(k, ",", ";")) return;
            if (Is(k, "with") && ReadList(k + 1, out _) is { Count: > 0 } with) { Hit(OwnerOf(org), RelationKind.Member, with); return; }
        }
    }

    /// <summary>"Switzerland ..., because its voters turned down the EEA in 1992": outside the organisation its voters rejected.</summary>
    private void VotersTurnedDown()
    {
        for (var k = 2; k + 2 < _v.Count; k++)
        {
            if (!IsAny(k, "voters", "electorate") || !(Is(k + 1, "turned") && Is(k + 2, "down") || IsAny(k + 1, "rejected"))) continue;
            var at = Is(k + 1, "turned") ? k + 3 : k + 2;
            var org = NamedOrganizationAt(at, out var after);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Mention? state = null;
            if (T(k - 1).Kind == TokenKind.Possessive && CountryAt(k - 2) is { } owner) state = owner;
            else if (IsAny(k - 1, "its") && OpenerList(overApposition: true) is { Count: 1 } opener) state = opener[0];
            if (state is not null) Hit(OwnerOf(org), RelationKind.NonMember, new[] { state });
            return;
        }
    }

    /// <summary>
    /// "Britain and Denmark left in 1973 ..., and Austria, Portugal and Sweden later left too, following them into the EU":
    /// the states that "left too" left the organisation the sentence's first departure was from; "following them into" an
    /// organisation makes them its members.
    /// </summary>
    private void LeftTooFollowingThem()
    {
        for (var k = 1; k < _v.Count; k++)
        {
            // Also "Israel left at the same time".
            if (!Is(k, "left") || !(Is(k + 1, "too") || Is(k + 1, "at") && Is(k + 2, "the") && Is(k + 3, "same") && Is(k + 4, "time"))) continue;
            var last = k - 1;
            while (IsAny(last, "later", "also", "subsequently", "eventually", "soon")) last--;
            if (CountryAt(last) is null || ReadListBackward(last, out _, stopAtPreposition: false) is not { Count: > 0 } leavers) return;
            var org = OrgOfRelations(_sentence, RelationKind.NonMember);
            if (org < 0 && _sentence > 0) org = OrgOfRelations(_sentence - 1, RelationKind.NonMember);
            if (org < 0) return;
            Departure(org, leavers);
            for (var f = k + 2; f + 3 < _v.Count && f <= k + 5; f++)
            {
                if (!IsAny(f, "following", "followed") || !IsAny(f + 1, "them", "it", "suit") || !Is(f + 2, "into")) continue;
                var into = NamedOrganizationAt(f + 3, out _);
                if (into >= 0 && into != org && !_er.Orgs[into].IsInstitution) Hit(OwnerOf(into), RelationKind.Member, leavers);
                break;
            }
            return;
        }
    }

    /// <summary>
    /// "Ghana has observer status in the organisation together with Kenya, Uganda and Zambia": the states it holds the
    /// status together with hold it too, in the organisation the sentence gave it.
    /// </summary>
    private void StatusTogetherWith()
    {
        for (var k = 1; k + 4 < _v.Count; k++)
        {
            if (!Is(k, "status") || !IsAny(k - 1, "observer", "partner")) continue;
            var kind = Is(k - 1, "observer") ? RelationKind.Observer : RelationKind.DialoguePartner;
            var org = OrgOfRelations(_sentence, kind);
            if (org < 0) return;
            for (var q = k + 1; q < _v.Count && q <= k + 8; q++)
            {
                // (Not "Zentralia, which also has observer status, was suspended together with Ruritania": another verb's.)
                if (IsAny(q, ";", ".", "but", "while", "which", "was", "were", "is", "are", "has", "have", "had")) return;
                var with = AlongWith(Is(q, ",") ? q + 1 : q);
                if (with < 0) continue;
                if (ReadList(with, out var end) is { Count: > 0 } fellows && (end + 1 >= _v.Count || IsAny(end + 1, ",", ".", ";", "since", "in"))) Hit(org, kind, fellows);
                return;
            }
            return;
        }
    }

    /// <summary>
    /// "Taiwan joined in 1991, at the same time as China and Hong Kong": the states that joined at the same time joined the
    /// body this sentence's joining went to.
    /// </summary>
    private void JoinedAtTheSameTimeAs()
    {
        for (var k = 2; k + 5 < _v.Count; k++)
        {
            if (!(Is(k, "at") && Is(k + 1, "the") && Is(k + 2, "same") && Is(k + 3, "time") && Is(k + 4, "as") && Is(k - 1, ","))) continue;
            var org = OrgOfRelations(_sentence, RelationKind.Member);
            if (org < 0) return;
            // Only after "joined": the sentence's verb before the phrase.
            var joined = false;
            for (var b = k - 2; b >= 0 && !joined; b--) joined = IsAny(b, "joined", "admitted", "entered");
            if (!joined || CountryAt(k + 5) is null || ReadList(k + 5, out _) is not { Count: > 0 } fellows) return;
            Hit(org, RelationKind.Member, fellows);
            return;
        }
    }

    /// <summary>
    /// "Its signers are Argentina, Bolivia, ...", "The other signatories are Burkina Faso, Chad, ...": the states that signed a
    /// body's founding text are its members; the body is the one the article has been speaking of (not a conference).
    /// </summary>
    private void SignatoriesAre()
    {
        var k = 1;
        if (Is(0, "the") && Is(k, "other")) k++;
        if (!IsAny(k, "signers", "signatories")) return;
        if (!IsAny(k + 1, "are", "were", "include", "included")) return;
        var first = Is(k + 2, "the") && CountryAt(k + 3) is not null ? k + 3 : k + 2;
        if (CountryAt(first) is null || ReadList(first, out _) is not { Count: > 1 } signers) return;
        var org = OrgOfRelations(_sentence - 1, RelationKind.Member);
        if (org < 0 && PreviousSentenceOrg() is int before && before >= 0 && !IsEventName(before)) org = before;
        // "The agreement was signed at an energy summit ... The signatories include ...": the article's one agreement.
        if (org < 0 && _sentence > 0 && _t[_doc.Sentences[_sentence - 1].FirstToken].IsIgnoreCase("the")
            && _t[_doc.Sentences[_sentence - 1].FirstToken + 1].Text is "agreement" or "treaty" or "pact" or "accord" or "convention") org = OnlyRatifiable();
        // "The charter was signed at a plenary session of the Ninth International Conference ...": the body the article is
        // about, not the conference.
        if (org < 0 && _sentence > 0 && _t[_doc.Sentences[_sentence - 1].FirstToken].IsIgnoreCase("the") && _t[_doc.Sentences[_sentence - 1].FirstToken + 1].Text is "charter") org = _main;
        if (org < 0 || _er.Orgs[org].IsInstitution || IsEventName(org)) return;
        Hit(org, RelationKind.Member, signers);
    }

    /// <summary>Whether the organisation's name is a meeting's ("the Ninth International Conference of American States").</summary>
    private bool IsEventName(int org) => _er.Orgs[org].Name is { } name && (name.IndexOf("Conference", System.StringComparison.Ordinal) >= 0 || name.IndexOf("Summit", System.StringComparison.Ordinal) >= 0 || name.IndexOf("Meeting", System.StringComparison.Ordinal) >= 0);

    /// <summary>
    /// "Delegates of Iran, Iraq, Kuwait, Saudi Arabia and Venezuela, meeting since Saturday ..., agreed to set up the
    /// Organization of Petroleum Exporting Countries": the states that agreed to set a body up are its founders.
    /// </summary>
    private void AgreedToSetUp()
    {
        for (var k = 1; k + 4 < _v.Count; k++)
        {
            if (!IsAny(k, "agreed", "decided")) continue;
            // "agreed on Wednesday to set up", "agreed yesterday to create": over the day.
            var to = k + 1;
            if (IsAny(to, "yesterday", "today")) to++;
            else if (Is(to, "on") && TimeWords.IsWeekday(W(to + 1))) to += 2;
            if (!Is(to, "to")) continue;
            var v = to + 1;
            if (!(IsAny(v, "create", "establish", "form", "found", "launch") || Is(v, "set") && Is(v + 1, "up"))) continue;
            var o = Is(v, "set") ? v + 2 : v + 1;
            if (IsAny(o, "the", "a", "an")) o++;
            if (M(o) is not { Type: MentionType.Organization } om || om.Entity < 0 || !T(o).IsCapitalized || _er.Orgs[om.Entity].IsInstitution) return;
            var founders = Subject(k, out var negated, out _);
            // ("..., meeting since Saturday at the invitation of the Iraqi government, agreed": over a participle's phrase.)
            if (founders.Count == 0 && Is(k - 1, ","))
            {
                var open = k - 2;
                while (open > 0 && open >= k - 16 && !Is(open, ",")) open--;
                if (Is(open, ",") && T(open + 1).IsWord && W(open + 1).EndsWith("ing", System.StringComparison.Ordinal)) founders = Subject(open, out negated, out _);
            }
            if (negated || founders.Count < 2) return;
            Hit(Ent(o), RelationKind.Member, founders);
            return;
        }
    }

    /// <summary>
    /// "... after five countries ratified its framework agreement. The five are Nicaragua, Eswatini, Peru, Somalia and
    /// Liberia.": the states a number stands for, when a sentence shortly before counted them as the states that founded,
    /// signed or ratified the body it names (not as applicants, observers or states that left).
    /// </summary>
    private void TheNumberAre()
    {
        if (!NumberWords.TryParse(W(1), out var n) || n < 2 || ReadList(3, out var end) is not { Count: > 1 } named || named.Count != n) return;
        if (!(end + 1 >= _v.Count || IsAny(end + 1, ".", ";"))) return;
        // "The Ten are Belgium, Denmark, ...": a capitalised number is the name of the body's members, the body the article is
        // about.
        if (T(1).IsWord && T(1).IsCapitalized && _main >= 0 && !_er.Orgs[_main].IsInstitution)
        {
            Hit(_main, RelationKind.Member, named);
            return;
        }
        for (var s = _sentence - 1; s >= 0 && s >= _sentence - 3; s--)
        {
            var sentence = _doc.Sentences[s];
            var counted = false;
            var org = -1;
            for (var i = sentence.FirstToken; i <= sentence.LastToken; i++)
            {
                var t = _t[i];
                if (t.IsWord && (t.Is("applied") || t.Is("candidates") || t.Is("observers") || t.Is("partners") || t.Is("left") || t.Is("quit") || t.Is("withdrew")
                    || t.Is("outside") || t.Is("not") || t.Is("negotiating") || t.Is("invited"))) return;
                if (i + 1 <= sentence.LastToken && NumberWords.TryParse(t.Text, out var m) && m == n
                    && (_t[i + 1].Is("countries") || _t[i + 1].Is("states") || _t[i + 1].Is("nations") || _t[i + 1].Is("members") || _t[i + 1].Is("governments") || _t[i + 1].Is("signatories"))) counted = true;
                if (org < 0 && _er.At(i) is { Type: MentionType.Organization } m2 && m2.Entity >= 0 && _t[i].IsCapitalized && !_er.Orgs[m2.Entity].IsInstitution) org = m2.Entity;
            }
            if (!counted) continue;
            if (org >= 0) Hit(org, RelationKind.Member, named);
            return;
        }
    }

    /// <summary>
    /// 'signed by officials from Canada, Denmark, Norway and the US, the group that has come to be known as the
    /// "Arctic Five"': the states a group known by a name is said to be are its members.
    /// </summary>
    private void ListTheGroupKnownAs()
    {
        for (var k = 4; k + 2 < _v.Count; k++)
        {
            if (!Is(k, "known") || !Is(k + 1, "as")) continue;
            var nameAt = Is(k + 2, "the") ? k + 3 : k + 2;
            if (M(nameAt) is not { Type: MentionType.Organization, Entity: >= 0 } named || !T(nameAt).IsCapitalized || _er.Orgs[named.Entity].IsInstitution) return;
            var n = Is(k - 1, ",") ? k - 2 : k - 1;
            while (n > 0 && n >= k - 8 && !Is(n, ",")) n--;
            if (!Is(n, ",") || !Is(n + 1, "the") || !T(n + 2).IsWord || T(n + 2).IsCapitalized || !OrganizationWords.IsGenericNoun(W(n + 2)) || CountryAt(n - 1) is null) return;
            if (ReadListBackward(n - 1, out _, stopAtPreposition: false) is { Count: > 1 } states) Hit(named.Entity, RelationKind.Member, states);
            return;
        }
    }

    /// <summary>
    /// "Canada, Egypt, France, Germany, Japan, the United Kingdom and the United States are its seven dialogue partners":
    /// the list is what the count says, of the organisation "its" stands for.
    /// </summary>
    private void ListAreItsCounted()
    {
        if (!HasPair("are", ItsOrTheir) && !HasPair("were", ItsOrTheir) && !HasPair("remain", ItsOrTheir)) return;
        var first = Is(0, "the") ? 1 : 0;
        // "Ghana has observer status in the organisation ..., while Peru, Chile and Fiji are its three dialogue partners":
        // the clause after ", while" too, "its" being the organisation the first clause gave a relation.
        var clause = false;
        if (CountryAt(first) is null || !(ReadList(first, out var openerEnd) is { Count: > 1 } && IsAny(openerEnd + 1, "are", "were", "remain")))
        {
            for (var k = 2; k + 3 < _v.Count; k++)
            {
                if (!(IsAny(k, "while", "whereas") && Is(k - 1, ",") || Is(k, ";"))) continue;
                first = Is(k + 1, "the") ? k + 2 : k + 1;
                clause = true;
                break;
            }
        }
        if (CountryAt(first) is null || ReadList(first, out var end) is not { Count: > 1 } states) return;
        var q = end + 1;
        if (!IsAny(q, "are", "were", "remain")) return;
        q++;
        if (!IsAny(q, "its", "their")) return;
        q++;
        if (IsNumberOrWord(q)) { if (!NumberWords.TryParse(W(q), out var n) || n != states.Count) return; q++; }
        RelationKind kind;
        if (Is(q, "dialogue") && Is(q + 1, "partners")) { kind = RelationKind.DialoguePartner; q += 2; }
        else if (IsAny(q, "partners")) { kind = RelationKind.DialoguePartner; q++; }
        else if (IsAny(q, "observers")) { kind = RelationKind.Observer; q++; }
        else if (IsAny(q, "members", "member-states")) { kind = RelationKind.Member; q++; }
        else return;
        if (!(q >= _v.Count || IsAny(q, ".", ";"))) return;
        var org = clause && OrgOfRelations(_sentence) is var related && related >= 0 ? related : PreviousSentenceOrg() ?? _main;
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        Hit(org, kind, states);
    }

    /// <summary>
    /// "The CPTPP came into force on December 30 for New Zealand, Australia, Canada, Japan, Mexico and Singapore": the
    /// states it is in force for are its members.
    /// </summary>
    private void EnteredIntoForceFor()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            // "... took effect in January between Mexico, the United States and Canada": so does an agreement taking effect.
            var took = IsAny(k, "took", "takes") && Is(k + 1, "effect");
            if (!(IsAny(k, "came", "entered", "comes", "enters") && Is(k + 1, "into") && Is(k + 2, "force") || took)) continue;
            var q = took ? k + 2 : k + 3;
            var e = q;
            while (e < _v.Count && e <= q + 6 && !IsAny(e, "for", "between", "among") && !IsAny(e, ",", ";", ".")) e++;
            if (!IsAny(e, "for", "between", "among") || ReadList(e + 1, out _) is not { Count: > 0 } states) return;
            // "..., over the North American Free Trade Agreement (NAFTA), which took effect ...": the antecedent of "which".
            var rel = IsAny(k - 1, "has", "have", "had") ? k - 2 : k - 1;
            var org = Is(rel, "which") && Is(rel - 1, ",") && NamedBeforeComma(rel - 1, capitalizedOnly: true) is var antecedent && antecedent >= 0 ? antecedent : NamedBefore(k);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(OwnerOf(org), RelationKind.Member, states);
            return;
        }
    }

    /// <summary>
    /// "Unlike neighbouring Armenia, it is not a member of the CSTO ... or of the Eurasian Economic Union": the state it is
    /// contrasted with is a member of what the clause says "it" is not.
    /// </summary>
    private void UnlikeStateItIsNot()
    {
        if (!Is(0, "unlike")) return;
        var q = 1;
        while (q < 4 && T(q).IsWord && !T(q).IsCapitalized && CountryAt(q) is null) q++;
        if (CountryAt(q) is null || ReadList(q, out var end) is not { Count: > 0 } unlike) return;
        // ("Unlike Austria, Switzerland is not a member of the ZTO": the list read to the verb holds the subject last.)
        if (!Is(end + 1, ",") && unlike.Count > 1 && IsAny(end + 1, "is", "are", "was", "were", "has", "have", "does", "do", "did"))
        {
            for (var k = q; k < end; k++) if (IsAny(k, "and", "or", "nor")) return;
            unlike = unlike.GetRange(0, unlike.Count - 1);
        }
        else if (!Is(end + 1, ",")) return;
        var flipped = false;
        for (var i = 0; i < Relations.Count; i++)
        {
            var r = Relations[i];
            if (r.Sentence != _sentence || r.Kind != RelationKind.NonMember || !unlike.Exists(u => u.Country == r.Country.Country)) continue;
            Relations[i] = new RelationHit(r.Org, RelationKind.Member, r.Country, r.Sentence, r.When);
            _departures.Remove(r);
            flipped = true;
        }
        if (!flipped || !Is(end + 2, "it") || _sentence == 0) return;
        // "it": the state the sentence before opened with.
        var prev = _doc.Sentences[_sentence - 1];
        var at = prev.FirstToken;
        if (_t[at].IsIgnoreCase("the")) at++;
        if (_er.At(at) is not { Type: MentionType.Country, Compound: false } it || it.Country is null) return;
        foreach (var r in Relations.ToArray())
        {
            if (r.Sentence == _sentence && r.Kind == RelationKind.Member && unlike.Exists(u => u.Country == r.Country.Country)) Hit(r.Org, RelationKind.NonMember, new[] { it });
        }
    }

    /// <summary>
    /// "Serbia, which declared military neutrality in 2007, is not a member of NATO, unlike neighbouring Croatia and
    /// Albania.": the states after a closing "unlike" hold the relation the clause before denies (or lack the one it tells).
    /// </summary>
    private void UnlikeStatesAfter()
    {
        for (var k = 2; k + 1 < _v.Count; k++)
        {
            if (!Is(k, "unlike") || !Is(k - 1, ",")) continue;
            var q = k + 1;
            while (q < k + 4 && T(q).IsWord && !T(q).IsCapitalized && CountryAt(q) is null) q++;
            if (CountryAt(q) is null || ReadList(q, out var end) is not { Count: > 0 } unlike) return;
            if (end + 1 < _v.Count && !IsAny(end + 1, ".", ",", ";")) return;
            var cut = _v[k];
            var org = -1;
            var kind = RelationKind.Member;
            foreach (var r in Relations)
            {
                if (r.Sentence != _sentence || r.Country.First >= cut || r.Kind is not (RelationKind.Member or RelationKind.NonMember)) continue;
                if (org == -1) { org = r.Org; kind = r.Kind; }
                else if (org != r.Org || kind != r.Kind) return;
            }
            if (org < 0) return;
            Relations.RemoveAll(r => r.Sentence == _sentence && r.Country.First > cut);
            Hit(org, kind == RelationKind.Member ? RelationKind.NonMember : RelationKind.Member, unlike);
            return;
        }
    }

    /// <summary>
    /// "when Australia, the United Kingdom and the United States announced AUKUS, the trilateral security partnership under
    /// which ...": states that announce a body the sentence describes as one founded it.
    /// </summary>
    private void AnnouncedANewBody()
    {
        for (var p = 1; p + 3 < _v.Count; p++)
        {
            if (!IsAny(p, "announced", "unveiled") || CountryAt(p - 1) is null) continue;
            if (NamedOrganizationAt(p + 1, out var end) is not (var org and >= 0) || _er.Orgs[org].IsInstitution) continue;
            var comma = AfterAcronym(end);
            if (Is(comma, ",") && IsAny(comma + 1, Determiners) && DescribedByGenericNoun(comma + 2)) FoundedByCountries(p, p + 1);
        }
    }

    /// <summary>
    /// "East Timor has already joined the Community of Portuguese Language Countries, becoming its eighth member alongside
    /// Portugal, Brazil, Angola, Mozambique and ...": the states the new member sits alongside are members.
    /// </summary>
    private void MemberAlongside()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (!Is(k, "member") || AlongWith(k + 1) is not (var at and > 0) || CountryAt(at) is null) continue;
            var org = -1;
            foreach (var r in Relations) if (r.Sentence == _sentence && r.Kind is RelationKind.Member or RelationKind.Joining && r.Country.First < _v[k]) org = org == -1 || org == r.Org ? r.Org : -2;
            if (org < 0 || ReadList(at, out _) is not { Count: > 0 } alongside) return;
            Hit(org, RelationKind.Member, alongside);
            return;
        }
    }

    /// <summary>
    /// "Papua New Guinea, Fiji and Vanuatu, Solomon Islands' partners in the Melanesian Spearhead Group, all sent
    /// contingents": the states listed and the state whose partners they are belong to the organisation.
    /// </summary>
    private void ListThePartnersOfAStateIn()
    {
        for (var k = 3; k + 3 < _v.Count; k++)
        {
            if (!Is(k, "partners") || !Is(k + 1, "in")) continue;
            // "Canada has been at war ..., side by side with Britain, Australia and South Africa, its partners in the Zentral
            // Commonwealth.": the states before, and the state the sentence opens with.
            if (Is(k - 1, "its") && Is(k - 2, ",") && CountryAt(k - 3) is not null && (CountryAt(0) ?? (Is(0, "the") ? CountryAt(1) : null)) is { } subjectState
                && NamedOrganizationAt(k + 2, out var itsEnd) is var itsOrg && itsOrg >= 0 && !_er.Orgs[itsOrg].IsInstitution
                && (AfterAcronym(itsEnd) >= _v.Count || IsAny(AfterAcronym(itsEnd), ".", ";"))
                && ReadListBackward(k - 3, out _, stopAtPreposition: false) is { Count: > 0 } itsPartners && !itsPartners.Exists(m => m.Country == subjectState.Country))
            {
                Hit(itsOrg, RelationKind.Member, itsPartners);
                Hit(itsOrg, RelationKind.Member, new[] { subjectState });
                return;
            }
            // "Solomon Islands' partners": a plural's apostrophe is a quote mark the sentence's view leaves out.
            var o = T(k - 1).Kind == TokenKind.Possessive || T(k - 1).Kind == TokenKind.QuoteMark ? k - 2
                : W(k - 1).EndsWith("s", System.StringComparison.Ordinal) && _v[k] - _v[k - 1] == 2 && _t[_v[k] - 1].Kind == TokenKind.QuoteMark ? k - 1 : -1;
            if (o < 1 || CountryAt(o) is not { } owner) continue;
            var before = o;
            while (before > 0 && M(before - 1) is { } part && part == M(o)) before--;
            if (NamedOrganizationAt(k + 2, out var end) is not (var org and >= 0) || _er.Orgs[org].IsInstitution || !IsAny(AfterAcronym(end), ",", "-", "—", "–")) continue;
            // "the Comoros' partners in the Indian Ocean Commission, Madagascar, Mauritius, Seychelles and France, which ...":
            // the partners named after the organisation.
            if (!Is(before - 1, ",") && (CountryAt(AfterAcronym(end) + 1) is not null || Is(AfterAcronym(end) + 1, "the") && CountryAt(AfterAcronym(end) + 2) is not null)
                && ReadList(AfterAcronym(end) + 1, out var afterEnd) is { Count: > 0 } after && (afterEnd + 1 >= _v.Count || IsAny(afterEnd + 1, ",", ".", ";")))
            {
                Hit(org, RelationKind.Member, after);
                Hit(org, RelationKind.Member, new[] { owner });
                return;
            }
            if (!Is(before - 1, ",")) continue;
            if (CountryAt(before - 2) is null || ReadListBackward(before - 2, out _, stopAtPreposition: false) is not { Count: > 0 } partners) continue;
            Hit(org, RelationKind.Member, partners);
            Hit(org, RelationKind.Member, new[] { owner });
            return;
        }
    }

    private static readonly string[] LargestWords = { "largest", "biggest", "smallest", "richest", "poorest", "most", "top", "leading", "dominant", "second-largest", "second-biggest", "third-largest" };
    private static readonly string[] StandingNouns = { "producer", "exporter", "economy", "member", "contributor", "shareholder", "importer", "market", "power" };
    private static readonly string[] StandingPlurals = { "producers", "exporters", "economies", "members", "contributors", "shareholders", "importers", "markets", "powers" };

    /// <summary>
    /// "..., while Iraq is one of the largest producers in the Organization of the Petroleum Exporting Countries": a state
    /// opening a clause that is one of a body's largest belongs to it.
    /// </summary>
    private void OneOfTheLargestIn()
    {
        for (var k = 1; k + 6 < _v.Count; k++)
        {
            if (!(Is(k, "is") && Is(k + 1, "one") && Is(k + 2, "of") && Is(k + 3, "the") && IsAny(k + 4, LargestWords))) continue;
            var plural = Is(k + 4, "most") ? k + 6 : k + 5;
            if (!IsAny(plural, StandingPlurals) || !IsAny(plural + 1, "in", "of", "among") || NamedOrganizationAt(plural + 2, out _) is not (var body and >= 0)
                || _er.Orgs[body].IsInstitution || CountryAt(k - 1) is not { } state) continue;
            var before = k - 1;
            while (before > 0 && M(before - 1) == state) before--;
            if (before == 0 || IsAny(before - 1, "while", "whereas", "but") || Is(before - 1, "and") && Is(before - 2, ",")) Hit(body, RelationKind.Member, new[] { state });
        }
    }

    /// <summary>
    /// "Saudi Arabia is OPEC's largest producer.", "South Africa is SADC's biggest economy": the state a superlative of the
    /// organisation's is said of belongs to it.
    /// </summary>
    private void StateIsTheOrganisationsLargest()
    {
        var cop = Is(1, "is") ? 1 : Is(2, "is") ? 2 : 3;
        var o = cop + 1;
        // "Saudi Arabia is the largest producer in the 12-member Organization of the Petroleum Exporting Countries": the body
        // after the noun.
        if (Is(o, "the") && IsAny(o + 1, LargestWords))
        {
            var noun = Is(o + 1, "most") ? o + 3 : o + 2;
            if (IsAny(noun, StandingNouns) && IsAny(noun + 1, "in", "of", "among") && NamedOrganizationAt(noun + 2, out _) is var largestIn && largestIn >= 0
                && !_er.Orgs[largestIn].IsInstitution && Subject(cop, out var notLargest, out _) is { Count: > 0 } largest && !notLargest)
            {
                Hit(largestIn, RelationKind.Member, largest);
            }
            return;
        }
        if (M(o) is not { Type: MentionType.Organization } om || om.Entity < 0 || !T(o).IsCapitalized) return;
        while (o + 1 < _v.Count && M(o + 1) == om) o++;
        if (T(o + 1).Kind != TokenKind.Possessive || !IsAny(o + 2, LargestWords)) return;
        var n = o + 3;
        if (Is(o + 2, "most") && T(n).IsWord) n++;
        if (!IsAny(n, StandingNouns) || n + 1 < _v.Count && !IsAny(n + 1, ".", ",", ";", "and")) return;
        if (_er.Orgs[om.Entity].IsInstitution || Subject(cop, out var negated, out _) is not { Count: > 0 } subject || negated) return;
        Hit(om.Entity, RelationKind.Member, subject);
    }

    /// <summary>
    /// "Japan and the United States are in the Group of Eight (G8) industrialised nations, as is Canada", "Turkey is in NATO":
    /// states a copula puts in a named body (the name ending the clause, or followed by the description of its states).
    /// </summary>
    private void StatesAreInABody()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            // (Lengths first: every sentence's words pass here.)
            if (!T(k).IsWord || W(k).Length is not (2 or 3 or 4) || !IsAny(k, "is", "are", "been")) continue;
            // ("Brunei, Indonesia and Malaysia have been in APEC since its first years": the perfect, read from "been".)
            if (Is(k, "been") && !(IsAny(k - 1, "have", "has") && Is(k + 1, "in"))) continue;
            var inAt = IsAny(k + 1, "also", "both", "all", "still", "now", "already") ? k + 2 : k + 1;
            // "Armenia is the only one of the four in the Zentral Security Organization (ZSO)"
            if (Is(inAt, "the") && Is(inAt + 1, "only") && Is(inAt + 2, "one") && Is(inAt + 3, "of") && Is(inAt + 4, "the") && IsNumberOrWord(inAt + 5)) inAt += 6;
            // "Singapore, Brunei, Malaysia and Vietnam are the four ASEAN countries in the CPTPP": over the counted states.
            else if (Is(inAt, "the") && IsNumberOrWord(inAt + 1))
            {
                var noun = inAt + 2;
                while (M(noun) is { Type: MentionType.Organization } && T(noun).IsCapitalized) noun++;
                if (IsAny(noun, "countries", "states", "members", "nations", "economies") && Is(noun + 1, "in")) inAt = noun + 1;
            }
            if (!Is(inAt, "in")) continue;
            var org = NamedOrganizationAt(inAt + 1, out var end);
            // "Croatia and Slovenia, the other two former Yugoslav republics, are already in the bloc": a bloc's noun at the
            // clause's end.
            if (org < 0 && Is(inAt + 1, "the") && T(inAt + 2).IsWord && !T(inAt + 2).IsCapitalized && IsAny(inAt + 2, "bloc", "union", "alliance", "group", "grouping", "organisation", "organization", "community")
                && (inAt + 3 >= _v.Count || IsAny(inAt + 3, ".", ",", ";", "too")))
            {
                org = Generic(W(inAt + 2));
                end = inAt + 3;
            }
            if (org < 0 || _er.Orgs[org].IsInstitution) continue;
            var after = AfterAcronym(end);
            // ("... in the Group of Eight (G8) industrialised nations": over the description of its states.)
            var d = after;
            while (d < _v.Count && d <= after + 2 && T(d).IsWord && !T(d).IsCapitalized && !IsAny(d, "and", "but", "as", "since", "too", "with", "alongside")) d++;
            if (d > after && IsAny(d - 1, "nations", "countries", "states", "economies", "members")) after = d;
            if (!(after >= _v.Count || IsAny(after, ",", ".", ";", "and", "but", "too", "since", "alongside"))) continue;
            if (Subject(Is(k, "been") ? k - 1 : k, out var negated, out var subjectAt) is not { Count: > 0 } subject || negated || subjectAt > 0 && IsAny(subjectAt - 1, "if", "whether", "unless")) continue;
            Hit(org, RelationKind.Member, subject);
            // ", as is Canada", ", as are France and Italy": the states the comparison adds.
            if (Is(after, ",") && Is(after + 1, "as") && IsAny(after + 2, "is", "are", "was", "were") && ReadList(after + 3, out _) is { Count: > 0 } alsoIn) Hit(org, RelationKind.Member, alsoIn);
        }
    }

    private static readonly string[] NonBodyNouns = { "members", "countries", "states", "parties", "nations", "economies", "signatories", "participants", "producers" };

    /// <summary>The body a "non-" compound at view position <paramref name="k"/> names ("Non-EU", "non-Nato"); else -1.</summary>
    private int NonPrefixedBody(int k)
    {
        // (Characters first: every sentence's words pass here.)
        if (!T(k).IsWord || W(k).Length < 6 || W(k)[3] != '-' || !char.IsUpper(W(k)[4]) || !W(k).StartsWith("non-", System.StringComparison.OrdinalIgnoreCase)) return -1;
        var named = W(k).Substring(4);
        for (var e = 0; e < _er.Orgs.Count; e++)
        {
            if (_er.Orgs[e].Mentions > 0 && (string.Equals(_er.Orgs[e].Acronym, named, System.StringComparison.OrdinalIgnoreCase) || _er.Orgs[e].Name == named)) return e;
        }
        return -1;
    }

    private void NonBodyStatesSuchAs()
    {
        for (var k = 0; k + 3 < _v.Count; k++)
        {
            if (NonPrefixedBody(k) is var body && body < 0 || !IsAny(k + 1, NonBodyNouns)) continue;
            // ("Other non-OPEC participants included Oman, Azerbaijan and Mexico.")
            var at = Is(k + 2, "such") && Is(k + 3, "as") ? k + 4 : IsAny(k + 2, "including", "like", "included", "include") ? k + 3 : Is(k + 2, ",") && (CountryAt(k + 3) is not null || Is(k + 3, "the") && CountryAt(k + 4) is not null) ? k + 3 : -1;
            if (at < 0 || ReadList(at, out _) is not { Count: > 0 } outside) continue;
            Hit(body, RelationKind.NonMember, outside);
            if (IsAny(k + 1, "parties", "signatories") && _main >= 0 && _main != body && !_er.Orgs[_main].IsInstitution) Hit(_main, RelationKind.Member, outside);
            return;
        }
    }

    /// <summary>
    /// "The three now sit on the bank's board of directors and share its ownership with Denmark, Finland, Iceland, Norway and
    /// Sweden": the states that own a bank with its members are its members too.
    /// </summary>
    private void ShareItsOwnershipWith()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            if (!(IsAny(k, "share", "shares", "shared") && IsAny(k + 1, "its", "the") && Is(k + 2, "ownership") && Is(k + 3, "with"))) continue;
            if (ReadList(k + 4, out _) is not { Count: > 0 } owners) return;
            // The bank: one the sentence names by its noun or name, else the one the sentence before named.
            var bank = BankNamedBefore(k);
            if (bank < 0) bank = PreviousSentenceOrg() ?? LastOrganizationBeforeSentence() ?? -1;
            if (bank >= 0 && IsBankOrFund(bank)) Hit(bank, RelationKind.Member, owners);
            return;
        }
    }

    /// <summary>
    /// "Japan and the United States are the largest shareholders of the Zentral Development Bank (ZDB)", "Japan, the bank's
    /// largest shareholder,": the states that own a bank or a fund are its members.
    /// </summary>
    private void ShareholdersOfABank()
    {
        for (var k = 1; k < _v.Count; k++)
        {
            if (!IsAny(k, "shareholders", "shareholder")) continue;
            // "Ruritania also remains a ZDB shareholder": the bank before the noun.
            var ends = k + 1 >= _v.Count || IsAny(k + 1, ",", ".", ";", "and", "but", "although", "though", "since", "until", "after");
            var before = M(k - 1) is { Type: MentionType.Organization } prefix && prefix.Entity >= 0 && ends;
            // "Saudi Arabia is the bank's largest shareholder": the bank's possessive before the noun.
            var owned = k - 1;
            while (owned > 0 && owned > k - 3 && (IsAny(owned, LargestWords) || IsAny(owned, "single", "main", "major", "founding", "principal"))) owned--;
            // "The ADB, whose largest shareholders are Japan and the United States,": the bank the relative clause hangs on.
            if (Is(owned, "whose") && Is(owned - 1, ",") && IsAny(k + 1, "are", "were", "include") && ReadList(k + 2, out _) is { Count: > 0 } whoseOwners)
            {
                var b = owned - 2;
                if (Is(b, ")") && Is(b - 2, "(")) b -= 3;
                if (M(b) is { Type: MentionType.Organization, Entity: >= 0 } whoseBank && IsBankOrFund(whoseBank.Entity)) Hit(whoseBank.Entity, RelationKind.Member, whoseOwners);
                return;
            }
            // "Since then the bank has grown ...: its shareholders today include A, B, ..., Caribbean states such as C and D":
            // the owners of the bank the sentence or the one before speaks of.
            var include = k + 1;
            while (IsAny(include, "today", "now", "also", "currently")) include++;
            // ("Its non-regional shareholders include ...", "The bank's regional shareholders are the eight member states of the
            // UEMOA, A, B, ...": over a word that sorts them, and over the group the states are described by.)
            var sorted = owned;
            if (!Is(sorted, "its") && T(sorted).Kind != TokenKind.Possessive && IsAny(sorted, "regional", "non-regional", "nonregional", "African", "Asian", "European") && (Is(sorted - 1, "its") || T(sorted - 1).Kind == TokenKind.Possessive)) { sorted--; owned = sorted; }
            var listAt = include + 1;
            if (IsAny(include, "are", "were") && Is(listAt, "the") && IsNumberOrWord(listAt + 1))
            {
                var g = listAt + 2;
                if (Is(g, "member") && IsAny(g + 1, "states", "countries")) g++;
                if (IsAny(g, "members", "states", "countries") && Is(g + 1, "of") && NamedOrganizationAt(g + 2, out var groupEnd) >= 0 && Is(AfterAcronym(groupEnd), ",")) listAt = AfterAcronym(groupEnd) + 1;
            }
            if (k == owned + 1 + (sorted < k - 1 ? 1 : 0) && (Is(owned, "its") || T(owned).Kind == TokenKind.Possessive) && IsAny(include, "include", "includes", "included", "are", "were") && ReadGroupedList(listAt, out _) is { Count: > 0 } shareholders)
            {
                var owner = -1;
                if (T(owned).Kind == TokenKind.Possessive) owner = M(owned - 1) is { Type: MentionType.Organization, Entity: >= 0 } ownerName ? ownerName.Entity : IsAny(owned - 1, "bank", "fund") && Is(owned - 2, "the") ? Generic(W(owned - 1)) : -1;
                else
                {
                    owner = BankNamedBefore(owned);
                    // ("The bank's regional shareholders are the member states of the UEMOA, ... Its non-regional shareholders
                    // include ...": the bank one of the two sentences before spoke of, of the bodies they named.)
                    for (var back = 1; back <= 2 && owner < 0 && _sentence - back >= 0; back++)
                    {
                        var sentenceBefore = _doc.Sentences[_sentence - back];
                        for (var i = sentenceBefore.FirstToken; i <= sentenceBefore.LastToken && owner < 0; i++)
                        {
                            if (_er.At(i) is { Type: MentionType.Organization } bm && bm.Entity >= 0 && IsBankOrFund(bm.Entity)) owner = bm.Entity;
                            else if (_t[i].Is("bank") && i > 0 && _t[i - 1].IsIgnoreCase("the")) owner = Generic("bank");
                        }
                    }
                    if (owner < 0) owner = PreviousSentenceOrg() ?? LastOrganizationBeforeSentence() ?? -1;
                }
                if (owner >= 0 && IsBankOrFund(owner)) Hit(owner, RelationKind.Member, shareholders);
                return;
            }
            // "The United States is not a shareholder": outside the bank the article is about.
            if (Is(owned, "a") && IsAny(owned - 1, "not", "never") && IsAny(owned - 2, "is", "was") && (k + 1 >= _v.Count || IsAny(k + 1, ",", ".", ";")) && Subject(owned - 2, out _, out _) is { Count: > 0 } outside)
            {
                var owner = PreviousSentenceOrg() ?? _main;
                if (owner < 0 || !IsBankOrFund(owner)) owner = _main;
                if (owner >= 0 && IsBankOrFund(owner)) Hit(owner, RelationKind.NonMember, outside);
                return;
            }
            // ("Japan and the United States are its largest shareholders, followed by Canada and Chile": "its" for the bank
            // the sentence before named, and those that follow.)
            var its = Is(owned, "its") && _sentence > 0;
            if (!before && ends && (T(owned).Kind == TokenKind.Possessive && owned >= 2 || its))
            {
                var ownerBank = its ? PreviousSentenceOrg() ?? LastOrganizationBeforeSentence() ?? -1
                    : M(owned - 1) is { Type: MentionType.Organization } ownerMention && ownerMention.Entity >= 0 ? Ent(owned - 1)
                    : IsAny(owned - 1, "bank", "fund") && Is(owned - 2, "the") ? Generic(W(owned - 1)) : -1;
                var np = its ? owned : owned - 1;
                while (!its && np > 0 && M(np - 1) is { Type: MentionType.Organization } && M(np - 1) == M(owned - 1)) np--;
                if (Is(np - 1, "the")) np--;
                var ownerCop = np - 1;
                if (ownerBank >= 0 && IsBankOrFund(ownerBank) && IsAny(ownerCop, "are", "is", "were", "was", "remain", "remains") && Subject(ownerCop, out var notOwner, out _) is { Count: > 0 } ownerStates && !notOwner)
                {
                    Hit(ownerBank, RelationKind.Member, ownerStates);
                    if (Is(k + 1, ",") && Is(k + 2, "followed") && Is(k + 3, "by") && ReadList(k + 4, out _) is { Count: > 0 } followers) Hit(ownerBank, RelationKind.Member, followers);
                    return;
                }
            }
            if (!before && !IsAny(k + 1, "of", "in")) continue;
            var bankAt = Is(k + 2, "the") ? k + 3 : k + 2;
            // ("in the Manila-based ADB": over where it sits.)
            if (!before && T(bankAt).IsWord && W(bankAt).EndsWith("-based", System.StringComparison.Ordinal)) bankAt++;
            var nounAt = k;
            if (before)
            {
                bankAt = k - 1;
                while (bankAt > 0 && M(bankAt - 1) == M(k - 1)) bankAt--;
                nounAt = bankAt;
            }
            var bank = NamedOrganizationAt(bankAt, out _);
            if (bank < 0 || !IsBankOrFund(bank)) continue;
            // "A and B are the largest shareholders of": the subject of the copula before the noun phrase ("is also a
            // founding shareholder of").
            var cop = nounAt - 1;
            while (cop >= 1 && (IsAny(cop, LargestWords) || IsAny(cop, "the", "two", "three", "biggest", "main", "major", "founding", "principal", "joint", "a", "an", "also", "still")) && cop > nounAt - 6) cop--;
            // "The United States and Japan, the two largest shareholders in the ADB, have not applied": in apposition.
            if (Is(cop, ",") && Is(cop + 1, "the") && CountryAt(cop - 1) is not null)
            {
                Hit(bank, RelationKind.Member, ReadListBackward(cop - 1, out _, stopAtPreposition: false));
                return;
            }
            if (!IsAny(cop, "are", "is", "were", "was", "remain", "remains")) continue;
            if (Subject(cop, out var notOwners, out _) is { Count: > 0 } owners && !notOwners)
            {
                Hit(bank, RelationKind.Member, owners);
                // "..., with about 15.6 percent of the shares each, followed by China and India": those that follow.
                for (var f = k + 1; f + 2 < _v.Count; f++)
                {
                    if (IsAny(f, ";", ".")) break;
                    if (Is(f, ",") && Is(f + 1, "followed") && Is(f + 2, "by") && ReadList(f + 3, out _) is { Count: > 0 } followers) { Hit(bank, RelationKind.Member, followers); break; }
                }
            }
            return;
        }
    }

    /// <summary>The bank or fund the sentence names before view position <paramref name="k"/>, by its name or by "the bank", "the fund"; else -1.</summary>
    private int BankNamedBefore(int k)
    {
        for (var b = 0; b < k; b++)
        {
            if (M(b) is { Type: MentionType.Organization, Entity: >= 0 } om && IsBankOrFund(om.Entity)) return om.Entity;
            if (IsAny(b, "bank", "fund") && Is(b - 1, "the")) { var generic = Generic(W(b)); if (generic >= 0) return generic; }
        }
        return -1;
    }

    /// <summary>Whether the organisation's name is a bank's or a fund's ("... Bank", "... Fund", "... Bank for ...").</summary>
    private bool IsBankOrFund(int org) => _er.Orgs[org].Name is { } name
        && (name.EndsWith(" Bank", System.StringComparison.Ordinal) || name.EndsWith(" Fund", System.StringComparison.Ordinal) || name.IndexOf(" Bank ", System.StringComparison.Ordinal) > 0);

    /// <summary>
    /// "South Africa is the only African country that is a member of the G20", "Mexico is the only Latin American country
    /// in the OECD": the state so described belongs to the organisation.
    /// </summary>
    private void TheOnlyCountryThatIsAMember()
    {
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            // "Morocco, the only African country outside the union, left the OAU in 1984": outside, in apposition.
            if (Is(k, "only") && Is(k - 1, "the") && Is(k - 2, ",") && CountryAt(k - 3) is not null)
            {
                var noun = k + 1;
                while (noun < _v.Count && noun <= k + 4 && !IsAny(noun, "country", "state", "nation")) noun++;
                if (IsAny(noun, "country", "state", "nation") && Is(noun + 1, "outside") && JoinsAnOrganization(noun + 1, out var outsideOf) && outsideOf >= 0 && !_er.Orgs[outsideOf].IsInstitution)
                    Hit(outsideOf, RelationKind.NonMember, ReadListBackward(k - 3, out _, stopAtPreposition: false));
                continue;
            }
            if (!(Is(k, "only") && Is(k - 1, "the") && IsAny(k - 2, "is", "was", "remains"))) continue;
            var n = k + 1;
            while (n < _v.Count && n <= k + 4 && !IsAny(n, "country", "state", "nation", "economy")) n++;
            if (!IsAny(n, "country", "state", "nation", "economy")) return;
            // "Zentralia is the only country in Europe that is not a member": over the region.
            var that = n + 1;
            if (Is(that, "in") && T(that + 1).IsWord && T(that + 1).IsCapitalized && M(that + 1) is not { Type: MentionType.Organization }) that += 2;
            // "Morocco is the only African country that is not a member of the AU": outside.
            if (IsAny(that, "that", "which") && IsAny(that + 1, "is", "was") && IsAny(that + 2, "not", "n't") && Is(that + 3, "a") && Is(that + 4, "member"))
            {
                var outside = Is(that + 5, "of") && NamedOrganizationAt(that + 6, out _) is var notOf && notOf >= 0 ? notOf : OrgFor(that + 4);
                if (outside >= 0 && !_er.Orgs[outside].IsInstitution && Subject(k - 2, out var negatedOutside, out _) is { Count: > 0 } lone && !negatedOutside) Hit(outside, RelationKind.NonMember, lone);
                return;
            }
            int org;
            if (Is(n + 1, "in") && NamedOrganizationAt(n + 2, out var inEnd) is var inOrg && inOrg >= 0 && (inEnd >= _v.Count || IsAny(AfterAcronym(inEnd), ",", ".", ";"))) org = inOrg;
            else if (IsAny(n + 1, "that", "which", "to") && IsAny(n + 2, "is", "was", "be") && (Is(n + 3, "a") && Is(n + 4, "member") || IsAny(n + 3, "also", "still") && Is(n + 4, "a") && Is(n + 5, "member")))
            {
                var of = Is(n + 4, "member") ? n + 5 : n + 6;
                if (!Is(of, "of") || NamedOrganizationAt(of + 1, out _) is not (var memberOf and >= 0)) return;
                org = memberOf;
            }
            else return;
            if (_er.Orgs[org].IsInstitution || Subject(k - 2, out var negated, out _) is not { Count: > 0 } only || negated) return;
            Hit(org, RelationKind.Member, only);
            return;
        }
    }

    /// <summary>
    /// "Chile, Colombia and Peru are already associated states of Mercosur", "The bloc's associated states – Chile, ... –":
    /// associates, read as partners, as associate members are.
    /// </summary>
    private void AssociatedStates()
    {
        for (var k = 1; k < _v.Count; k++)
        {
            if (IsAny(k, "states", "countries", "state", "country") && IsAny(k - 1, "associate", "associated")) AssociateMemberCue(k);
        }
    }

    /// <summary>
    /// "the six countries of the Zentral Partnership, Armenia, Azerbaijan, Georgia, Moldova, Serbia and Ukraine": the states
    /// named after a counted group of a body, as many as it counts.
    /// </summary>
    private void TheCountedStatesOfABodyNamed()
    {
        for (var k = 0; k + 5 < _v.Count; k++)
        {
            // ("The three kingdoms of the Balkan League which are not yet at war with Turkey—Bulgaria, Servia and Greece—": kingdoms
            // and republics too, over a relative clause up to a dash.)
            if (!(Is(k, "the") && NumberWords.TryParse(W(k + 1), out var counted) && counted >= 2 && (IsAny(k + 2, "countries", "states", "nations", "members", "member-states") || IsAny(k + 2, "kingdoms", "republics")) && Is(k + 3, "of"))) continue;
            if (NamedOrganizationAt(k + 4, out var end) is not (var org and >= 0) || _er.Orgs[org].IsInstitution) continue;
            var after = AfterAcronym(end);
            if (IsAny(after, "which", "that"))
            {
                var dash = after + 1;
                while (dash < _v.Count && dash <= after + 12 && T(dash).Kind != TokenKind.Dash && !IsAny(dash, ",", ";", ".", ":")) dash++;
                if (T(dash).Kind == TokenKind.Dash) after = dash;
            }
            if (!(Is(after, ",") || Is(after, ":") || T(after).Kind == TokenKind.Dash) || ReadList(after + 1, out _) is not { } named || named.Count != counted) continue;
            Hit(org, RelationKind.Member, named);
        }
    }

    /// <summary>
    /// "Seven other ZTO countries, Cyprus, Greece and Hungary, signed the agreement in 2013": the states in apposition to a
    /// counted group named by the body (no more than the count).
    /// </summary>
    private void CountedStatesOfABodyBeforeTheNoun()
    {
        for (var k = 0; k + 4 < _v.Count; k++)
        {
            if (!IsNumberOrWord(k) || !NumberWords.TryParse(W(k), out var counted) || counted < 2) continue;
            var o = IsAny(k + 1, "other", "fellow", "more") ? k + 2 : k + 1;
            if (M(o) is not { Type: MentionType.Organization } om || om.Entity < 0 || _er.Orgs[om.Entity].IsInstitution || T(o).IsWord && !T(o).IsCapitalized) continue;
            var noun = o;
            while (noun + 1 < _v.Count && M(noun + 1) == om) noun++;
            noun++;
            if (!IsAny(noun, "countries", "states", "nations", "members", "member-states") || !Is(noun + 1, ",")) continue;
            if (ReadList(noun + 2, out var end) is not { Count: > 0 } named || named.Count > counted) continue;
            if (!(Is(end + 1, ",") || end + 1 < _v.Count && T(end + 1).IsWord && !T(end + 1).IsCapitalized && !Is(end + 1, "and"))) continue;
            Hit(om.Entity, RelationKind.Member, named);
        }
    }

    private static readonly string[] WithdrawalHedges = { "planned", "threatened", "possible", "proposed", "potential", "feared", "a", "any" };

    /// <summary>
    /// More ways of telling a departure: "Russia, expelled from the Council of Europe in 2022,", "Mali's withdrawal in May
    /// from the G5 Sahel", "Burkina Faso and Niger announced this month that they were leaving the grouping", "Ukraine ended
    /// its participation in 2018", "Accession forced Croatia to leave CEFTA", "Switzerland, which rejected the EEA in a 1992
    /// referendum": outside.
    /// </summary>
    private void MoreDepartures()
    {
        for (var k = 2; k + 1 < _v.Count; k++)
        {
            int org = -1;
            List<Mention>? gone = null;
            if (Is(k, "expelled") && Is(k - 1, ",") && CountryAt(k - 2) is not null)
            {
                org = Is(k + 1, "from") && JoinsAnOrganization(k + 1, out var from) && from >= 0 ? from : OrgFor(k);
                var close = k + 1;
                while (close < _v.Count && close <= k + 10 && !IsAny(close, ",", ";", ".")) close++;
                if (!Is(close, ",")) continue;
                gone = ReadListBackward(k - 2, out _, stopAtPreposition: false);
            }
            else if (IsAny(k, "withdrawal", "exit", "departure") && T(k - 1).Kind == TokenKind.Possessive && CountryAt(k - 2) is { } leaver && !IsAny(k - 3, WithdrawalHedges))
            {
                var from = k + 1;
                while (from < _v.Count && from <= k + 4 && !Is(from, "from") && !IsAny(from, ",", ";", ".")) from++;
                if (!Is(from, "from") || !JoinsAnOrganization(from, out org) || org < 0) continue;
                gone = new List<Mention> { leaver };
            }
            else if (Is(k, "leaving") && IsAny(k - 1, "was", "were") && IsAny(k - 2, "it", "they") && Is(k - 3, "that"))
            {
                var said = k - 4;
                while (said > 0 && said >= k - 7 && !IsAny(said, WordsAnnounced10)) said--;
                if (!IsAny(said, WordsAnnounced10) || !JoinsAnOrganization(k, out org) || org < 0) continue;
                gone = Subject(said, out var notSaid, out _);
                if (notSaid) continue;
            }
            else if (Is(k, "participation") && IsAny(k - 1, "its", "their") && IsAny(k - 2, "ended", "ends"))
            {
                org = Is(k + 1, "in") && JoinsAnOrganization(k + 1, out var endedIn) && endedIn >= 0 ? endedIn : SentenceOrgBefore(k - 2) is var before && before >= 0 ? before : PreviousSentenceOrg() ?? _main;
                gone = Subject(k - 2, out var notEnded, out _);
                if (notEnded) continue;
            }
            else if (Is(k, "leave") && Is(k - 1, "to") && CountryAt(k - 2) is { } forced && IsAny(k - 3, "forced", "forcing", "obliged", "compelled"))
            {
                if (!JoinsAnOrganization(k, out org) || org < 0) continue;
                gone = new List<Mention> { forced };
            }
            else if (Is(k, "rejected") && NamedOrganizationAt(k + 1, out var rejectedEnd) is var rejected && rejected >= 0)
            {
                var referendum = false;
                for (var r = rejectedEnd; r < _v.Count && r <= rejectedEnd + 6 && !referendum; r++) referendum = Is(r, "referendum");
                if (!referendum) continue;
                org = rejected;
                gone = Subject(k, out var notRejected, out _);
                if (notRejected) continue;
            }
            else continue;
            if (org < 0 || _er.Orgs[org].IsInstitution || gone is not { Count: > 0 }) continue;
            Departure(org, gone);
        }
    }

    /// <summary>
    /// An accession under way: "Bolivia, which signed an accession protocol in 2015, is still waiting", "Costa Rica, which
    /// is in the final stage of its accession talks", "Thailand is also in talks to join the OECD", "Ukraine, a candidate
    /// for EU membership since June 2022, is ...": candidates, on their way in.
    /// </summary>
    private void AccessionUnderWay()
    {
        for (var k = 1; k + 1 < _v.Count; k++)
        {
            int org = -1, verb = -1;
            // "signed an accession protocol (to Mercosur)", "signed the accession agreement"
            if (Is(k, "accession") && IsAny(k + 1, "protocol", "agreement", "treaty") && IsAny(k - 1, "an", "the", "its", "their") && IsAny(k - 2, "signed", "signs"))
            {
                verb = k - 2;
                // ("an accession protocol to join Mercosur": the body after "join".)
                var toAt = Is(k + 2, "to") && Is(k + 3, "join") ? k + 3 : k + 2;
                org = Is(k + 2, "to") && JoinsAnOrganization(toAt, out var to) && to >= 0 ? to : -1;
            }
            // "in the final stage(s) of its (own) accession talks (with the EU)", "in the final stages of its membership talks"
            else if (IsAny(k, "talks", "negotiations") && IsAny(k - 1, "accession", "membership") && (Is(k - 2, "own") || IsAny(k - 2, "its", "their")))
            {
                var its = Is(k - 2, "own") ? k - 3 : k - 2;
                if (!(IsAny(its, "its", "their") && Is(its - 1, "of") && IsAny(its - 2, "stage", "stages") && IsAny(its - 3, "final", "last", "advanced") && Is(its - 4, "the") && Is(its - 5, "in"))) continue;
                verb = its - 6;
                if (!IsAny(verb, "is", "are", "was", "were")) continue;
                org = Is(k + 1, "with") && JoinsAnOrganization(k + 1, out var with) && with >= 0 ? with : -1;
            }
            // "is also in talks to join the OECD", "have been in talks to join the agreement for years"
            else if (Is(k, "talks") && Is(k - 1, "in") && Is(k + 1, "to") && Is(k + 2, "join"))
            {
                verb = k - 2;
                while (IsAny(verb, "also", "now", "still", "already", "been")) verb--;
                if (!IsAny(verb, "is", "are", "was", "were", "has", "have")) continue;
                if (!JoinsAnOrganization(k + 2, out org) || org < 0) continue;
            }
            // "Bolivia is also holding accession talks with the ZTO": talks with the body.
            else if (IsAny(k, "talks", "negotiations") && Is(k - 1, "accession") && IsAny(k - 2, "holding", "holds", "held", "conducting", "opened", "began", "started") && Is(k + 1, "with"))
            {
                verb = k - 2;
                if (!JoinsAnOrganization(k + 1, out org) || org < 0) continue;
            }
            // "Bolivia is in the final stages of becoming a full member": on its way in.
            else if (Is(k, "becoming") && Is(k - 1, "of") && IsAny(k - 2, "stage", "stages", "process") && Is(k - 4, "the") && Is(k - 5, "in") && IsAny(k - 6, "is", "are", "was", "were")
                     && (IsAny(k + 1, "a", "an") && (IsAny(k + 2, "member") || IsAny(k + 2, "full") && Is(k + 3, "member"))))
            {
                verb = k - 6;
            }
            // "Uruguay ... remains a prospective member": admitted, not yet in.
            else if (Is(k, "prospective") && IsAny(k + 1, "member") && Is(k - 1, "a") && IsAny(k - 2, "is", "remains", "remained", "was", "became"))
            {
                verb = k - 2;
                org = Is(k + 2, "of") && JoinsAnOrganization(k + 2, out var prospectiveOf) && prospectiveOf >= 0 ? prospectiveOf : -1;
            }
            // "Ukraine, a candidate for EU membership since June 2022, is ...": in apposition.
            else if (Is(k, "candidate") && Is(k - 1, "a") && Is(k - 2, ",") && CountryAt(k - 3) is not null && Is(k + 1, "for") && NamedOrganizationAt(k + 2, out var forEnd) is var candidateFor && candidateFor >= 0 && IsAny(forEnd, "membership", "accession"))
            {
                var close = forEnd + 1;
                while (close < _v.Count && close <= forEnd + 5 && !IsAny(close, ",", ".", ";")) close++;
                if (Is(close, ",") && !_er.Orgs[candidateFor].IsInstitution) Hit(candidateFor, RelationKind.Joining, ReadListBackward(k - 3, out _, stopAtPreposition: false));
                continue;
            }
            else continue;
            if (org < 0) org = SentenceOrganizationOr(OrgFor(k));
            if (org < 0 || _er.Orgs[org].IsInstitution) continue;
            if (Subject(verb, out var notUnderWay, out _) is { Count: > 0 } candidates && !notUnderWay) Hit(org, RelationKind.Joining, candidates);
        }
    }

    /// <summary>
    /// "Egypt, whose suspension was lifted a year ago, took part in the summit", "Mali's suspension was lifted in October": a
    /// member again.
    /// </summary>
    private void WhoseSuspensionWasLifted()
    {
        for (var k = 0; k + 4 < _v.Count; k++)
        {
            // "Mali's suspension was lifted in October": the state whose suspension it was.
            if (Is(k + 1, "suspension") && T(k).Kind == TokenKind.Possessive && CountryAt(k - 1) is { } holder && IsAny(k + 2, "was", "has", "had"))
            {
                var lifted = Is(k + 3, "been") ? k + 4 : k + 3;
                var of = Is(lifted + 1, "by") && JoinsAnOrganization(lifted + 1, out var by) && by >= 0 ? by : SentenceOrgBefore(k) is var named && named >= 0 ? named : PreviousSentenceOrg() ?? _main;
                if (Is(lifted, "lifted") && of >= 0 && !_er.Orgs[of].IsInstitution) Hit(of, RelationKind.Member, new[] { holder });
                continue;
            }
            if (!(k >= 2 && Is(k, "whose") && Is(k - 1, ",") && CountryAt(k - 2) is not null && Is(k + 1, "suspension"))) continue;
            var v = k + 2;
            var org = -1;
            if (Is(v, "from") && JoinsAnOrganization(v, out var from) && from >= 0) { org = from; v++; while (v < _v.Count && M(v) is { Type: MentionType.Organization } || Is(v, "the")) v++; v = AfterAcronym(v); }
            if (!IsAny(v, "was", "has", "had")) return;
            if (Is(v + 1, "been")) v++;
            if (!Is(v + 1, "lifted")) return;
            if (org < 0) org = SentenceOrgBefore(k) is var before && before >= 0 ? before : OrgFor(k);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            // "Cuba, whose suspension was lifted in 2009, has refused to return to the organization": outside by its own choice.
            var refused = false;
            for (var r = v + 2; r + 2 < _v.Count && !refused; r++) refused = IsAny(r, "refused", "declined", "refuses", "declines") && Is(r + 1, "to") && IsAny(r + 2, "return", "rejoin");
            Hit(org, refused ? RelationKind.NonMember : RelationKind.Member, ReadListBackward(k - 2, out _, stopAtPreposition: false));
            return;
        }
    }

    /// <summary>
    /// "Delegations from the alliance's Indo-Pacific partners, Australia, Japan, New Zealand and South Korea, also attended",
    /// "the group's Gulf producers, Saudi Arabia, Kuwait, the United Arab Emirates and Qatar, argued ...": the states in
    /// apposition to a body's partners (a region's name before the noun, or none; not trading partners), or to its members or
    /// producers (a region's name before the noun: "the ZTO's members, A and B," is read by the member cue).
    /// </summary>
    private void TheBodysStatesInApposition()
    {
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            var partners = Is(k, "partners");
            if (!(partners || IsAny(k, "producers", "exporters", "members")) || !Is(k + 1, ",")) continue;
            var first = Is(k + 2, "the") && CountryAt(k + 3) is not null ? k + 3 : k + 2;
            if (CountryAt(first) is null || partners && first != k + 2) continue;
            var b = k - 1;
            while (b > 0 && b >= k - 3 && T(b).IsWord && T(b).IsCapitalized && M(b) is null) b--;
            if (partners && Is(b, "dialogue") && b == k - 1) b--;
            if (T(b).Kind != TokenKind.Possessive || !partners && (b == k - 1 || !Is(b - 2, "the"))) continue;
            var org = M(b - 1) is { Type: MentionType.Organization } owner && owner.Entity >= 0 ? Ent(b - 1) : -1;
            if (org < 0 || _er.Orgs[org].IsInstitution || ReadList(first, out var end) is not { Count: > 0 } states || !IsAny(end + 1, ",", ".", ";") && end + 1 < _v.Count) continue;
            Hit(org, partners ? RelationKind.DialoguePartner : RelationKind.Member, states);
        }
    }

    /// <summary>
    /// "Ruritania and Zentralia are allies in the ZSTO", "Ruritania and Zentralia, which form a single group under the treaty and are
    /// also allies in the ZSTO, remain in it": allies in a body are its members.
    /// </summary>
    private void AlliesInABody()
    {
        for (var k = 2; k + 2 < _v.Count; k++)
        {
            if (!Is(k, "allies") || !Is(k + 1, "in")) continue;
            var org = NamedOrganizationAt(Is(k + 2, "the") ? k + 3 : k + 2, out _);
            if (org < 0 || _er.Orgs[org].IsInstitution) continue;
            var c = k - 1;
            while (c > 0 && IsAny(c, "also", "fellow", "close", "longtime", "treaty")) c--;
            if (!IsAny(c, "are", "were", "remain")) continue;
            // The states a relative clause holding the predicate hangs on.
            var which = -1;
            for (var b = c - 1; b >= 2; b--)
            {
                if (IsAny(b, ";", ".")) break;
                if (Is(b, "which") && Is(b - 1, ",") && CountryAt(b - 2) is not null) { which = b; break; }
            }
            var allies = which > 0 ? ReadListBackward(which - 2, out _, stopAtPreposition: false) : Subject(c, out var notAllies, out _) is { } s && !notAllies ? s : new List<Mention>();
            if (allies.Count > 0) Hit(org, RelationKind.Member, allies);
            return;
        }
    }


    /// <summary>
    /// "Saudi Arabia, the largest producer in the Organization of the Petroleum Exporting Countries (OPEC), is ...",
    /// "Saudi Arabia, the organization's largest producer, agreed ...", "Nigeria, ECOWAS's biggest economy, is ...": a state
    /// in apposition to a superlative of the organisation's belongs to it.
    /// </summary>
    private void ApposedLargest()
    {
        for (var k = 1; k + 4 < _v.Count; k++)
        {
            if (!(Is(k, ",") && CountryAt(k - 1) is not null)) continue;
            int org = -1, close = -1;
            var q = Is(k + 1, "the") ? k + 2 : k + 1;
            if (M(q) is { Type: MentionType.Organization } owner && owner.Entity >= 0 && T(q).IsCapitalized)
            {
                // "ECOWAS's biggest economy", "the ZTO's largest producer": a named organisation's superlative.
                var o = q;
                while (o + 1 < _v.Count && M(o + 1) == owner) o++;
                var n = Is(o + 2, "most") ? o + 4 : o + 3;
                if (T(o + 1).Kind != TokenKind.Possessive || !IsAny(o + 2, LargestWords) || !IsAny(n, StandingNouns)) continue;
                org = owner.Entity;
                close = n + 1;
            }
            else if (q != k + 2) continue;
            else if (IsAny(q, LargestWords))
            {
                // "the largest producer in OPEC", "the biggest economy of the bloc"
                var n = Is(q, "most") ? q + 2 : q + 1;
                if (!IsAny(n, StandingNouns) || !IsAny(n + 1, "in", "of", "among")) continue;
                if (NamedOrganizationAt(n + 2, out var after) is var named && named >= 0) { org = named; close = AfterAcronym(after); }
                else if (JoinsAnOrganization(n + 1, out var generic) && generic >= 0 && Is(n + 2, "the") && T(n + 3).IsWord && OrganizationWords.IsGenericNoun(W(n + 3))) { org = generic; close = n + 4; }
            }
            else if (T(q).IsWord && OrganizationWords.IsGenericNoun(W(q)) && T(q + 1).Kind == TokenKind.Possessive && IsAny(q + 2, LargestWords))
            {
                // "the organization's largest producer"
                var n = Is(q + 2, "most") ? q + 4 : q + 3;
                if (!IsAny(n, StandingNouns)) continue;
                // The body the noun stands for: the last so named ("the organisation's" after the Organisation of ...).
                org = SentenceOrgBefore(q) is var before && before >= 0 && _er.Orgs[before].Name is { } beforeName && beforeName.StartsWith(W(q), System.StringComparison.OrdinalIgnoreCase) ? before : OrgFor(q);
                close = n + 1;
            }
            if (org < 0 || _er.Orgs[org].IsInstitution || !(close >= _v.Count || IsAny(close, ",", ".", ";"))) continue;
            Hit(org, RelationKind.Member, ReadListBackward(k - 1, out _, stopAtPreposition: false));
        }
    }

    /// <summary>
    /// "revenue could shift away from western members like Palau and Papua New Guinea towards Kiribati and Tuvalu": the
    /// states given as examples of members are members.
    /// </summary>
    private void MembersLikeStates()
    {
        for (var k = 1; k + 1 < _v.Count; k++)
        {
            if (!Is(k, "like") || !IsAny(k - 1, "members", "member-states", "allies") || CountryAt(k + 1) is null && !(Is(k + 1, "the") && CountryAt(k + 2) is not null)) continue;
            var org = M(k - 2) is { Type: MentionType.Organization } named && named.Entity >= 0 && T(k - 2).IsCapitalized ? named.Entity : OrgFor(k - 1);
            if (org < 0 || _er.Orgs[org].IsInstitution || ReadList(k + 1, out _) is not { Count: > 0 } examples) continue;
            Hit(org, RelationKind.Member, examples);
        }
    }

    private static readonly string[] IncludeWords = { "include", "includes", "now", "are", "also" };
    private static readonly string[] InWords = { "in", "of" };

    /// <summary>
    /// "Its participants now include the 10 ASEAN states and their dialogue partners, the United States, Japan, ..., plus
    /// Papua New Guinea and Mongolia"; "North Korea became the 23rd participant in the ARF": the participants of a forum
    /// (not of a meeting) are its members.
    /// </summary>
    private void ParticipantsOfAForum()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (Is(k, "participant") && IsAny(k + 1, InWords) && IsOrdinal(W(k - 1)) && Is(k - 2, "the") && IsAny(k - 3, "became", "becomes", "become")
                && NamedOrganizationAt(k + 2, out _) is var joinedOrg && joinedOrg >= 0 && !_er.Orgs[joinedOrg].IsInstitution
                && Subject(k - 3, out var notJoined, out _) is { Count: > 0 } newcomer && !notJoined)
            {
                Hit(joinedOrg, RelationKind.Member, newcomer);
                return;
            }
            if (!Is(k, "participants")) continue;
            var q = k + 1;
            if (IsAny(q, "now", "also")) q++;
            if (!IsAny(q, "include", "includes", "are")) continue;
            int org;
            if (Is(k - 1, "its") && k == 1) org = PreviousSentenceOrg() ?? _main;
            // "The council's participants also include ...": a bloc noun's possessive.
            else if (T(k - 1).Kind == TokenKind.Possessive && Is(k - 3, "the") && T(k - 2).IsWord && !T(k - 2).IsCapitalized && OrganizationWords.IsGenericNoun(W(k - 2))) org = Generic(W(k - 2));
            // "The founding participants are Finland, France, ...", "Its founding participants include ...".
            else if (Is(k - 1, "founding") && IsAny(k - 2, "the", "its") && k == 2) org = PreviousSentenceOrg() ?? _main;
            else if (T(k - 1).Kind == TokenKind.Possessive && M(k - 2) is { Type: MentionType.Organization } owner && owner.Entity >= 0) org = owner.Entity;
            else continue;
            // (A council whose participants are states is a body of them.)
            if (org < 0 || _er.Orgs[org].IsInstitution && T(k - 1).Kind != TokenKind.Possessive || OrganizationWords.IsEventWord(_er.Orgs[org].Name is { } n ? n.Substring(n.LastIndexOf(' ') + 1) : "") && !(_er.Orgs[org].Name?.EndsWith("Forum", System.StringComparison.Ordinal) ?? false)) return;
            var states = new List<Mention>();
            for (var j = q + 1; j < _v.Count; j++)
            {
                // "the 10 ASEAN states": the members the article named of that organisation.
                if (Is(j, "the") && NumberWords.TryParse(W(j + 1), out var counted) && M(j + 2) is { Type: MentionType.Organization } group && group.Entity >= 0 && group.Entity != org)
                {
                    var known = KnownMembers(group.Entity);
                    if (known.Count == counted) states.AddRange(known);
                }
                if (M(j) is { Type: MentionType.Country } c && c.Country is not null && c.FormKind is CountryFormKind.Name or CountryFormKind.Alias && !c.Compound && !ContainsState(states, c.Country)) states.Add(c);
            }
            if (states.Count > 0) Hit(org, RelationKind.Member, states);
            return;
        }
    }

    private static readonly string[] InOrgVerbs = { "the" };

    /// <summary>
    /// "Of the 16 members of the Economic Community of West African States (ECOWAS), only five have committed troops: Nigeria,
    /// which provides the largest contingent, Ghana, Guinea, Sierra Leone and The Gambia.": the states after the colon are
    /// some of those members.
    /// </summary>
    private void OfTheMembersOnlySomeColon()
    {
        if (!IsNumberOrWord(2) || !IsAny(3, "members", "member-states") && !(Is(3, "member") && IsAny(4, "states", "countries")) ) return;
        var of = Is(3, "member") ? 5 : 4;
        if (!Is(of, "of") || NamedOrganizationAt(of + 1, out var end) is not (var org and >= 0) || _er.Orgs[org].IsInstitution || !Is(AfterAcronym(end), ",")) return;
        var colon = -1;
        for (var k = AfterAcronym(end) + 1; k < _v.Count; k++)
        {
            if (Is(k, ":")) { colon = k; break; }
            if (IsAny(k, ";", ".") || M(k) is { Type: MentionType.Country or MentionType.Organization }) return;
        }
        if (colon < 0) return;
        var named = new List<Mention>();
        for (var k = colon + 1; k < _v.Count; k++)
        {
            if (Is(k, ";")) break;
            if (M(k) is { Type: MentionType.Country } c && c.Country is not null && c.FormKind is CountryFormKind.Name or CountryFormKind.Alias && !c.Compound && !c.Possessive && !ContainsState(named, c.Country)) named.Add(c);
        }
        if (named.Count > 0) Hit(org, RelationKind.Member, named);
    }

    /// <summary>
    /// "The bloc's five founders of 1967, Indonesia, Malaysia, the Philippines, Singapore and Thailand, were joined by Brunei
    /// in 1984, Vietnam in 1995, Laos and Myanmar in 1997 and Cambodia in 1999": the founders and each state that joined.
    /// </summary>
    private void FoundersJoinedBy()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            if (!IsAny(k, "founders", "co-founders")) continue;
            var q = k + 1;
            if (Is(q, "of") && T(q + 1).Kind == TokenKind.Number) q += 2;
            if (!Is(q, ",") || ReadList(q + 1, out var end) is not { Count: > 1 } founders || !Is(end + 1, ",")) continue;
            var org = OrgFor(k);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(org, RelationKind.Member, founders);
            if (!IsAny(end + 2, "were", "was") || !Is(end + 3, "joined") || !Is(end + 4, "by")) return;
            // Lists of states, each with the year it joined: "Brunei in 1984, Vietnam in 1995, Laos and Myanmar in 1997".
            var j = end + 5;
            while (j < _v.Count)
            {
                if (ReadList(j, out var itemEnd) is not { Count: > 0 } joined) break;
                Hit(org, RelationKind.Member, joined);
                j = itemEnd + 1;
                if (Is(j, "in") && T(j + 1).Kind == TokenKind.Number) j += 2;
                if (IsAny(j, ",", "and")) j++;
                else break;
                if (Is(j, "and")) j++;
            }
            return;
        }
    }

    /// <summary>
    /// "Australia remains in the Five Power Defence Arrangements with Britain, New Zealand, Malaysia and Singapore": the
    /// subject and the states it is in the organisation with are members.
    /// </summary>
    private void InAnOrganizationWith()
    {
        for (var k = 1; k + 4 < _v.Count; k++)
        {
            if (!Is(k + 1, "in") || !IsAny(k, "remains", "remain", "is", "are", "stays")) continue;
            if (NamedOrganizationAt(k + 2, out var end) is not (var org and >= 0) || _er.Orgs[org].IsInstitution || !T(k + 2).IsCapitalized && !Is(k + 2, "the")) continue;
            var with = AfterAcronym(end);
            // ("... with South Africa, Lesotho and Swaziland under the Multilateral Monetary Agreement": a phrase may follow.)
            if (!Is(with, "with") || ReadList(with + 1, out var listEnd) is not { Count: > 0 } others || listEnd + 1 < _v.Count && !IsAny(listEnd + 1, ",", ".", ";", "under", "since", "through")) continue;
            if (Subject(k, out var negated, out _) is not { Count: > 0 } subject || negated) continue;
            Hit(org, RelationKind.Member, subject);
            Hit(org, RelationKind.Member, others);
            return;
        }
    }

    private static readonly string[] SignedWords = { "by", "in", "on", "at" };

    /// <summary>
    /// "The Nauru Agreement was signed in February 1982 by the Federated States of Micronesia, Kiribati, ...", in an article
    /// about the Parties to the Nauru Agreement: the states that signed an agreement are the parties the body is named after.
    /// </summary>
    private void SignatoriesOfTheAgreementAreItsParties()
    {
        for (var o = 0; o < _er.Orgs.Count; o++)
        {
            if (_er.Orgs[o].Mentions == 0 || _er.Orgs[o].Name is not { } name || !name.StartsWith("Parties to the ", System.StringComparison.Ordinal)) continue;
            var agreement = name.Substring("Parties to the ".Length).Split(' ');
            for (var k = agreement.Length + 1; k + 3 < _v.Count; k++)
            {
                if (!Is(k, "signed") || !IsAny(k - 1, "was", "were")) continue;
                var same = true;
                for (var w = 0; w < agreement.Length && same; w++) same = W(k - 1 - agreement.Length + w) == agreement[w];
                if (!same) continue;
                var by = k + 1;
                while (by < _v.Count && by <= k + 8 && !Is(by, "by") && !IsAny(by, ",", ".")) by++;
                if (!Is(by, "by") || ReadList(by + 1, out _) is not { Count: > 1 } signatories) continue;
                Hit(o, RelationKind.Member, signatories);
                return;
            }
        }
    }

    /// <summary>"Argentina declined the invitation": outside the organisation that invited it.</summary>
    private void DeclinedTheInvitation()
    {
        for (var k = 1; k + 2 < _v.Count; k++)
        {
            if (!IsAny(k, "declined", "rejected", "turned") || CountryAt(k - 1) is not { } state) continue;
            var q = Is(k, "turned") && Is(k + 1, "down") ? k + 2 : k + 1;
            if (!IsAny(q, "the", "its", "an") || !IsAny(q + 1, "invitation", "offer")) continue;
            var org = -1;
            if (Is(q + 2, "to") && JoinsAnOrganization(q + 3, out var to) && to >= 0) org = to;
            if (org < 0) org = SentenceOrganizationOr(PreviousSentenceOrg() ?? _main);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(org, RelationKind.NonMember, new[] { state });
            return;
        }
    }

    /// <summary>
    /// "The Pacific Community has 26 members: 22 Pacific Island countries and territories and four of the founding states,
    /// Australia, France, New Zealand and the United States": the states named after a counted part of the members.
    /// </summary>
    private void CountedPartOfMembersNamed()
    {
        for (var k = 1; k + 6 < _v.Count; k++)
        {
            if (!IsAny(k, "members") || !Is(k + 1, ":") || !IsNumberOrWord(k - 1)) continue;
            for (var q = k + 2; q + 5 < _v.Count; q++)
            {
                if (!IsNumberOrWord(q) || !Is(q + 1, "of") || !Is(q + 2, "the")) continue;
                var noun = q + 3;
                while (noun < _v.Count && noun <= q + 5 && !IsAny(noun, "states", "countries", "nations", "members", "powers")) noun++;
                if (!Is(noun + 1, ",") || ReadList(noun + 2, out _) is not { Count: > 0 } named) return;
                if (!NumberWords.TryParse(W(q), out var n) || n != named.Count) return;
                var org = NamedBefore(k);
                if (org < 0 || _er.Orgs[org].IsInstitution) return;
                Hit(OwnerOf(org), RelationKind.Member, named);
                return;
            }
            return;
        }
    }

    /// <summary>
    /// "The council has eight members. ... Thirteen non-Arctic countries already hold that status. Among them are China,
    /// India, ...": the states the sentence before counted, in the relation it (or the one before it, for "that status")
    /// names: observers, partners or members.
    /// </summary>
    private void AmongThemAre()
    {
        if (_sentence == 0 || !IsAny(2, "are", "were") || ReadList(3, out var end) is not { Count: > 0 } named) return;
        RelationKind? kind = null;
        for (var back = 1; back <= 2 && kind is null && _sentence - back >= 0; back++)
        {
            var s = _doc.Sentences[_sentence - back];
            for (var i = s.FirstToken; i <= s.LastToken && kind is null; i++)
            {
                var t = _t[i];
                if (!t.IsWord) continue;
                if (t.IsIgnoreCase("observer") || t.IsIgnoreCase("observers")) kind = RelationKind.Observer;
                else if (t.IsIgnoreCase("partners") || t.IsIgnoreCase("partner")) kind = RelationKind.DialoguePartner;
                else if (back == 1 && (t.IsIgnoreCase("members") || t.IsIgnoreCase("member"))) kind = RelationKind.Member;
            }
            // Only "that status" looks two sentences back.
            if (kind is null && back == 1)
            {
                var thatStatus = false;
                for (var i = s.FirstToken; i < s.LastToken; i++) if (_t[i].IsIgnoreCase("that") && _t[i + 1].IsIgnoreCase("status")) thatStatus = true;
                if (!thatStatus) break;
            }
        }
        if (kind is not { } k) return;
        var org = PreviousSentenceOrg() ?? RecentRelationOrg() ?? _main;
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        Hit(org, k, named);
        // "..., which were admitted in 2013, as well as France, Germany and the United Kingdom".
        for (var q = end + 1; q + 3 < _v.Count; q++)
        {
            if (AsWellAs(q) && ReadList(q + 3, out _) is { Count: > 0 } more) { Hit(org, k, more); break; }
        }
    }

    /// <summary>
    /// "North Macedonia and Albania, both candidate countries, are still waiting": an apposition that says what the states
    /// are to the organisation the sentence is about (candidates, observers, partners, members).
    /// </summary>
    private void BothApposition()
    {
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!Is(k, ",") || !IsAny(k + 1, "both", "all")) continue;
            // "The United States and the European Union, both dialogue partners of ASEAN,": over an organisation ending the list.
            var last = k - 1;
            if (M(last) is { Type: MentionType.Organization } itemOrg)
            {
                while (last > 0 && M(last - 1) == itemOrg) last--;
                last--;
                if (Is(last, "the")) last--;
                if (!Is(last, "and")) continue;
                last--;
            }
            if (CountryAt(last) is null) continue;
            var q = k + 2;
            RelationKind kind;
            if (Is(q, "candidate") && IsAny(q + 1, "countries", "states") || IsAny(q, "candidates")) { kind = RelationKind.Joining; q += Is(q, "candidate") ? 2 : 1; }
            else if (IsAny(q, "observers")) { kind = RelationKind.Observer; q++; }
            else if (Is(q, "dialogue") && Is(q + 1, "partners")) { kind = RelationKind.DialoguePartner; q += 2; }
            else continue;
            var named = -1;
            if (Is(q, "of") && NamedOrganizationAt(q + 1, out var afterOf) is var ofOrg && ofOrg >= 0) { named = ofOrg; q = AfterAcronym(afterOf); }
            if (!Is(q, ",") && !(named >= 0 && (q >= _v.Count || IsAny(q, ".", ";")))) continue;
            var states = ReadListBackward(last, out var start, stopAtPreposition: false);
            if (states.Count < (last == k - 1 ? 2 : 1)) continue;
            var org = named >= 0 ? named : OrgFor(k + 2);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(org, kind, states);
            return;
        }
    }

    /// <summary>
    /// "... the Organisation of Eastern Caribbean States (OECS), to which they belong with Antigua and Barbuda, Grenada, ...":
    /// the states "they" are (the sentence's opening states) and those they belong with.
    /// </summary>
    private void ToWhichTheyBelongWith()
    {
        for (var k = 4; k + 3 < _v.Count; k++)
        {
            if (!Is(k, "to") || !Is(k + 1, "which") || !IsAny(k + 2, "they", "it") || !IsAny(k + 3, "belong", "belongs") || !Is(k - 1, ",")) continue;
            var named = NamedBeforeComma(k - 1, capitalizedOnly: false);
            if (named < 0 || _er.Orgs[named].IsInstitution) return;
            if (OpenerList(overApposition: true) is not { Count: > 0 } they) return;
            Hit(OwnerOf(named), RelationKind.Member, they);
            if (Is(k + 4, "with") && ReadList(k + 5, out _) is { Count: > 0 } with) Hit(OwnerOf(named), RelationKind.Member, with);
            return;
        }
    }

    /// <summary>
    /// "Belize, the only CARICOM member that also belongs to the Central American Integration System (SICA), joins ...": a
    /// member of the organisation the relative clause names too.
    /// </summary>
    private void OnlyMemberThatAlsoBelongs()
    {
        if (CountryAt(0) is null || !HasPair("also", BelongVerbs) && !HasPair("that", BelongVerbs) && !HasPair("which", BelongVerbs) || ReadList(0, out var end) is not { Count: 1 } state || !Is(end + 1, ",") || !Is(end + 2, "the")) return;
        for (var k = end + 3; k + 3 < _v.Count && k <= end + 8; k++)
        {
            if (IsAny(k, ",", ";", ".")) return;
            if (!IsAny(k, "that", "which", "who")) continue;
            var v = k + 1;
            if (IsAny(v, "also", "still")) v++;
            if (!IsAny(v, "belongs", "belong") || !Is(v + 1, "to")) return;
            var org = NamedOrganizationAt(v + 2, out _);
            if (org >= 0 && !_er.Orgs[org].IsInstitution) Hit(OwnerOf(org), RelationKind.Member, state);
            return;
        }
    }

    /// <summary>"Russia was thrown out of what was then the G8 in 2014", "was kicked out of": a departure.</summary>
    private void ThrownOutOf(int p)
    {
        if (!Is(p + 1, "out") || !Is(p + 2, "of") || !IsAny(p - 1, "was", "were", "been", "got")) return;
        var q = p + 3;
        if (Is(q, "what") && IsAny(q + 1, "was", "were") && Is(q + 2, "then")) q += 3;
        var org = NamedOrganizationAt(q, out _);
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        var subject = Subject(p - 1, out var negated, out _);
        if (subject.Count > 0 && !negated) Departure(org, subject);
    }

    /// <summary>
    /// "the East African Community (EAC), the regional trade bloc it belongs to with Tanzania, Uganda and Rwanda": the
    /// states named after "with" belong to the body the apposition describes.
    /// </summary>
    private bool BelongsToWith(int p)
    {
        if (!Is(p + 1, "to") || !Is(p + 2, "with") || !IsAny(p - 1, "it", "they") || ReadList(p + 3, out _) is not { Count: > 0 } fellows) return false;
        if (!T(p - 2).IsWord || !OrganizationWords.IsGenericNoun(W(p - 2)) || ApposedOrganization(p - 2) is not (var body and >= 0)) return false;
        Hit(body, RelationKind.Member, fellows);
        return true;
    }

    /// <summary>
    /// "All six members of the Gulf Cooperation Council (GCC), Bahrain, Kuwait, ..., belong to it": "it" is what the
    /// sentence before was about.
    /// </summary>
    private bool BelongToIt(int p)
    {
        if (!Is(p + 1, "to") || !Is(p + 2, "it") || !(p + 3 >= _v.Count || IsAny(p + 3, ",", ".", ";", "and", "too"))) return false;
        // ("Qatar left OPEC in 2019, while Bahrain and Oman have never belonged to it": the body the sentence named before.)
        // (Not "All six members of the GCC, A, B and C, belong to it": a body inside the subject is not "it".)
        var namedBefore = -1;
        for (var k = p - 1; k >= 0 && namedBefore < 0; k--)
        {
            if (!IsAny(k, "while", "whereas", "but", ";")) continue;
            for (var b = k - 1; b >= 0; b--) if (M(b) is { Type: MentionType.Organization } om && om.Entity >= 0 && T(b).IsCapitalized) { namedBefore = om.Entity; break; }
            break;
        }
        var org = namedBefore >= 0 ? namedBefore : PreviousSentenceOrg() ?? _main;
        if (org < 0 || _er.Orgs[org].IsInstitution) return false;
        // The states before the verb: an apposition list ("..., A, B and C, belong to it") or the subject.
        var negated = false;
        var states = Is(p - 1, ",") && CountryAt(p - 2) is not null ? ReadListBackward(p - 2, out _, stopAtPreposition: false) : Subject(p, out negated, out _);
        // "All 47 member states of the Council of Europe belong to it, among them Austria, Germany and Russia": the states
        // named after it, when the subject names none.
        if (states.Count == 0 && Is(p + 3, ",") && Is(p + 4, "among") && Is(p + 5, "them") && ReadList(p + 6, out _) is { Count: > 0 } amongThem) states = amongThem;
        if (states.Count == 0) return false;
        // "have never belonged to it": outside it.
        Hit(OwnerOf(org), negated || IsAny(p - 1, "never", "not", "n't") ? RelationKind.NonMember : RelationKind.Member, states);
        return true;
    }

    /// <summary>"India is a member of the EAS but not of APEC": outside the second organisation.</summary>
    private void MemberButNotOf()
    {
        for (var k = 4; k + 3 < _v.Count; k++)
        {
            if (!Is(k, "but") || !IsAny(k + 1, "not", "n't") || !IsAny(k + 2, "of", "in")) continue;
            var org = NamedOrganizationAt(k + 3, out var after);
            if (org < 0 || _er.Orgs[org].IsInstitution || !(after >= _v.Count || IsAny(AfterAcronym(after), ",", ".", ";"))) return;
            var member = -1;
            for (var b = k - 1; b >= 1 && b >= k - 10; b--) if (IsAny(b, "member", "members") && Is(b + 1, "of")) { member = b; break; }
            if (member < 0) return;
            var v = member - 1;
            while (IsAny(v, "a", "an", "full", "founding", "also")) v--;
            if (!IsAny(v, "is", "are", "was", "were", "remains", "remain")) return;
            var subject = Subject(v + 1, out var negated, out _);
            if (subject.Count > 0 && !negated) Hit(OwnerOf(org), RelationKind.NonMember, subject);
            return;
        }
    }

    /// <summary>
    /// "The AU has 54 members, but three of them, Madagascar, Mali and Guinea-Bissau, are currently suspended": members
    /// named in apposition to a part of the counted members.
    /// </summary>
    private void PartOfThemNamed()
    {
        for (var k = 3; k + 4 < _v.Count; k++)
        {
            if (!IsNumberOrWord(k) || !Is(k + 1, "of") || !Is(k + 2, "them") || !Is(k + 3, ",")) continue;
            if (!NumberWords.TryParse(W(k), out var n) || ReadList(k + 4, out var end) is not { Count: > 0 } named || named.Count != n || !Is(end + 1, ",")) continue;
            var org = MemberCountOrgHere();
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(org, RelationKind.Member, named);
            return;
        }
    }

    /// <summary>
    /// "Papua New Guinea is Fiji's partner in the Melanesian Spearhead Group (MSG), with Solomon Islands and Vanuatu": all
    /// of them members.
    /// </summary>
    private void PartnerInWith()
    {
        if (!HasPair("partner", "in") && !HasPair("partners", "in") && !HasPair("neighbour", "in") && !HasPair("neighbor", "in") && !HasPair("ally", "in")) return;
        var first = Is(0, "the") ? 1 : 0;
        if (CountryAt(first) is null || ReadList(first, out var end) is not { Count: > 0 } subject) return;
        var q = end + 1;
        if (!IsAny(q, "is", "are", "was", "were")) return;
        q++;
        if (T(q + 1).Kind != TokenKind.Possessive || CountryAt(q) is not { } other || !IsAny(q + 2, "partner", "partners", "neighbour", "neighbor", "ally") || !Is(q + 3, "in")) return;
        var org = NamedOrganizationAt(q + 4, out var after);
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        Hit(OwnerOf(org), RelationKind.Member, subject);
        Hit(OwnerOf(org), RelationKind.Member, new[] { other });
        after = AfterAcronym(after);
        if (Is(after, ",")) after++;
        if ((Is(after, "with") ? after + 1 : AlongWith(after)) is var with && with > 0 && ReadList(with, out _) is { Count: > 0 } fellows) Hit(OwnerOf(org), RelationKind.Member, fellows);
    }

    /// <summary>"In June it made Indonesia an associate member": an associate, the organisation's partner.</summary>
    private void MadeAnAssociateMember()
    {
        for (var k = 1; k + 4 < _v.Count; k++)
        {
            if (!IsAny(k, "made", "makes", "make") || CountryAt(k + 1) is null || ReadList(k + 1, out var end) is not { Count: > 0 } made) continue;
            if (!IsAny(end + 1, "an", "a") || !IsAny(end + 2, "associate", "observer") || !IsAny(end + 3, "member", "members")) continue;
            var org = -1;
            if (Is(k - 1, "it") || Is(k - 1, "they")) org = PreviousSentenceOrg() ?? _main;
            else for (var b = k - 1; b >= 0 && org < 0; b--) if (M(b) is { Type: MentionType.Organization, Modifier: false } om && om.Entity >= 0) org = Ent(b);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(OwnerOf(org), Is(end + 2, "observer") ? RelationKind.Observer : RelationKind.DialoguePartner, made);
            return;
        }
    }

    /// <summary>
    /// "Representatives of the association's nine observers - Australia, China, the European Union, Iran, ... - followed":
    /// a counted group and its states between dashes.
    /// </summary>
    private void CountedGroupBetweenDashes()
    {
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (T(k).Kind != TokenKind.Dash || !IsAny(k - 1, "observers", "partners", "members", "member-states")) continue;
            var noun = k - 1;
            var kind = Is(noun, "observers") ? RelationKind.Observer : Is(noun, "partners") ? RelationKind.DialoguePartner : RelationKind.Member;
            var q = noun - 1;
            int n = -1;
            if (IsNumberOrWord(q) && NumberWords.TryParse(W(q), out var counted)) { n = counted; q--; }
            if (Is(q, "dialogue")) q--;
            if (T(q).Kind != TokenKind.Possessive) return;
            var org = OrgFor(noun);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            // Items until the closing dash: states, and organisations (no relation of theirs here).
            var states = new List<Mention>();
            var items = 0;
            var e = k + 1;
            for (; e < _v.Count && T(e).Kind != TokenKind.Dash; e++)
            {
                if (CountryAt(e) is { } c) { if (!states.Exists(x => x.Country == c.Country)) { states.Add(c); items++; } while (e + 1 < _v.Count && M(e + 1) == c) e++; }
                else if (M(e) is { Type: MentionType.Organization } om) { items++; while (e + 1 < _v.Count && M(e + 1) == om) e++; }
                else if (!IsAny(e, ",", "and", "the")) return;
            }
            if (states.Count == 0 || n > 0 && items != n) return;
            Hit(org, kind, states);
            return;
        }
    }

    /// <summary>
    /// "Rwanda and Burundi also belong, together with the Democratic Republic of Congo, to the Economic Community of the
    /// Great Lakes Countries (CEPGL)": members, and those they belong together with.
    /// </summary>
    private bool BelongTogetherWithTo(int p)
    {
        if (!Is(p + 1, ",") || AlongWith(p + 2) is var with && with < 0) return false;
        if (ReadList(with, out var end) is not { Count: > 0 } fellows || !Is(end + 1, ",") || !Is(end + 2, "to")) return false;
        var org = NamedOrganizationAt(end + 3, out _);
        if (org < 0 || _er.Orgs[org].IsInstitution) return false;
        var subject = Subject(p, out var negated, out _);
        if (negated || subject.Count == 0) return false;
        Hit(OwnerOf(org), RelationKind.Member, subject);
        Hit(OwnerOf(org), RelationKind.Member, fellows);
        return true;
    }

    /// <summary>
    /// "Afghanistan joins India, Iran, Mongolia and Pakistan as an observer in the six-member organization": the status the
    /// sentence gives the newcomer, the others already have.
    /// </summary>
    private void JoinsOthersAs()
    {
        for (var k = 1; k + 4 < _v.Count; k++)
        {
            if (!IsAny(k, "joins", "joined", "join") || CountryAt(k - 1) is not { } newcomer || ReadList(k + 1, out var end) is not { Count: > 0 } others) continue;
            var q = end + 1;
            if (!Is(q, "as")) continue;
            q++;
            if (IsAny(q, "an", "a")) q++;
            RelationKind kind;
            if (IsAny(q, "observer", "observers")) { kind = RelationKind.Observer; q++; }
            else if (Is(q, "dialogue") && IsAny(q + 1, "partner", "partners")) { kind = RelationKind.DialoguePartner; q += 2; }
            else continue;
            var org = -1;
            if (IsAny(q, "in", "of", "to", "at"))
            {
                var at = q + 1;
                if (Is(at, "the")) at++;
                if (IsSizeWord(at) && T(at + 1).IsWord && OrganizationWords.IsGenericNoun(W(at + 1))) org = SizedOrganization(at) is var sized && sized >= 0 ? sized : Generic(W(at + 1));
                else if (T(at).IsWord && OrganizationWords.IsGenericNoun(W(at))) org = Generic(W(at));
                else org = NamedOrganizationAt(q + 1, out _);
            }
            if (org < 0) org = SentenceOrganizationOr(_main);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(OwnerOf(org), kind, new[] { newcomer });
            Hit(OwnerOf(org), kind, others);
            return;
        }
    }

    /// <summary>
    /// "the leaders approved Turkey as a dialogue partner of the ZTO, a status already held by Nepal and Sri Lanka": the
    /// state approved and those that hold the status already.
    /// </summary>
    private void ApprovedAsPartner()
    {
        for (var k = 1; k + 5 < _v.Count; k++)
        {
            if (!IsAny(k, "approved", "accepted", "granted", "admitted", "welcomed") || CountryAt(k + 1) is null || ReadList(k + 1, out var end) is not { Count: > 0 } approved) continue;
            var q = end + 1;
            if (!Is(q, "as") || !IsAny(q + 1, "a", "an")) continue;
            q += 2;
            RelationKind kind;
            if (Is(q, "dialogue") && Is(q + 1, "partner")) { kind = RelationKind.DialoguePartner; q += 2; }
            else if (Is(q, "observer")) { kind = RelationKind.Observer; q++; }
            else continue;
            var after = q;
            var org = Is(q, "of") || Is(q, "to") ? NamedOrganizationAt(q + 1, out after) : -1;
            var next = org >= 0 ? AfterAcronym(after) : q;
            if (org < 0) org = SentenceOrganizationOr(_main);
            if (org < 0 || _er.Orgs[org].IsInstitution || HasFutureMarker(k)) return;
            Hit(OwnerOf(org), kind, approved);
            // ", a status already held by Nepal and Sri Lanka"
            if (Is(next, ",") && IsAny(next + 1, "a", "the") && Is(next + 2, "status"))
            {
                var by = next + 3;
                while (by < _v.Count && by <= next + 6 && !Is(by, "by")) by++;
                if (Is(by, "by") && ReadList(by + 1, out _) is { Count: > 0 } holders) Hit(OwnerOf(org), kind, holders);
            }
            return;
        }
    }

    /// <summary>
    /// "Lesotho shares membership of the Southern African Customs Union (SACU) with South Africa, Botswana, Namibia and
    /// Swaziland": members all.
    /// </summary>
    private void SharesMembershipOfWith()
    {
        for (var k = 1; k + 4 < _v.Count; k++)
        {
            if (!IsAny(k, "shares", "share", "shared") || !Is(k + 1, "membership") || !IsAny(k + 2, "of", "in")) continue;
            var org = NamedOrganizationAt(k + 3, out var after);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            after = AfterAcronym(after);
            if (!Is(after, "with") || ReadList(after + 1, out _) is not { Count: > 0 } with) return;
            var subject = Subject(k, out var negated, out _);
            if (negated) return;
            Hit(OwnerOf(org), RelationKind.Member, subject);
            Hit(OwnerOf(org), RelationKind.Member, with);
            return;
        }
    }

    /// <summary>
    /// "New Zealand's refusal ... has strained its ties inside ANZUS, the alliance it shares with Australia and the United
    /// States": the states it is shared with are members, and so is the state "it" stands for, the one the sentence opens with.
    /// </summary>
    private void TheBlocItSharesWith()
    {
        for (var k = 4; k + 3 < _v.Count; k++)
        {
            // ("AUKUS, the security pact they formed with the United Kingdom in 2021": formed with them too.)
            var verbEnd = Is(k, "set") && Is(k + 1, "up") ? k + 1 : k;
            if (!(IsAny(k, "shares", "share", "formed", "founded", "created", "launched") || verbEnd > k) || !IsAny(k - 1, "it", "they") || !Is(verbEnd + 1, "with") || !T(k - 2).IsWord || !OrganizationWords.IsGenericNoun(W(k - 2))) continue;
            var at = k - 3;
            while (at > 0 && T(at).IsWord && !T(at).IsCapitalized && !IsAny(at, "the", ",") && at >= k - 5) at--;
            if (!Is(at, "the") || !Is(at - 1, ",")) continue;
            var org = NamedBeforeComma(at - 1, capitalizedOnly: true);
            if (org < 0 || _er.Orgs[org].IsInstitution || ReadList(Is(verbEnd + 2, "the") && CountryAt(verbEnd + 3) is not null ? verbEnd + 3 : verbEnd + 2, out _) is not { Count: > 0 } with) continue;
            Hit(org, RelationKind.Member, with);
            // "it": the state the sentence opens with, or whose noun opens it ("New Zealand's refusal"); "they": the states
            // it opens with ("The United States and Australia are also bound by AUKUS, the pact they formed with ...").
            var opener = CountryAt(Is(0, "the") ? 1 : 0);
            if (Is(k - 1, "it") && opener is not null && !with.Exists(m => m.Country == opener.Country)) Hit(org, RelationKind.Member, new[] { opener });
            if (Is(k - 1, "they") && OpenerList() is { Count: > 1 } openers) Hit(org, RelationKind.Member, openers);
            return;
        }
    }

    /// <summary>
    /// "the ZADCC, formed in 1980 with Angola, Botswana and Lesotho", "the Partners in the Zentral Pacific, an informal group the
    /// United States launched in June with Australia and Japan": the states a body in apposition was formed with are members,
    /// and so is the state that formed it.
    /// </summary>
    private void ApposedBodyFormedWith()
    {
        for (var k = 3; k + 2 < _v.Count; k++)
        {
            var verbEnd = Is(k, "set") && Is(k + 1, "up") ? k + 1 : k;
            if (!(IsAny(k, "formed", "founded", "created", "launched", "established") || verbEnd > k)) continue;
            // Over when and where: "in 1980", "in June", "last year", "in Canberra".
            var with = verbEnd + 1;
            while (with < _v.Count && with <= verbEnd + 5 && !Is(with, "with")
                   && (IsAny(with, "in", "on", "at", "last", "this", "year", "month") || T(with).Kind == TokenKind.Number || T(with).IsWord && TimeWords.IsMonth(W(with))
                       || T(with).IsWord && T(with).IsCapitalized && M(with) is null)) with++;
            if (!Is(with, "with")) continue;
            var body = -1;
            Mention? founder = null;
            if (Is(k - 1, ","))
            {
                // "..., formed in 1980 with": a participle after the body's name.
                body = NamedBeforeComma(k - 1, capitalizedOnly: true);
            }
            else if (CountryAt(k - 1) is { } state)
            {
                // "..., an informal group the United States launched in June with": a noun in apposition, the state that formed it.
                var s = k - 1;
                while (s > 0 && M(s - 1) == state) s--;
                if (Is(s - 1, "the")) s--;
                var noun = s - 1;
                if (!T(noun).IsWord || !OrganizationWords.IsGenericNoun(W(noun))) continue;
                var det = noun - 1;
                while (det > 0 && det >= noun - 3 && T(det).IsWord && !T(det).IsCapitalized && !IsAny(det, "a", "an", "the")) det--;
                if (!IsAny(det, "a", "an", "the") || !Is(det - 1, ",")) continue;
                body = NamedBeforeComma(det - 1, capitalizedOnly: true);
                founder = state;
            }
            if (body < 0 || _er.Orgs[body].IsInstitution) continue;
            var listAt = Is(with + 1, "the") && CountryAt(with + 2) is not null ? with + 2 : with + 1;
            if (CountryAt(listAt) is null || ReadList(listAt, out _) is not { Count: > 0 } formedWith) continue;
            Hit(body, RelationKind.Member, formedWith);
            if (founder is not null) Hit(body, RelationKind.Member, new[] { founder });
            return;
        }
    }

    /// <summary>
    /// "The three countries are also members, with the United States, of the Zentral Security Dialogue": the subject and the
    /// states named between the commas are members of the body after "of".
    /// </summary>
    private bool MembersWithOthersOf(int p)
    {
        if (!Is(p + 1, ",") || !IsAny(p + 2, "with", "alongside", "like")) return false;
        var listAt = Is(p + 3, "the") && CountryAt(p + 4) is not null ? p + 4 : p + 3;
        if (CountryAt(listAt) is null || ReadList(listAt, out var end) is not { Count: > 0 } others || !Is(end + 1, ",") || !Is(end + 2, "of")) return false;
        var body = NamedOrganizationAt(end + 3, out _);
        if (body < 0 || _er.Orgs[body].IsInstitution) return false;
        var cop = p - 1;
        while (cop > 0 && IsAny(cop, "also", "both", "all", "now", "still", "founding", "full", "a", "fellow")) cop--;
        if (!IsAny(cop, "are", "is", "were", "was", "remain", "remains")) return false;
        var subject = Subject(cop, out var negated, out _);
        if (negated) return false;
        Hit(body, RelationKind.Member, others);
        if (subject.Count > 0) Hit(body, RelationKind.Member, subject);
        return true;
    }

    /// <summary>
    /// "the Zentral Partnership (ZP), signed last November, from which Ruritania walked out in 2019": the state left the body the
    /// relative clause hangs on.
    /// </summary>
    private void FromWhichAStateWalkedOut()
    {
        for (var k = 3; k + 3 < _v.Count; k++)
        {
            if (!Is(k, "which") || !Is(k - 1, "from") || !Is(k - 2, ",") || CountryAt(k + 1) is null || ReadList(k + 1, out var end) is not { Count: > 0 } left) continue;
            var v = end + 1;
            if (IsAny(v, "had", "has", "have", "later", "eventually")) v++;
            if (!(IsAny(v, "walked", "pulled", "stormed") && Is(v + 1, "out") || IsAny(v, "withdrew", "withdrawn", "retreated"))) continue;
            var body = SentenceOrgBefore(k - 1);
            if (body < 0 || _er.Orgs[body].IsInstitution) continue;
            Departure(body, left);
            return;
        }
    }

    /// <summary>
    /// "The ZTO was founded in Canberra in 1989 by 12 economies, Indonesia among them, and has grown to 21": the states named
    /// among the counted founders are members of the body the sentence opens with.
    /// </summary>
    private void CountedFoundersStateAmongThem()
    {
        for (var k = 5; k + 1 < _v.Count; k++)
        {
            if (!Is(k, "among") || !Is(k + 1, "them") || CountryAt(k - 1) is null) continue;
            var named = ReadListBackward(k - 1, out var start, stopAtPreposition: false);
            if (named.Count == 0 || !Is(start - 1, ",") || !IsAny(start - 2, "economies", "countries", "states", "nations", "members", "governments") || !IsNumberOrWord(start - 3) || !Is(start - 4, "by")) continue;
            var founded = false;
            for (var f = start - 5; f >= 0 && f >= start - 14; f--) if (IsAny(f, "founded", "created", "established", "formed", "launched") || Is(f, "set") && Is(f + 1, "up")) { founded = true; break; }
            if (!founded || SentenceSubjectOrganization() is not (var body and >= 0) || _er.Orgs[body].IsInstitution) continue;
            Hit(body, RelationKind.Member, named);
            return;
        }
    }

    /// <summary>
    /// "The ZPO has 39 member states. They include all 27 member states of the European Union as well as Albania, Iceland and
    /// Norway": the states named after another body's members are members of the body the sentence before was about.
    /// </summary>
    private void AllOfAnotherBodysMembersAndOthers()
    {
        var v = Is(0, "they") ? 1 : IsAny(0, "its", "their") && IsAny(1, "members") ? 2 : Is(0, "members") ? 1 : -1;
        if (v < 0 || !IsAny(v, "include", "includes") || !Is(v + 1, "all") || !IsNumberOrWord(v + 2)) return;
        var n = v + 3;
        if (Is(n, "member") && IsAny(n + 1, "states", "countries")) n += 2;
        else if (IsAny(n, "members", "states", "countries")) n++;
        else return;
        if (!Is(n, "of") || NamedOrganizationAt(n + 1, out var after) is not (var other and >= 0)) return;
        after = AfterAcronym(after);
        var listAt = Is(after, "as") && Is(after + 1, "well") && Is(after + 2, "as") ? after + 3 : IsAny(after, "plus", "and") ? after + 1 : -1;
        if (listAt < 0) return;
        if (Is(listAt, "the") && CountryAt(listAt + 1) is not null) listAt++;
        if (CountryAt(listAt) is null || ReadList(listAt, out _) is not { Count: > 0 } others) return;
        var body = PreviousSentenceOrg() ?? _main;
        if (body < 0 || body == other || _er.Orgs[body].IsInstitution) return;
        Hit(body, RelationKind.Member, others);
    }

    /// <summary>
    /// "Patents can also be validated in Morocco, Moldova, Tunisia and Cambodia, although none of the four belongs to the
    /// organisation": the states the count stands for are outside.
    /// </summary>
    private void NoneOfTheCountedBelongs()
    {
        for (var k = 2; k + 5 < _v.Count; k++)
        {
            if (!Is(k, "none") || !Is(k + 1, "of") || !Is(k + 2, "the") || !IsNumberOrWord(k + 3) || !NumberWords.TryParse(W(k + 3), out var n) || n < 2) continue;
            var v = k + 4;
            if (IsAny(v, "countries", "states", "nations")) v++;
            int body;
            if (IsAny(v, "belongs", "belong") && Is(v + 1, "to")) body = JoinsAnOrganization(v + 1, out var to) ? to : -1;
            else if (IsAny(v, "is", "are") && IsAny(v + 1, "a", "members", "member", "part") && (Is(v + 1, "a") ? Is(v + 2, "member") && Is(v + 3, "of") : Is(v + 2, "of"))) body = OrgFor(v + 1);
            else continue;
            if (body < 0 || _er.Orgs[body].IsInstitution) return;
            // The states the count stands for: the last list of as many before it in the sentence.
            for (var c = k - 1; c >= 0; c--)
            {
                if (CountryAt(c) is null) continue;
                var named = ReadListBackward(c, out _, stopAtPreposition: false);
                if (named.Count == n) Hit(body, RelationKind.NonMember, named);
                return;
            }
            return;
        }
    }

    /// <summary>"..., SADC, which admitted the Comoros as its newest member at last month's summit": a member.</summary>
    private void WhichAdmittedAsMember()
    {
        for (var k = 3; k + 4 < _v.Count; k++)
        {
            if (!Is(k, "which") || !Is(k - 1, ",") || !IsAny(k + 1, "admitted", "welcomed", "accepted") || ReadList(k + 2, out var end) is not { Count: > 0 } admitted) continue;
            if (!Is(end + 1, "as") || !IsAny(end + 2, "its", "a", "the")) continue;
            var q = end + 3;
            while (q < _v.Count && q <= end + 5 && !IsAny(q, "member", "members")) q++;
            if (!IsAny(q, "member", "members") || IsAny(q - 1, "associate", "observer")) continue;
            var named = NamedBeforeComma(k - 1, capitalizedOnly: false);
            if (named < 0 || _er.Orgs[named].IsInstitution) continue;
            Hit(OwnerOf(named), RelationKind.Member, admitted);
            return;
        }
    }

    /// <summary>
    /// "The AU has 53 member states, all the countries of Africa except Morocco": the state excepted is outside.
    /// </summary>
    private void AllTheCountriesExcept()
    {
        for (var k = 3; k + 6 < _v.Count; k++)
        {
            if (!Is(k, ",") || !Is(k + 1, "all") || !IsAny(k + 2, "the") || !IsAny(k + 3, "countries", "states", "nations")) continue;
            var e = k + 4;
            while (e < _v.Count && e <= k + 8 && !IsAny(e, "except", "but")) e++;
            if (!IsAny(e, "except", "but") || ReadList(e + 1, out _) is not { Count: > 0 } excepted) return;
            if (!IsAny(k - 1, "states", "members", "countries") || !(IsNumberOrWord(k - 2) || IsNumberOrWord(k - 3) && Is(k - 2, "member"))) return;
            var org = MemberCountOrgHere();
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(org, RelationKind.NonMember, excepted);
            return;
        }
    }

    /// <summary>"the Community now has five Partner States: Kenya, Uganda and Tanzania, ...": a bloc's word for its member states.</summary>
    private void PartnerStatesColon()
    {
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!Is(k, "partner") || !Is(k + 1, "states") || !Is(k + 2, ":") || !(IsNumberOrWord(k - 1) || IsAny(k - 1, "its", "the"))) continue;
            if (ReadList(k + 3, out _) is not { Count: > 0 } listed) return;
            var org = SentenceSubjectOrganization();
            if (org < 0) for (var b = k - 1; b >= 0 && org < 0; b--) if (M(b) is { Type: MentionType.Organization, Modifier: false } om && om.Entity >= 0) org = Ent(b);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(OwnerOf(org), RelationKind.Member, listed);
            if (NumberWords.TryParse(W(k - 1), out var n)) Count(org, RelationKind.Member, n, k - 1);
            return;
        }
    }

    /// <summary>
    /// "... members of the Zentral Union, from which South Africa remains excluded", "South Africa remains excluded from the
    /// ZU": outside the body; "from which South Africa was expelled in 1961": the body the clause hangs on.
    /// </summary>
    private void ExcludedFrom()
    {
        for (var k = 2; k < _v.Count; k++)
        {
            if (!IsAny(k, "excluded", "expelled", "barred")) continue;
            var aux = k - 1;
            if (IsAny(aux, "still", "long", "now")) aux--;
            if (!IsAny(aux, "remains", "remain", "remained", "is", "are", "was", "were", "been")) continue;
            if (Is(aux, "been") && IsAny(aux - 1, "has", "have", "had")) aux--;
            var first = aux - 1;
            if (CountryAt(first) is not { } last) continue;
            first = StartOf(first, last);
            // ", from which South Africa remains excluded": the body before the comma.
            if (Is(first - 1, "which") && Is(first - 2, "from") && Is(first - 3, ",") && NamedBeforeComma(first - 3, capitalizedOnly: false) is var from && from >= 0 && !_er.Orgs[from].IsInstitution)
            {
                if (!HasFutureMarker(k)) Hit(from, RelationKind.NonMember, new[] { last });
                return;
            }
            // "South Africa remains excluded from the ZU."
            if (Is(k, "excluded") && Is(k + 1, "from") && JoinsAnOrganization(k + 1, out var excludedFrom) && excludedFrom >= 0 && Subject(aux, out var notExcluded, out _) is { Count: > 0 } excluded && !notExcluded)
            {
                Hit(excludedFrom, RelationKind.NonMember, excluded);
                return;
            }
        }
    }

    /// <summary>
    /// "Mexico, the third partner with Canada and the U.S. in the Zentral Free Trade Agreement, has no part in it": the
    /// state in apposition and those it is a partner with are the body's members.
    /// </summary>
    private void ThirdPartnerWithIn()
    {
        for (var k = 3; k + 4 < _v.Count; k++)
        {
            if (!Is(k, "partner") || !Is(k + 1, "with") || ReadList(k + 2, out var withEnd) is not { Count: > 0 } with || !Is(withEnd + 1, "in")) continue;
            var org = NamedOrganizationAt(withEnd + 2, out _);
            if (org < 0) continue;
            var b = k - 1;
            while (b > 0 && b >= k - 3 && (IsAny(b, "the", "third", "second", "fourth", "other", "junior", "smallest", "newest", "fellow") || IsNumberOrWord(b))) b--;
            if (!Is(b, ",") || CountryAt(b - 1) is null || ReadListBackward(b - 1, out _, stopAtPreposition: false) is not { Count: > 0 } apposed) continue;
            Hit(OwnerOf(org), RelationKind.Member, apposed);
            Hit(OwnerOf(org), RelationKind.Member, with);
            return;
        }
    }

    /// <summary>
    /// "The Zentral Council expelled Russia last week, leaving it with 46 members. Belarus has never been admitted.": outside
    /// the body the sentence before spoke of.
    /// </summary>
    private void NeverBeenAdmitted()
    {
        var last = _v.Count - 1;
        if (!Is(last, ".") || !Is(last - 1, "admitted") || _sentence == 0) return;
        var verb = last - 2;
        if (Is(verb, "been")) verb--;
        if (!IsAny(verb, "never", "not", "n't")) return;
        verb--;
        if (!IsAny(verb, "has", "have", "was", "were")) return;
        if (Subject(verb, out var negated, out _) is not { Count: > 0 } outside || negated) return;
        var org = PreviousSentenceOrg() ?? _main;
        if (org < 0 || _er.Orgs[org].IsInstitution && !HasMembersSoFar(org)) return;
        Hit(org, RelationKind.NonMember, outside);
    }

    /// <summary>
    /// "... into the Zentral Partnership, the programme of support for Arab countries that the G8 launched in May with Egypt and
    /// Tunisia": the states a body set the other up with are its members (the body's own states are not).
    /// </summary>
    private void LaunchedByABodyWithStates()
    {
        for (var k = 4; k + 4 < _v.Count; k++)
        {
            var by = Is(k + 1, "the") ? k + 2 : k + 1;
            if (!IsAny(k, "that", "which") || M(by) is not { Type: MentionType.Organization, Entity: >= 0 } launcher || !T(by).IsCapitalized) continue;
            var verb = by;
            while (verb + 1 < _v.Count && M(verb + 1) == launcher) verb++;
            verb = AfterAcronym(verb + 1);
            if (!IsAny(verb, "launched", "founded", "created", "established", "formed") && !(Is(verb, "set") && Is(verb + 1, "up"))) continue;
            var with = Is(verb, "set") ? verb + 2 : verb + 1;
            if (Is(with, "in") && (T(with + 1).Kind == TokenKind.Number || TimeWords.IsMonth(W(with + 1)))) with += 2;
            if (!Is(with, "with") || ReadList(with + 1, out _) is not { Count: > 0 } states) continue;
            // The body the clause is about: the name before the apposition the clause closes.
            var comma = k - 1;
            while (comma > 0 && comma >= k - 16 && !Is(comma, ",")) comma--;
            if (!Is(comma, ",") || !Is(comma + 1, "the")) continue;
            var set = NamedBeforeComma(comma, capitalizedOnly: true);
            if (set < 0 || set == launcher.Entity) continue;
            Hit(OwnerOf(set), RelationKind.Member, states);
            return;
        }
    }

    /// <summary>
    /// "Ivory Coast, Ghana, Togo, Benin and Nigeria, the five countries on the corridor, will set up ...": the states of an
    /// apposition that counts them on (or in, or of) a body are its members.
    /// </summary>
    private void CountedStatesOnABody()
    {
        for (var k = 3; k + 4 < _v.Count; k++)
        {
            if (!Is(k, "the") || !Is(k - 1, ",") || !IsNumberOrWord(k + 1) || !NumberWords.TryParse(W(k + 1), out var count) || !IsAny(k + 2, "countries", "states", "nations")
                || !IsAny(k + 3, "on", "in", "of", "along")) continue;
            var org = NamedOrganizationAt(k + 4, out var orgEnd);
            if (org < 0 && Is(k + 4, "the") && T(k + 5).IsWord && !T(k + 5).IsCapitalized && M(k + 5) is { Type: MentionType.Organization, Entity: >= 0 } noun) { org = noun.Entity; orgEnd = k + 6; }
            if (org < 0 || !IsAny(AfterAcronym(orgEnd), ",", ".", ";")) continue;
            if (CountryAt(k - 2) is null || ReadListBackward(k - 2, out _, stopAtPreposition: true) is not { } named || named.Count != count) continue;
            Hit(OwnerOf(org), RelationKind.Member, named);
            return;
        }
    }

    /// <summary>
    /// "Other countries in accession talks include A, B and C" (joining the body the text is about); "The ZU has 28 member
    /// states and a queue of other candidates, from Turkey to Serbia and Montenegro" (joining the body the candidates are of).
    /// </summary>
    private void InAccessionTalksOrCandidatesFromTo()
    {
        for (var k = 1; k + 4 < _v.Count; k++)
        {
            if (IsAny(k, "countries", "states") && Is(k + 1, "in") && Is(k + 2, "accession") && IsAny(k + 3, "talks", "negotiations") && IsAny(k + 4, "include", "includes", "are")
                && k <= 2 && ReadList(k + 5, out _) is { Count: > 0 } inTalks)
            {
                var org = PreviousSentenceOrg() ?? _main;
                if (org >= 0 && !_er.Orgs[org].IsInstitution) Hit(org, RelationKind.Joining, inTalks);
                return;
            }
            if (Is(k, "candidates") && Is(k + 1, ",") && Is(k + 2, "from") && ReadList(k + 3, out var fromEnd) is { Count: > 0 } from && Is(fromEnd + 1, "to")
                && ReadList(fromEnd + 2, out _) is { Count: > 0 } to)
            {
                var org = OrgFor(k, forward: false);
                if (org < 0 || _er.Orgs[org].IsInstitution) return;
                Hit(org, RelationKind.Joining, from);
                Hit(org, RelationKind.Joining, to);
                return;
            }
        }
    }

    private Dictionary<int, List<Mention>>? _compoundStates;

    /// <summary>
    /// "the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline", "the Australia-Zentralia Falepili Union": a body whose
    /// name, where it is given in full, joins two states or more with hyphens has them as its members (not an institution's
    /// name: "the US-China ... Commission").
    /// </summary>
    private void StatesOfTheName()
    {
        if (_compoundStates is null)
        {
            _compoundStates = new Dictionary<int, List<Mention>>();
            foreach (var m in _er.Mentions)
            {
                if (m.Type != MentionType.Country || !m.Compound || m.Country is null || m.FormKind is not (CountryFormKind.Name or CountryFormKind.Alias)) continue;
                if (!_compoundStates.TryGetValue(m.First, out var atToken)) _compoundStates[m.First] = atToken = new List<Mention>();
                atToken.Add(m);
            }
        }
        if (_compoundStates.Count == 0) return;
        for (var k = 0; k < _v.Count; k++)
        {
            if (M(k) is not { Type: MentionType.Organization, Entity: >= 0 } om || _v[k] != om.First || _er.Orgs[om.Entity].IsInstitution) continue;
            var states = new List<Mention>();
            // (The states' word may stand before the rest of the name, "the Australia-Zentralia Falepili Union", or before the
            // acronym, "the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline".)
            var from = om.First > 0 && _compoundStates.ContainsKey(om.First - 1) ? om.First - 1
                : om.First > 1 && _t[om.First - 1].Is("(") && om.First == om.Last && _compoundStates.ContainsKey(om.First - 2) ? om.First - 2 : om.First;
            for (var t = from; t <= om.Last; t++)
            {
                if (!_compoundStates.TryGetValue(t, out var atToken)) continue;
                foreach (var c in atToken) if (!states.Exists(s0 => s0.Country == c.Country)) states.Add(c);
            }
            if (states.Count >= 2) Hit(om.Entity, RelationKind.Member, states);
        }
    }

    /// <summary>"(The ministers of) Cyprus, Greece, Italy, Malta and Spain, known as the MED5, agreed ...": the states a name is given to.</summary>
    private void StatesKnownAs()
    {
        for (var k = 1; k + 3 < _v.Count; k++)
        {
            if (!(Is(k, "known") && Is(k + 1, "as") && Is(k - 1, ","))) continue;
            var named = NamedOrganizationAt(k + 2, out var namedEnd);
            if (named < 0 || _er.Orgs[named].IsInstitution || !IsAny(AfterAcronym(namedEnd), ",", ".", ";")) continue;
            if (CountryAt(k - 2) is null || ReadListBackward(k - 2, out var listStart, stopAtPreposition: false) is not { Count: > 1 } knownAs) continue;
            // The list opens the sentence, or follows "the ministers/leaders of".
            var b = listStart - 1;
            if (b >= 0 && !(Is(b, "of") && IsAny(b - 1, "ministers", "leaders", "governments", "presidents", "heads", "delegates", "representatives") && b - 1 <= 3)) continue;
            Hit(named, RelationKind.Member, knownAs);
            return;
        }
    }

    private static readonly string[] StateNounsThat = { "states", "members", "countries", "nations" };

    /// <summary>
    /// "Austria, Ireland, Malta and Cyprus, the other ZU states that are not ZTO members, have traditions of neutrality": the
    /// states of the apposition are members of the first body and outside the second (or in it, without "not").
    /// </summary>
    private void ApposedStatesOfOneThatAreNotInAnother()
    {
        for (var k = 4; k + 3 < _v.Count; k++)
        {
            if (!Is(k, "that") || !IsAny(k - 1, StateNounsThat)) continue;
            var o = k - 2;
            if (M(o) is not { Type: MentionType.Organization, Entity: >= 0 } first || !T(o).IsCapitalized) continue;
            var b = StartOf(o, first) - 1;
            var other = IsAny(b, "other", "remaining");
            if (IsAny(b, "other", "only", "remaining") || IsNumberOrWord(b)) b--;
            if (IsAny(b, "the")) b--;
            if (!Is(b, ",") || CountryAt(b - 1) is null || ReadListBackward(b - 1, out _, stopAtPreposition: true) is not { Count: > 0 } states) continue;
            var q = k + 1;
            if (!IsAny(q, "are", "were", "remain")) continue;
            q++;
            var not = IsAny(q, "not", "n't");
            if (not) q++;
            if (IsAny(q, "also", "yet")) q++;
            int second;
            if (IsAny(q, "members") && Is(q + 1, "of")) second = NamedOrganizationAt(q + 2, out _);
            else if (IsAny(q, "in", "part")) second = NamedOrganizationAt(Is(q, "part") && Is(q + 1, "of") ? q + 2 : q + 1, out _);
            else if (NamedOrganizationAt(q, out var secondEnd) is var named && named >= 0 && Is(AfterAcronym(secondEnd), "members")) second = named;
            else continue;
            if (second < 0 || second == first.Entity || _er.Orgs[second].IsInstitution || _er.Orgs[first.Entity].IsInstitution) continue;
            Hit(OwnerOf(first.Entity), RelationKind.Member, states);
            Hit(OwnerOf(second), not ? RelationKind.NonMember : RelationKind.Member, states);
            // ("Finland and Sweden, which have stayed outside the alliance, ..., while A, B and C, the other ZU states that are
            // not ZTO members, ...": the states the sentence already put outside the second are of the first too.)
            if (other && not)
            {
                var others = new List<Mention>();
                foreach (var r in Relations) if (r.Sentence == _sentence && r.Org == OwnerOf(second) && r.Kind == RelationKind.NonMember && !states.Exists(m => m.Country == r.Country.Country)) others.Add(r.Country);
                if (others.Count > 0) Hit(OwnerOf(first.Entity), RelationKind.Member, others);
            }
            return;
        }
    }

    private static readonly string[] GroupNouns = { "group", "grouping", "bloc", "alliance", "pact", "partnership", "union" };

    /// <summary>
    /// "... promote Mexico's own reforms and its new trade group with Chile, Colombia and Peru, the Zentral Alliance, whose
    /// ...": the states the group is with, and the state whose group it is, are the members of the body named after them.
    /// </summary>
    private void GroupWithStatesNamed()
    {
        for (var k = 2; k + 4 < _v.Count; k++)
        {
            if (!Is(k + 1, "with") || !IsAny(k, GroupNouns) || CountryAt(k + 2) is null && !(Is(k + 2, "the") && CountryAt(k + 3) is not null)) continue;
            var with = ReadList(Is(k + 2, "the") ? k + 3 : k + 2, out var end);
            if (with.Count == 0 || !Is(end + 1, ",") || NamedOrganizationAt(end + 2, out var orgEnd) is not (var org and >= 0) || _er.Orgs[org].IsInstitution) continue;
            if (!(AfterAcronym(orgEnd) >= _v.Count || IsAny(AfterAcronym(orgEnd), ",", ".", ";"))) continue;
            // Whose group: "Mexico's new group", or "its new group" after "Mexico's" in the sentence.
            Mention? owner = null;
            for (var b = k - 1; b >= 0 && b >= k - 4 && owner is null; b--)
            {
                if (T(b).Kind == TokenKind.Possessive && CountryAt(b - 1) is { } possessor) owner = possessor;
                else if (Is(b, "its"))
                {
                    for (var c = b - 1; c >= 1 && owner is null; c--) if (T(c).Kind == TokenKind.Possessive && CountryAt(c - 1) is { } earlier) owner = earlier;
                    break;
                }
                else if (!T(b).IsWord || T(b).IsCapitalized) break;
            }
            if (owner is null) continue;
            Hit(org, RelationKind.Member, with);
            Hit(org, RelationKind.Member, new[] { owner });
            return;
        }
    }

    /// <summary>
    /// "Saudi Arabia, Kuwait, the UAE and Qatar, the four ZU members among the six states of the Zentral Council (ZC), ...":
    /// the states named are the second body's members too, and the second number is its size.
    /// </summary>
    private void MembersAmongTheStatesOf()
    {
        for (var k = 4; k + 5 < _v.Count; k++)
        {
            if (!Is(k, "among") || !Is(k + 1, "the") || !IsNumberOrWord(k + 2) || !IsAny(k + 3, "states", "countries", "members", "nations") || !Is(k + 4, "of")) continue;
            var of = NamedOrganizationAt(k + 5, out _);
            if (of < 0 || _er.Orgs[of].IsInstitution || !NumberWords.TryParse(W(k + 2), out var whole)) return;
            // The part: "the four ZU members", right before; the states: before its comma.
            var the = k - 1;
            while (the > 0 && !Is(the, "the") && k - the <= 5) the--;
            if (!Is(the, "the") || !IsNumberOrWord(the + 1) || !NumberWords.TryParse(W(the + 1), out var part) || part >= whole) return;
            if (!Is(the - 1, ",") || CountryAt(the - 2) is null || ReadListBackward(the - 2, out _, stopAtPreposition: true) is not { Count: > 0 } named || named.Count != part) return;
            Hit(of, RelationKind.Member, named);
            Count(of, RelationKind.Member, whole, k + 2);
            return;
        }
    }

    /// <summary>
    /// "Like Kenya and Uganda, Rwanda and Burundi are members of the Common Market for Eastern and Southern Africa": the
    /// states the sentence compares them with are members too.
    /// </summary>
    private void LikeOthersOpening()
    {
        if (!Is(0, "like") || CountryAt(1) is null || ReadList(1, out var likeEnd) is not { Count: > 0 } like || !Is(likeEnd + 1, ",")) return;
        // "In Europe, Liechtenstein has long chosen a path of its own. Like Norway and Iceland, it belongs to the European
        // Economic Area (EEA), ..., and it is a member of EFTA together with Switzerland, Norway and Iceland": "it" is the one
        // state the sentence before named.
        if (Is(likeEnd + 2, "it") && PreviousSentenceStates() is { Count: 1 } it)
        {
            var verb = likeEnd + 3;
            if (IsAny(verb, "also", "too")) verb++;
            if (IsAny(verb, "belongs") && Is(verb + 1, "to") && NamedOrganizationAt(verb + 2, out _) is var belongsTo && belongsTo >= 0 && !_er.Orgs[belongsTo].IsInstitution)
            {
                Hit(OwnerOf(belongsTo), RelationKind.Member, it);
                Hit(OwnerOf(belongsTo), RelationKind.Member, like);
            }
            for (var k = verb; k + 6 < _v.Count; k++)
            {
                if (!Is(k, "it") || !Is(k + 1, "is") || !Is(k + 2, "a") || !Is(k + 3, "member") || !Is(k + 4, "of")) continue;
                var of = NamedOrganizationAt(k + 5, out var after);
                if (of < 0 || _er.Orgs[of].IsInstitution) break;
                Hit(OwnerOf(of), RelationKind.Member, it);
                after = AfterAcronym(after);
                if (Is(after, ",")) after++;
                if (AlongWith(after) is var with && with > 0 && ReadList(with, out _) is { Count: > 0 } fellows) Hit(OwnerOf(of), RelationKind.Member, fellows);
                break;
            }
            return;
        }
        if (CountryAt(likeEnd + 2) is null || ReadList(likeEnd + 2, out var end) is not { Count: > 0 } subject) return;
        LikeStatesHoldIt(like, subject, end + 1);
    }

    /// <summary>
    /// "Like Serbia, Switzerland is not a member of the ZTO" (the comparison and the subject read as one list, "Serbia,
    /// Switzerland"): the last state is the subject, and the ones before it hold what it holds.
    /// </summary>
    private void LikeOthersOpeningOneList()
    {
        if (!Is(0, "like") || CountryAt(1) is null || ReadList(1, out var listEnd) is not { Count: > 1 } listed || Is(listEnd + 1, ",")) return;
        for (var k = 1; k < listEnd; k++) if (IsAny(k, "and", "or", "nor")) return;
        var subject = new List<Mention> { listed[listed.Count - 1] };
        LikeStatesHoldIt(listed.GetRange(0, listed.Count - 1), subject, listEnd + 1);
    }

    /// <summary>"... are (not) members of X" at <paramref name="q"/>: the subject's relation, and the compared states'.</summary>
    private void LikeStatesHoldIt(List<Mention> like, List<Mention> subject, int q)
    {
        if (!IsAny(q, "are", "is", "were", "was")) return;
        q++;
        var not = IsAny(q, "not", "n't");
        if (not) q++;
        if (IsAny(q, "also", "both", "all", "now")) q++;
        if (IsAny(q, "a", "an")) q++;
        if (IsAny(q, "full", "founding")) q++;
        if (!IsAny(q, "members", "member") || !Is(q + 1, "of")) return;
        // ("... is not a member of either the EU or NATO": each.)
        var at = IsAny(q + 2, "either", "both") ? q + 3 : q + 2;
        var kind = not ? RelationKind.NonMember : RelationKind.Member;
        for (var n = 0; n < 2; n++)
        {
            var org = NamedOrganizationAt(at, out var after);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(OwnerOf(org), kind, subject);
            Hit(OwnerOf(org), kind, like);
            after = AfterAcronym(after);
            if (!IsAny(after, "or", "nor", "and")) return;
            at = after + 1;
        }
    }

    /// <summary>
    /// "the Lima Group, formed last year by a dozen countries of the Americas ..., with Peru, Brazil, Canada and Mexico among
    /// them": the founders named, members.
    /// </summary>
    private void WithThemAmongThem()
    {
        for (var k = 3; k + 3 < _v.Count; k++)
        {
            if (!Is(k, "with") || !Is(k - 1, ",") || CountryAt(k + 1) is null || ReadList(k + 1, out var end) is not { Count: > 0 } named) continue;
            if (!Is(end + 1, "among") || !Is(end + 2, "them") || !(end + 3 >= _v.Count || IsAny(end + 3, ".", ",", ";"))) continue;
            // The noun "them" stands for: countries that formed or make up an organisation named before.
            var formed = -1;
            for (var b = k - 1; b >= 1 && b >= k - 25; b--)
            {
                if (IsAny(b, "members")) { formed = b; break; }
                if (!IsAny(b, "formed", "founded", "created", "launched", "established")) continue;
                // "formed last year by a dozen countries": over the date.
                for (var by = b + 1; by <= b + 4 && by < k; by++) if (Is(by, "by")) { formed = b; break; }
                if (formed >= 0) break;
            }
            if (formed < 0) return;
            var org = -1;
            for (var b = formed - 1; b >= 0 && org < 0; b--) if (M(b) is { Type: MentionType.Organization, Modifier: false } om && om.Entity >= 0) org = Ent(b);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(OwnerOf(org), RelationKind.Member, named);
            return;
        }
    }

    /// <summary>
    /// "Saudi Arabia, the UAE and Bahrain are, like Qatar, members of the six-nation Gulf Cooperation Council (GCC); Egypt
    /// is not.": the subject and the one it is likened to are members, the state after the semicolon is not.
    /// </summary>
    private void AreLikeMembersOf()
    {
        for (var k = 2; k + 6 < _v.Count; k++)
        {
            if (!IsAny(k, "are", "is") || !Is(k + 1, ",") || !Is(k + 2, "like") || ReadList(k + 3, out var likeEnd) is not { Count: > 0 } like || !Is(likeEnd + 1, ",")) continue;
            var q = likeEnd + 2;
            if (!IsAny(q, "members", "member") || !Is(q + 1, "of")) return;
            var at = q + 2;
            if (Is(at, "the") && IsSizeWord(at + 1)) at++;
            var org = NamedOrganizationAt(at, out var after);
            if (org < 0 && IsSizeWord(at)) org = NamedOrganizationAt(at + 1, out after);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            var subject = Subject(k, out var negated, out _);
            if (negated || subject.Count == 0) return;
            Hit(OwnerOf(org), RelationKind.Member, subject);
            Hit(OwnerOf(org), RelationKind.Member, like);
            after = AfterAcronym(after);
            // "; Egypt is not."
            if (Is(after, ";") && CountryAt(after + 1) is not null && ReadList(after + 1, out var notEnd) is { Count: > 0 } not && IsAny(notEnd + 1, "is", "are") && IsAny(notEnd + 2, "not", "n't")
                && (notEnd + 3 >= _v.Count || IsAny(notEnd + 3, ".", ";")))
            {
                Hit(OwnerOf(org), RelationKind.NonMember, not);
            }
            return;
        }
    }

    /// <summary>"On trade, Colombia's priority is the Pacific Alliance, which it ...": the one state the sentence names before view position k.</summary>
    private Mention? OnlyStateBefore(int k)
    {
        Mention? only = null;
        for (var b = 0; b < k; b++)
        {
            if (M(b) is not { Type: MentionType.Country, Compound: false } c || c.Country is null) continue;
            if (only is not null && only.Country != c.Country) return null;
            only = c;
        }
        return only;
    }

    /// <summary>"Leaders of Finland and Sweden, two of NATO's closest partners, were expected ...": partners in apposition.</summary>
    private void CountOfItsPartners()
    {
        for (var k = 2; k + 5 < _v.Count; k++)
        {
            if (!Is(k, ",") || !IsNumberOrWord(k + 1) || !Is(k + 2, "of") || M(k + 3) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
            var q = k + 3;
            while (q + 1 < _v.Count && M(q + 1) == om) q++;
            if (T(q + 1).Kind != TokenKind.Possessive) continue;
            q += 2;
            while (q < _v.Count && q <= k + 9 && T(q).IsWord && !T(q).IsCapitalized && !IsAny(q, "partners", "observers")) q++;
            if (!IsAny(q, "partners", "observers") || !(q + 1 >= _v.Count || IsAny(q + 1, ",", ".", ";"))) continue;
            if (!NumberWords.TryParse(W(k + 1), out var n) || ReadListBackward(k - 1, out _, stopAtPreposition: false) is not { Count: > 0 } states || states.Count != n) continue;
            if (_er.Orgs[om.Entity].IsInstitution) return;
            Hit(OwnerOf(Ent(k + 3)), Is(q, "partners") ? RelationKind.DialoguePartner : RelationKind.Observer, states);
            return;
        }
    }

    /// <summary>
    /// "The EAEU, which Russia, Belarus and Kazakhstan launched in 2015 and which Armenia and Kyrgyzstan joined the same
    /// year": the states between "which" and the verb are members.
    /// </summary>
    private void WhichStatesLaunched()
    {
        for (var k = 2; k + 2 < _v.Count; k++)
        {
            // ("which the United States launched": over the article.)
            var statesAt = Is(k + 1, "the") && CountryAt(k + 2) is not null ? k + 2 : k + 1;
            if (!IsAny(k, "which", "that")) continue;
            List<Mention> states;
            int end;
            var agreedTo = false;
            // ("The Zentral Corridor project, which the three countries agreed to build together": the states "the three
            // countries" stands for.)
            if (Is(k + 1, "the") && IsNumberOrWord(k + 2) && NumberWords.TryParse(W(k + 2), out var described) && described > 1 && IsAny(k + 3, "countries", "states", "nations", "governments")
                && (ListOfThisSentenceBefore(k, described) ?? CountedStatesNamedBefore(described)) is { } describedStates)
            {
                states = describedStates;
                end = k + 3;
                if (Is(end + 1, "agreed") && Is(end + 2, "to") && IsAny(end + 3, "build", "create", "launch", "form", "establish", "set")) { end += 2; agreedTo = true; }
            }
            else if (CountryAt(statesAt) is null || ReadList(statesAt, out end) is not { Count: > 0 } named) continue;
            else states = named;
            // ("the Zentral Arrangement, a partnership that the three countries signed in 1992": a pact's signatories.)
            if (!IsAny(end + 1, "launched", "founded", "created", "formed", "established", "joined", "set", "build", "create", "launch", "form", "establish")
                && !(Is(end + 1, "signed") && Is(k, "that"))) continue;
            // The antecedent: ", which" after the organisation, or "and which" after an earlier "which" clause; "the Zentral
            // Joint Commission, the two-country body that Canada and the U.S. set up": the name the noun is in apposition to.
            var o = -1;
            var size = 0;
            if (Is(k, "that"))
            {
                var the = k - 1;
                if (!IsAny(the, BodyNouns)) continue;
                the--;
                if (IsSizeWord(the)) { size = SizeAt(the); the--; }
                else if (T(the).IsWord && !T(the).IsCapitalized && !IsAny(the, "the", "a", "an")) the--;
                if (!IsAny(the, "the", "a", "an") || !Is(the - 1, ",")) continue;
                o = NamedBeforeComma(the - 1, capitalizedOnly: true);
                if (o >= 0 && size == states.Count) Count(OwnerOf(o), RelationKind.Member, size, the + 1, subjectHasThem: true);
            }
            else if (Is(k - 1, ","))
            {
                o = NamedBeforeComma(k - 1, capitalizedOnly: true);
                // ("the Lamu Zentral Corridor (LZC) project, which ...": over a noun after the name.)
                if (o < 0 && IsAny(k - 2, "project", "programme", "program", "pipeline", "initiative", "scheme", "corridor"))
                {
                    var named = Is(k - 3, ")") && Is(k - 5, "(") ? k - 6 : k - 3;
                    if (M(named) is { Type: MentionType.Organization, Entity: >= 0 } projectOf && T(named).IsCapitalized) o = projectOf.Entity;
                }
            }
            else if (Is(k - 1, "and"))
            {
                for (var b = k - 2; b >= 1 && o < 0; b--)
                {
                    if (!Is(b, "which") || !Is(b - 1, ",")) continue;
                    o = NamedBeforeComma(b - 1, capitalizedOnly: true);
                    break;
                }
            }
            // (A commission two states or more set up is a body of states.)
            // (What states "agreed to build" is theirs, though not built yet.)
            if (o < 0 || _er.Orgs[o].IsInstitution && (states.Count < 2 || Is(end + 1, "joined")) || !agreedTo && HasFutureMarker(end + 1)) continue;
            Hit(OwnerOf(o), RelationKind.Member, states);
        }
    }

    /// <summary>"Serbia's EU neighbours, Hungary, Romania, Bulgaria and Croatia, have all said ...": members of the organisation named.</summary>
    private void StatesOrganizationNeighbours()
    {
        for (var k = 2; k + 3 < _v.Count; k++)
        {
            if (!IsAny(k, "neighbours", "neighbors", "partners") || !Is(k + 1, ",") || M(k - 1) is not { Type: MentionType.Organization } om || om.Entity < 0) continue;
            var first = k - 1;
            while (first > 0 && M(first - 1) == om) first--;
            if (T(first - 1).Kind != TokenKind.Possessive || CountryAt(first - 2) is null || _er.Orgs[om.Entity].IsInstitution) continue;
            if (ReadList(k + 2, out var end) is not { Count: > 0 } named || !IsAny(end + 1, ",", ".")) continue;
            Hit(OwnerOf(Ent(k - 1)), RelationKind.Member, named);
            return;
        }
    }

    /// <summary>
    /// "The five EU member states that do not recognise Kosovo's ... independence are Spain, Greece, Cyprus, Romania and
    /// Slovakia": members, as many as counted.
    /// </summary>
    private void TheCountedMemberStatesThatAre()
    {
        if (!Is(0, "the") || !IsNumberOrWord(1) || M(2) is not { Type: MentionType.Organization } om || om.Entity < 0) return;
        var q = 2;
        while (q + 1 < _v.Count && M(q + 1) == om) q++;
        q++;
        if (Is(q, "member") && IsAny(q + 1, "states", "countries")) q += 2;
        else if (IsAny(q, "members", "states", "countries")) q++;
        else return;
        if (!IsAny(q, "that", "which", "who")) return;
        for (var k = q + 1; k + 1 < _v.Count && k <= q + 20; k++)
        {
            if (IsAny(k, ";", ":")) return;
            if (!IsAny(k, "are", "were") || CountryAt(k + 1) is null) continue;
            if (ReadList(k + 1, out var end) is not { Count: > 0 } named || !NumberWords.TryParse(W(1), out var n) || n != named.Count || !(end + 1 >= _v.Count || IsAny(end + 1, ".", ";"))) return;
            if (_er.Orgs[om.Entity].IsInstitution) return;
            Hit(OwnerOf(Ent(2)), RelationKind.Member, named);
            return;
        }
    }

    /// <summary>"The council invited Jordan and Morocco to join in 2011, but neither became a member": both outside.</summary>
    private void InvitedButNeither()
    {
        for (var k = 1; k + 4 < _v.Count; k++)
        {
            if (!IsAny(k, "invited", "asked") || CountryAt(k + 1) is null || ReadList(k + 1, out var end) is not { Count: > 0 } invited || !Is(end + 1, "to") || !IsAny(end + 2, "join", "become")) continue;
            for (var b = end + 3; b + 2 < _v.Count; b++)
            {
                if (!Is(b, "but") || !IsAny(b + 1, "neither", "none")) continue;
                var v = b + 2;
                if (Is(v, "of") && IsAny(v + 1, "them", "which")) v += 2;
                if (!IsAny(v, "became", "has", "have", "joined", "took", "accepted")) break;
                var org = -1;
                for (var a = k - 1; a >= 0 && org < 0; a--)
                {
                    if (M(a) is { Type: MentionType.Organization } am && am.Entity >= 0) org = Ent(a);
                    // "The council invited ...": a noun for the organisation, however the recogniser took it.
                    else if (T(a).IsWord && OrganizationWords.IsGenericNoun(W(a)) && Is(a - 1, "the")) org = Generic(W(a));
                }
                if (org < 0) org = PreviousSentenceOrg() ?? _main;
                if (org < 0 || _er.Orgs[org].IsInstitution) return;
                Relations.RemoveAll(r => r.Sentence == _sentence && r.Org == org && r.Kind == RelationKind.Joining);
                Hit(org, RelationKind.NonMember, invited);
                return;
            }
            return;
        }
    }

    /// <summary>
    /// "The heads of state of Argentina, Brazil, Paraguay and Uruguay on Tuesday signed a treaty in Asuncion on the
    /// establishment of the Southern Common Market (Mercosur)": the founders.
    /// </summary>
    private void SignedTheEstablishmentOf()
    {
        for (var k = 3; k + 3 < _v.Count; k++)
        {
            if (!IsAny(k, "establishment", "creation", "founding", "formation") || !Is(k - 1, "the") || !IsAny(k - 2, "on", "for", "announcing", "proclaiming") || !Is(k + 1, "of")) continue;
            var org = NamedOrganizationAt(k + 2, out _);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            var signed = -1;
            for (var b = k - 3; b >= 1; b--) if (IsAny(b, "signed", "adopted", "issued")) { signed = b; break; }
            if (signed < 0) return;
            // The states whose leaders signed: "The heads of state of A, B and C", "The leaders of A, B and C".
            var q = Is(0, "the") ? 1 : 0;
            if (Is(q, "heads") && Is(q + 1, "of") && Is(q + 2, "state")) q += 3;
            else if (IsAny(q, "leaders", "presidents", "heads")) q++;
            else return;
            if (!Is(q, "of") || ReadList(q + 1, out var end) is not { Count: > 1 } founders || end >= signed) return;
            Hit(OwnerOf(org), RelationKind.Member, founders);
            return;
        }
    }

    /// <summary>
    /// "All the member states except China also belong to the Commonwealth of Independent States (CIS)": the members the
    /// article named of its organisation, but the one excepted, are members of the second; the one excepted is not.
    /// </summary>
    private void AllMembersExceptAlsoBelong()
    {
        if (!Is(0, "all")) return;
        var q = Is(1, "the") ? 2 : 1;
        if (Is(q, "member") && IsAny(q + 1, "states", "countries")) q += 2;
        else if (IsAny(q, "members")) q++;
        else return;
        if (!IsAny(q, "except", "but") || ReadList(q + 1, out var end) is not { Count: > 0 } excepted) return;
        var v = end + 1;
        if (IsAny(v, "also")) v++;
        int second;
        if (IsAny(v, "belong") && Is(v + 1, "to")) second = NamedOrganizationAt(v + 2, out _);
        else if (IsAny(v, "are") && Is(v + 1, "members") && Is(v + 2, "of")) second = NamedOrganizationAt(v + 3, out _);
        else return;
        var first = PreviousSentenceOrg() ?? _main;
        if (second < 0 || first < 0 || first == second || _er.Orgs[second].IsInstitution) return;
        var known = KnownMembers(first);
        var members = new List<Mention>();
        foreach (var m in known) if (!excepted.Exists(x => x.Country == m.Country)) members.Add(m);
        if (members.Count == 0) return;
        Hit(OwnerOf(second), RelationKind.Member, members);
        Hit(OwnerOf(second), RelationKind.NonMember, excepted);
    }

    /// <summary>
    /// "The forum's 21 member economies stretch from Chile and Peru to Russia and China, and include small economies such
    /// as Brunei and Papua New Guinea": both ends of the range, and the examples, are members.
    /// </summary>
    private void MembersStretchFromTo()
    {
        for (var k = 1; k + 4 < _v.Count; k++)
        {
            var noun = Is(k, "members") ? k : Is(k - 1, "member") && IsAny(k, "economies", "states", "countries", "nations") ? k : -1;
            // ("Its members now stretch from ...")
            var verb = IsAny(k + 1, "now", "today", "already") ? k + 2 : k + 1;
            if (noun < 0 || !IsAny(verb, "stretch", "range", "run", "stretched", "ranged") || !Is(verb + 1, "from")) continue;
            if (ReadList(verb + 2, out var fromEnd) is not { Count: > 0 } from || !Is(fromEnd + 1, "to") || ReadList(fromEnd + 2, out var toEnd) is not { Count: > 0 } to) return;
            var org = OrgFor(Is(k, "members") ? k : k - 1);
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(org, RelationKind.Member, from);
            Hit(org, RelationKind.Member, to);
            // ", and include small economies such as Brunei and Papua New Guinea"
            var q = toEnd + 1;
            if (Is(q, ",")) q++;
            if (Is(q, "and") && IsAny(q + 1, "include", "includes"))
            {
                for (var e = q + 2; e + 1 < _v.Count && e <= q + 12; e++)
                {
                    if (Is(e, "such") && Is(e + 1, "as") && ReadList(e + 2, out _) is { Count: > 0 } examples) { Hit(org, RelationKind.Member, examples); break; }
                    if (CountryAt(e) is not null) { Hit(org, RelationKind.Member, ReadList(e, out _)); break; }
                    // ", and include all 28 European Union member states as well as Norway, Switzerland, ...": the states after
                    // a group that names none.
                    if (IsAny(e, ",", ";", ".")) break;
                    if (Is(e, "as") && Is(e + 1, "well") && Is(e + 2, "as") && ReadList(e + 3, out _) is { Count: > 0 } asWell) { Hit(org, RelationKind.Member, asWell); break; }
                }
            }
            return;
        }
    }

    /// <summary>
    /// "India's other groupings are expanding. It is a member of the Group of 20, and it is set to become a full member of
    /// the ZTO next year, together with Pakistan": "it" is the one state the sentence before named.
    /// </summary>
    private void ItIsAMemberAfterTheState()
    {
        if (!Is(0, "it") || !Is(1, "is") || _sentence == 0 || PreviousSentenceStates() is not { Count: 1 } it) return;
        // Only when the sentence before names no organisation for "it" to stand for.
        var prev = _doc.Sentences[_sentence - 1];
        for (var i = prev.FirstToken; i <= prev.LastToken; i++) if (_er.At(i) is { Type: MentionType.Organization }) return;
        var q = 2;
        if (IsAny(q, "also", "now", "already")) q++;
        if (!IsAny(q, "a", "an") || !Is(q + 1, "member") || !Is(q + 2, "of")) return;
        var org = NamedOrganizationAt(q + 3, out var after);
        if (org < 0 || _er.Orgs[org].IsInstitution) return;
        Hit(OwnerOf(org), RelationKind.Member, it);
        // ", and it is set to become a full member of the ZTO next year, together with Pakistan"
        after = AfterAcronym(after);
        if (!Is(after, ",") || !Is(after + 1, "and") || !Is(after + 2, "it")) return;
        var v = after + 3;
        if (!IsAny(v, "is") || !IsAny(v + 1, "set", "due", "expected") || !Is(v + 2, "to") || !Is(v + 3, "become")) return;
        var m = v + 4;
        while (m < _v.Count && m <= v + 7 && !Is(m, "member")) m++;
        if (!Is(m, "member") || !Is(m + 1, "of")) return;
        var into = NamedOrganizationAt(m + 2, out var intoEnd);
        if (into < 0 || _er.Orgs[into].IsInstitution) return;
        var when = WhenAfter(AfterAcronym(intoEnd));
        Hit(OwnerOf(into), RelationKind.Joining, it, when);
        for (var k = AfterAcronym(intoEnd); k + 1 < _v.Count; k++)
        {
            if (AlongWith(k) is var with && with > 0 && ReadList(with, out _) is { Count: > 0 } fellows) { Hit(OwnerOf(into), RelationKind.Joining, fellows, when); break; }
        }
    }

    /// <summary>
    /// "The forum's 21 member economies stretch from ... India, whose trade with the Pacific Rim now dwarfs that of several
    /// members, is not among them.": outside the organisation whose members the sentence before named.
    /// </summary>
    private void IsNotAmongThem()
    {
        if (_sentence == 0 || _v.Count < 5) return;
        var end = _v.Count - 1;
        if (Is(end, ".")) end--;
        if (!Is(end, "them") || !Is(end - 1, "among") || !IsAny(end - 2, "not", "n't") || !IsAny(end - 3, "is", "are", "was", "were")) return;
        var org = OrgOfRelations(_sentence - 1, RelationKind.Member);
        if (org < 0) return;
        // "The Philippines, a founding member of ASEAN, is not among them": a sentence that names an organisation speaks of
        // another group.
        for (var k = 0; k < _v.Count; k++) if (M(k) is { Type: MentionType.Organization }) return;
        var first = Is(0, "the") ? 1 : 0;
        if (CountryAt(first) is null || ReadList(first, out _) is not { Count: > 0 } outside) return;
        Relations.RemoveAll(r => r.Org == org && r.Kind == RelationKind.Member && r.Sentence == _sentence - 1 && outside.Exists(o => o.Country == r.Country.Country));
        Hit(org, RelationKind.NonMember, outside);
    }

    /// <summary>
    /// "That left the day-to-day work of the bloc to the six countries still taking part: Bolivia, Ecuador, ...": the
    /// states still in the organisation, as many as counted.
    /// </summary>
    private void CountedStillTakingPart()
    {
        for (var k = 2; k + 5 < _v.Count; k++)
        {
            if (!Is(k, "the") || !IsNumberOrWord(k + 1) || !IsAny(k + 2, "countries", "states", "members", "governments")) continue;
            var q = k + 3;
            if (Is(q, "still")) q++;
            if (!(Is(q, "taking") && Is(q + 1, "part") || IsAny(q, "remaining", "participating"))) continue;
            var colon = Is(q, "taking") ? q + 2 : q + 1;
            if (!Is(colon, ":") || ReadList(colon + 1, out _) is not { Count: > 0 } named || !NumberWords.TryParse(W(k + 1), out var n) || n != named.Count) return;
            var org = -1;
            for (var b = k - 1; b >= 0 && org < 0; b--)
            {
                if (M(b) is { Type: MentionType.Organization } om && om.Entity >= 0 && T(b).IsCapitalized) org = Ent(b);
                else if (T(b).IsWord && OrganizationWords.IsGenericNoun(W(b)) && Is(b - 1, "the")) org = Generic(W(b));
            }
            if (org < 0 || _er.Orgs[org].IsInstitution) return;
            Hit(OwnerOf(org), RelationKind.Member, named);
            return;
        }
    }
}
