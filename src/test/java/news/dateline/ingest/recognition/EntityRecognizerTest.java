package news.dateline.ingest.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.dateline.ingest.PublishedTime;
import news.dateline.ingest.Recognition;
import news.dateline.ingest.Recognition.CountryHit;
import news.dateline.ingest.Recognition.EventHit;
import news.dateline.ingest.Recognition.PersonHit;
import news.dateline.ingest.Recognition.RoleHit;
import news.dateline.ingest.WireStory;
import news.dateline.ingest.reference.ReferenceData;
import news.dateline.shared.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

    private static final LocalDate DEC_10_2025 = LocalDate.of(2025, 12, 10);

    private static final LocalDate DEC_9_2025 = LocalDate.of(2025, 12, 9);

    private static final LocalDate MAY_6_2025 = LocalDate.of(2025, 5, 6);

    private static final LocalDate MAY_7_2025 = LocalDate.of(2025, 5, 7);

    private static EntityRecognizer recognizer;

    @BeforeAll
    static void loadGazetteer() {
        recognizer = new EntityRecognizer(ReferenceData.load(Path.of("seeds/reference.yml")).toGazetteer());
    }

    private static Recognition recognize(String text, LocalDate storyDate) {
        return recognizer.recognize(text, storyDate);
    }

    private static List<String> slugs(Recognition recognition) {
        return recognition.people().stream().map(PersonHit::slug).toList();
    }

    private static int mentionsOf(Recognition recognition, String name) {
        return recognition.people()
            .stream()
            .filter(p -> p.name().equals(name))
            .mapToInt(PersonHit::mentions)
            .findFirst()
            .orElse(0);
    }

    private static int countryMentions(Recognition recognition, String code) {
        return recognition.countries()
            .stream()
            .filter(c -> c.code().equals(code))
            .mapToInt(CountryHit::mentions)
            .findFirst()
            .orElse(0);
    }

    private static List<String> knownEvents(Recognition recognition) {
        return recognition.events().stream().filter(e -> !e.isNew()).map(EventHit::slug).toList();
    }

    private static List<EventHit> newEvents(Recognition recognition) {
        return recognition.events().stream().filter(EventHit::isNew).toList();
    }

    /**
     * The dated clauses the recognizer starts new events from (before they are named as
     * noun phrases), with the dates and places read in them.
     */
    private static List<EventHit> candidates(String text, LocalDate storyDate) {
        List<Span<DateExpressions.When>> dates = DateExpressions.find(text, storyDate);
        List<Span<DateExpressions.When>> reporting = dates.stream().filter(date -> date.value().reporting()).toList();
        return EventCandidates.of(Sentences.of(text), dates, reporting).stream().map(EventMatcher.Linked::hit).toList();
    }

    /** Every new event offered reads as a noun phrase naming a happening. */
    private static void assertNoFragments(Recognition recognition) {
        assertThat(newEvents(recognition))
            .allSatisfy(event -> assertThat(EventTitles.namesAHappening(event.title())).as(event.title()).isTrue());
    }

    private static PartialDate date(String iso) {
        return PartialDate.parse(iso);
    }

    @Nested
    class SeedStoriesAsWritten {

        @Test
        void story000_laosAndAzerbaijanMark30Years() {
            Recognition r = recognize(SeedStories.BODY_000, DEC_10_2025);

            assertThat(slugs(r)).containsExactly("elnur-mammadov", "heydar-aliyev", "ilham-aliyev",
                    "thongloun-sisoulith");
            assertThat(mentionsOf(r, "Thongloun Sisoulith")).as("with \"President Sisoulith\"").isEqualTo(2);
            assertThat(r.countryCodes()).containsExactly("LA", "AZ", "CN", "VN", "TH");
            assertThat(r.events()).extracting(EventHit::slug, EventHit::date, EventHit::place)
                .containsExactly(tuple(null, date("2025-12-09"), "Vientiane"),
                        tuple(null, date("2025-12-09"), "Vientiane"),
                        tuple("azerbaijan-laos-diplomatic-relations-1995", date("1995-05"), null),
                        tuple("heydar-aliyev-visit-laos-1986", date("1986"), "Vientiane"),
                        tuple("azerbaijan-laos-first-political-consultations-2025", date("2025-12-08"), "Vientiane"),
                        tuple("aliyev-sisoulith-meeting-kazan-2024", date("2024-10"), "Kazan"),
                        tuple("thongloun-sisoulith-visit-baku-1981", date("1981"), "Baku"),
                        tuple("azerbaijan-laos-foreign-ministries-memorandum-2017", date("2017"), null));
            assertThat(newEvents(r)).as("the lead's happenings, dated by its 'on Tuesday'")
                .extracting(EventHit::title)
                .containsExactly("30th anniversary", "Interview");
        }

        @Test
        void story001_firstPoliticalConsultation() {
            Recognition r = recognize(SeedStories.BODY_001, DEC_10_2025);

            assertThat(slugs(r)).containsExactly("maithong-thammavongsa", "elnur-mammadov", "thongloun-sisoulith",
                    "ilham-aliyev", "sounthone-xayachak", "thongsavanh-phomvihane");
            assertThat(mentionsOf(r, "Maithong Thammavongsa")).as("with \"Mr Maithong\"").isEqualTo(2);
            assertThat(mentionsOf(r, "Elnur Mammadov")).as("with \"Mr Mammadov\"").isEqualTo(2);
            assertThat(r.countries()).containsExactly(new CountryHit("LA", 3), new CountryHit("AZ", 3));
            assertThat(r.events()).extracting(EventHit::slug, EventHit::date)
                .containsExactly(tuple(null, date("2025-12-08")), tuple(null, date("2025-12-08")),
                        tuple(null, date("2025-12-08")), tuple(null, date("2025-12-08")),
                        tuple("azerbaijan-laos-first-political-consultations-2025", date("2025-12-08")),
                        tuple("azerbaijan-laos-diplomatic-relations-1995", date("1995-05")),
                        tuple("aliyev-sisoulith-meeting-kazan-2024", date("2024-10")));
            assertThat(newEvents(r)).extracting(EventHit::title)
                .containsExactly("First political consultation",
                        "Meeting between Maithong Thammavongsa and Elnur Mammadov", "Inaugural consultation",
                        "30th anniversary");
        }

        @Test
        void story002_trendOnTheVisitToLaos() {
            Recognition r = recognize(SeedStories.BODY_002, DEC_9_2025);

            assertThat(r.people()).extracting(PersonHit::slug, PersonHit::mentions)
                .containsExactly(tuple("elnur-mammadov", 5), tuple("maithong-thammavongsa", 1),
                        tuple("sounthone-xayachak", 1), tuple("thongsavanh-phomvihane", 2));
            assertThat(r.countryCodes()).containsExactly("AZ", "LA", "VN");
            assertThat(r.events()).extracting(EventHit::slug, EventHit::date, EventHit::place)
                .containsExactly(tuple(null, date("2025-12-08"), null), tuple(null, date("2025-12-08"), null),
                        tuple("azerbaijan-laos-first-political-consultations-2025", date("2025-12-08"), "Vientiane"),
                        tuple("azerbaijan-laos-30th-anniversary-reception-2025", date("2025-12-09"), "Vientiane"));
            assertThat(newEvents(r)).extracting(EventHit::title)
                .as("no bare \"Visit\" beside the visit it names")
                .containsExactly("Visit by Elnur Mammadov", "First political consultations");
        }

        @Test
        void story003_aliyevAheadOfToLamsVisit() {
            Recognition r = recognize(SeedStories.BODY_003, MAY_6_2025);

            assertThat(r.people()).extracting(PersonHit::slug, PersonHit::mentions)
                .containsExactly(tuple("ilham-aliyev", 6), tuple("to-lam", 3), tuple("truong-tan-sang", 2),
                        tuple("leyla-aliyeva", 1), tuple("vo-thi-anh-xuan", 1));
            assertThat(r.personNames()).containsExactly("Ilham Aliyev", "Tô Lâm", "Trương Tấn Sang", "Leyla Aliyeva",
                    "Võ Thị Ánh Xuân");
            assertThat(r.countryCodes()).containsExactly("AZ", "VN");
            assertThat(r.events()).extracting(EventHit::slug, EventHit::date)
                .containsExactly(tuple(null, date("2025-05-07")), tuple(null, date("2025-05-07")),
                        tuple("to-lam-state-visit-azerbaijan-2025", date("2025-05-07")),
                        tuple("ilham-aliyev-official-visit-vietnam-2014", date("2014")),
                        tuple("truong-tan-sang-state-visit-azerbaijan-2015", date("2015")),
                        tuple(null, date("2025-04")),
                        tuple("heydar-aliyev-foundation-school-ha-giang-2018", date("2018")),
                        tuple("leyla-aliyeva-visit-vietnam-2025", date("2025-04")));
            assertThat(newEvents(r)).extracting(EventHit::title)
                .as("the trade figure of 2024 is no happening")
                .containsExactly("Official visit to Việt Nam", "Visit by Trương Tấn Sang",
                        "Regular political consultations");
        }

        @Test
        void story004_expandedMeetingInBaku() {
            Recognition r = recognize(SeedStories.BODY_004, MAY_7_2025);

            assertThat(r.people()).extracting(PersonHit::slug, PersonHit::mentions)
                .containsExactly(tuple("ilham-aliyev", 3), tuple("to-lam", 5), tuple("ho-chi-minh", 1),
                        tuple("heydar-aliyev", 1));
            assertThat(r.countryCodes()).containsExactly("AZ", "VN", "AM");
            assertThat(r.events()).extracting(EventHit::slug, EventHit::title, EventHit::date, EventHit::place)
                .containsExactly(tuple(null, "Meeting between Ilham Aliyev and Tô Lâm", date("2025-05-07"), null),
                        tuple(null, "Expanded meeting with To Lam", date("2025-05-07"), null),
                        tuple(null, "Visit of Ho Chi Minh of the Democratic Republic", date("2025-05-07"), null),
                        tuple("to-lam-state-visit-azerbaijan-2025", "Tô Lâm's state visit to Azerbaijan",
                                date("2025-05-07"), "Baku"));
        }

        @Test
        void typedTextIsOfferedNounPhrasesNeverFragments() {
            for (String body : List.of(SeedStories.BODY_000, SeedStories.BODY_001, SeedStories.BODY_002,
                    SeedStories.BODY_003, SeedStories.BODY_004)) {
                assertNoFragments(recognize(body, DEC_10_2025));
            }
            assertNoFragments(recognize("""
                    Deputy Prime Minister Saleumxay Kommasith asked both governments to carry out the agreements \
                    reached during General Secretary To Lam's visit in 2026. He said the ministers met on Tuesday.""",
                    DEC_10_2025));
        }

        @Test
        void aWireStoryIsReadWithItsHeadlineAndCaptions() {
            List<String> paragraphs = Arrays.asList(SeedStories.BODY_000.strip().split("\n\n"));
            WireStory story = new WireStory(SeedStories.HEADLINE_000, false,
                    PublishedTime.of(OffsetDateTime.of(2025, 12, 10, 10, 34, 0, 0, ZoneOffset.ofHours(7))), "KPL", null,
                    "en", paragraphs, List.of(SeedStories.CAPTION_000), List.of(), "hash", List.of());

            Recognition r = recognizer.recognize(story);

            assertThat(mentionsOf(r, "Elnur Mammadov")).as("body and caption").isEqualTo(2);
            assertThat(countryMentions(r, "LA"))
                .isEqualTo(countryMentions(recognize(SeedStories.BODY_000, DEC_10_2025), "LA") + 1);
            assertThat(knownEvents(r)).contains("aliyev-sisoulith-meeting-kazan-2024");

            WireStory fromLead = new WireStory("Laos and Azerbaijan are strengthening bilateral cooperation", true,
                    null, "KPL", null, "en", List.of("Officials met in Vientiane."), List.of(), List.of(), "hash",
                    List.of());
            assertThat(recognizer.recognize(fromLead).countryCodes()).isEmpty();
        }

    }

    @Nested
    class People {

        @Test
        void aliasesNameTheCanonicalPerson() {
            Recognition r = recognize("""
                    Deputy Foreign Minister Maythong Thammavongsa of Laos met Laos Foreign Minister Fomvihon \
                    and Sounthone Xayachack, Vice President of the National Assembly.""", null);

            assertThat(r.personNames()).containsExactly("Maithong Thammavongsa", "Thongsavanh Phomvihane",
                    "Sounthone Xayachak");
            assertThat(r.people()).noneMatch(PersonHit::isNew);
        }

        @Test
        void aNewPersonNamedAgainByTheirSurnameAfterARoleIsOnePerson() {
            Recognition r = recognize(
                    "The agreement was signed by Kuwaiti Foreign Minister Abdullah Al-Yahya and his "
                            + "Azerbaijani counterpart Jeyhun Bayramov. Minister Al-Yahya heads Kuwait's delegation.",
                    null);

            assertThat(r.personNames()).containsExactlyInAnyOrder("Abdullah Al-Yahya", "Jeyhun Bayramov");
        }

        @Test
        void anOfficeForAPortfolioIsARole() {
            Recognition r = recognize("Singapore's Minister for Foreign Affairs Vivian Balakrishnan met Union Minister "
                    + "for Commerce U Min Min. Yang Jin, Deputy Director of the Center for Russian, Eastern European "
                    + "and Central Asian Studies, spoke.", null);

            assertThat(r.people()).extracting(PersonHit::name, PersonHit::role)
                .contains(tuple("Vivian Balakrishnan", "Minister for Foreign Affairs"),
                        tuple("U Min Min", "Minister for Commerce"));
            assertThat(r.personNames()).as("a demonym after \"for\" is a field of study, not a country's office")
                .doesNotContain("Eastern European");
        }

        @Test
        void theHeadOfABodyIsARoleAndTheBodysNameRunsToTheComma() {
            Recognition r = recognize("Head of the Foreign Policy Affairs Department of the Presidential "
                    + "Administration Hikmat Hajiyev met Lao Deputy Minister Vilayvanh Bouddakham. The head of the "
                    + "State Agency for Public Service and Social Innovations, Ulvi Mehdiyev, briefed the guests. The "
                    + "head of state thanked the head of the delegation, Thongsavanh Phomvihane.", null);

            assertThat(r.people()).extracting(PersonHit::name, PersonHit::role)
                .contains(
                        tuple("Hikmat Hajiyev",
                                "Head of the Foreign Policy Affairs Department of the Presidential Administration"),
                        tuple("Ulvi Mehdiyev", "head of the State Agency for Public Service and Social Innovations"));
            assertThat(r.people()).as("\"head of state\" and \"head of the delegation\" are no offices")
                .filteredOn(p -> p.name().equals("Thongsavanh Phomvihane"))
                .extracting(PersonHit::role)
                .doesNotContain("head of state", "head of the delegation");
        }

        @Test
        void aRoyalTitlesWordInsideANameIsPartOfIt() {
            assertThat(recognize("Tourism, Arts and Culture Minister Datuk Seri Tiong King Sing met Lao Minister "
                    + "Suanesavanh Vignaket. King Norodom Sihamoni received them.", null)
                .personNames()).contains("Tiong King Sing", "Norodom Sihamoni").doesNotContain("Sing");
        }

        @Test
        void markupLeftInTheTextNamesNoOne() {
            assertThat(recognize("Prime Minister SCRIPT SRC met Lao President Thongloun Sisoulith. Deputy Minister "
                    + "IMG SRC attended.", null)
                .personNames()).containsExactly("Thongloun Sisoulith");
        }

        @Test
        void oneNameAfterACountrysOfficeIsAPersonUnlessAnotherNameHasIt() {
            assertThat(recognize("Indonesian Foreign Minister Sugiono said the bloc must remain united.", null)
                .personNames()).containsExactly("Sugiono");
            Recognition given = recognize("Lao Prime Minister Sonexay Siphandone met Vietnamese Prime Minister Pham "
                    + "Minh Chinh. Later, Lao Prime Minister Sonexay thanked him and Vietnamese Prime Minister Chinh "
                    + "said ties were strong.", null);
            assertThat(given.personNames()).containsExactly("Sonexay Siphandone", "Pham Minh Chinh");
            assertThat(recognize("He flew back after the death of Queen Mother Sirikit. Queen Mother Sirikit was 93.",
                    null)
                .personNames()).as("the same one name twice is one person, kept").containsExactly("Sirikit");
            assertThat(recognize("Foreign Minister Wang said the talks went well.", null).personNames())
                .as("an office of no country before one name: a surname, not a person")
                .isEmpty();
        }

        @Test
        void azerbaijaniCopyNamesKnownPeopleAndCountriesInItsOwnLetters() {
            Recognition r = recognize(
                    "Məsləhətləşmələrə Azərbaycan xarici işlər nazirinin müavini Elnur Məmmədov " + "həmsədrlik edib.",
                    null);

            assertThat(r.personNames()).containsExactly("Elnur Mammadov");
            assertThat(r.countryCodes()).containsExactly("AZ");
        }

        @Test
        void aPatronymicNameIsOnePersonAndAKnownPersonsIsThem() {
            Recognition r = recognize("""
                    The President awarded the Friendship Order to Azerbaijani Ambassador to Vietnam Anar Lachin oglu \
                    Imanov. Ambassador Anar Imanov thanked him. Imanov said ties grew.""", null);
            assertThat(r.people()).extracting(PersonHit::name, PersonHit::mentions)
                .containsExactly(tuple("Anar Lachin oglu Imanov", 3));

            Recognition said = recognize(
                    """
                            Trade grows every year, said Sahiba Ali gizi Gafarova, Speaker of the Milli Majlis of Azerbaijan.""",
                    null);
            assertThat(said.personNames()).containsExactly("Sahiba Ali gizi Gafarova");
            // the marker as Azerbaijani writes it, folded like every word
            assertThat(recognize("Trade grows, said Sahiba Ali qızı Gafarova, Speaker of the Milli Majlis.", null)
                .personNames()).containsExactly("Sahiba Ali qızı Gafarova");

            Recognition known = recognize("""
                    President Ilham Heydar oglu Aliyev signed the order in Baku. Aliyev thanked Laos.""", null);
            assertThat(known.people()).extracting(PersonHit::slug, PersonHit::mentions)
                .containsExactly(tuple("ilham-aliyev", 2));
        }

        @Test
        void aCounterpartIsNamedWithTheCountryOfTheDemonymBeforeIt() {
            Recognition r = recognize("""
                    Prime Minister Sonexay Siphandone and his Vietnamese counterpart Pham Minh Chinh co-chaired the \
                    meeting. Mr Chinh praised the ties. Their counterparts in Hanoi met too.""", null);

            assertThat(r.people())
                .extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode, PersonHit::mentions)
                .containsExactly(tuple("Sonexay Siphandone", "Prime Minister", null, 1),
                        tuple("Pham Minh Chinh", "Prime Minister", "VN", 2));

            // a known person's role counts too; a counterpart after no role has none
            assertThat(recognize(
                    "President of Azerbaijan Ilham Aliyev wrote to his Vietnamese counterpart " + "Nguyen Phu Trong.",
                    null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .contains(tuple("Nguyen Phu Trong", "President"));
            assertThat(recognize("He met his Lao counterpart Bounleua Sinxayvoravong in Hanoi.", null).people())
                .extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Bounleua Sinxayvoravong", null, "LA"));
        }

        @Test
        void aCounterpartNamedBetweenCommas() {
            assertThat(recognize("Foreign Minister Cho Hyun held talks with his Azerbaijani counterpart, "
                    + "Jeyhun Bayramov, on Tuesday.", null)
                .people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Cho Hyun", "Foreign Minister", null),
                        tuple("Jeyhun Bayramov", "Foreign Minister", "AZ"));
            assertThat(recognize("He thanked his counterpart, and the talks ended.", null).people()).isEmpty();
        }

        @Test
        void aPortfolioListedWithCommasIsOneRole() {
            assertThat(recognize("Minister of Information, Culture and Tourism Suansavan Vignaket attended.", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Suansavan Vignaket", "Minister of Information, Culture and Tourism"));
        }

        @Test
        void twoOfficesOfOnePersonAreOneRole() {
            assertThat(recognize("Thongsavanh Phomvihane held talks with Deputy Prime Minister and Minister of Foreign "
                    + "Affairs and International Cooperation of Cambodia Sok Chenda Sophea in Vientiane.", null)
                .people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .contains(tuple("Sok Chenda Sophea",
                        "Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation", "KH"));
        }

        @Test
        void particlesInLowerCaseArePartOfAName() {
            assertThat(recognize("European Commission President Ursula von der Leyen met Brazil's President Luiz "
                    + "Inacio Lula da Silva and Dutch Prime Minister Dick Schoof.", null)
                .personNames()).containsExactly("Ursula von der Leyen", "Luiz Inacio Lula da Silva", "Dick Schoof");
        }

        @Test
        void aKoreanGivenNameKeepsItsSecondSyllable() {
            assertThat(recognize("He met Ambassador Lee Jang-keun and Deputy Minister Kim Hong-kyun, then a "
                    + "Seoul-based envoy and Minister Park Jin-led delegations.", null)
                .personNames()).contains("Lee Jang-keun", "Kim Hong-kyun")
                .noneMatch(name -> name.endsWith("-led") || name.endsWith("-based"));
        }

        @Test
        void theMinistriesOfOtherGovernmentsAreRolesNotNames() {
            assertThat(recognize("Lao Minister of Public Works and Transport Mixay Sengsavang met Minister of Labour "
                    + "and Social Protection of Population Anar Alakbarov. Minister of Women's Affairs Sok Chenda and "
                    + "Minister of Petroleum and Natural Gas Hardeep Singh Puri joined them.", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Mixay Sengsavang", "Minister of Public Works and Transport"),
                        tuple("Anar Alakbarov", "Minister of Labour and Social Protection of Population"),
                        tuple("Sok Chenda", "Minister of Women's Affairs"),
                        tuple("Hardeep Singh Puri", "Minister of Petroleum and Natural Gas"));
        }

        @Test
        void headlinesShortenForeignAndPrimeMinisters() {
            assertThat(recognize(
                    "Azerbaijani FM Jeyhun Bayramov met Lao PM Sonexay Siphandone and Kazakh Deputy PM "
                            + "Serik Zhumangarin. The talks began at 3 PM Baku time and ended at 5 PM Elchin said.",
                    null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Jeyhun Bayramov", "Foreign Minister"),
                        tuple("Sonexay Siphandone", "Prime Minister"),
                        tuple("Serik Zhumangarin", "Deputy Prime Minister"));
        }

        @Test
        void theLettersOfABodyArePartOfTheOffice() {
            assertThat(recognize("Chairman of the Board of SOCAR Rovshan Najaf met Secretary-General of ASEAN Kao Kim "
                    + "Hourn and President of FIFA Gianni Infantino.", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Rovshan Najaf", "Chairman of the Board of SOCAR"),
                        tuple("Kao Kim Hourn", "Secretary-General of ASEAN"),
                        tuple("Gianni Infantino", "President of FIFA"));
        }

        @Test
        void aBodyWrittenOutBeforeANameIsPartOfTheOffice() {
            assertThat(recognize("Secretary-General of the Association of Southeast Asian Nations Kao Kim Hourn met "
                    + "Secretary General of the Organisation of Islamic Cooperation Hissein Brahim Taha and Executive "
                    + "Secretary of the Commonwealth of Independent States Sergey Lebedev.", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(
                        tuple("Kao Kim Hourn", "Secretary-General of the Association of Southeast Asian Nations"),
                        tuple("Hissein Brahim Taha", "Secretary General of the Organisation of Islamic Cooperation"),
                        tuple("Sergey Lebedev", "Executive Secretary of the Commonwealth of Independent States"));
            // no name after it: the office ends at the organisation, as before
            assertThat(recognize("The Chairman of the Union of Journalists Tran Van Lam spoke of the Union of "
                    + "Journalists of Vietnam.", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Tran Van Lam", "Chairman of the Union of Journalists"));
        }

        @Test
        void aParliamentCalledByItsOwnNameIsPartOfTheOfficeAndNoPerson() {
            assertThat(recognize("Chair of the Milli Majlis of the Republic of Azerbaijan Sahiba Gafarova received "
                    + "Chairman of the State Great Khural of Mongolia Dashzegviin Amarbayasgalan and a member of the "
                    + "Knesset. Speaker of the State Duma Vyacheslav Volodin sent a letter.", null)
                .people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Sahiba Gafarova", "Chair of the Milli Majlis", "AZ"),
                        tuple("Dashzegviin Amarbayasgalan", "Chairman of the State Great Khural", "MN"),
                        tuple("Vyacheslav Volodin", "Speaker of the State Duma", null));
        }

        @Test
        void aCountrysLongNameAndItsBodiesArePartOfTheOffice() {
            assertThat(recognize("Chairman of the Senate of the Oliy Majlis of the Republic of Uzbekistan Tanzila "
                    + "Narbaeva met Minister of Foreign Affairs of the Kyrgyz Republic Zheenbek Kulubaev and General "
                    + "Secretary of the Communist Party of Vietnam Central Committee Nguyen Van Binh.", null)
                .people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Tanzila Narbaeva", "Chairman of the Senate of the Oliy Majlis", "UZ"),
                        tuple("Zheenbek Kulubaev", "Minister of Foreign Affairs", "KG"), tuple("Nguyen Van Binh",
                                "General Secretary of the Communist Party of Vietnam Central Committee", "VN"));
        }

        @Test
        void aVietnameseSurnameWrittenAsASmallWordOpensANameAfterAnOffice() {
            assertThat(recognize("The order was handed over by Deputy Minister of Foreign Affairs To Van Hung, and "
                    + "Vice Chairman Do Minh Tuan went to Baku to meet partners.", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("To Van Hung", "Deputy Minister of Foreign Affairs"),
                        tuple("Do Minh Tuan", "Vice Chairman"));
            // a small word after an office is still a small word, as headlines capitalise
            // it
            assertThat(
                    recognize("The Deputy Minister went To Hanoi and the Ambassador To Vietnam spoke.", null).people())
                .isEmpty();
            assertThat(recognize("Lao Deputy Minister To Attend Summit In Jakarta", null).people()).isEmpty();
            assertThat(recognize("Foreign Minister Do Business Forum Opens In Baku", null).people()).isEmpty();
        }

        @Test
        void officesHeldInAStateOfALongNameOrInABodyWithAPossessiveAndGulfNamesOfManyGenerations() {
            assertThat(recognize("HE Ambassador of the Republic of Azerbaijan to the State of Qatar Elchin Bashirov "
                    + "met Chairman of the Halk Maslahaty of Turkmenistan Kasym Amanov, Chairman of the Da Nang "
                    + "People's Committee Le Trung Hieu and Sheikh Khalid bin Hamad bin Khalifa Al-Thani.", null)
                .people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(
                        tuple("Elchin Bashirov", "Ambassador of the Republic of Azerbaijan to the State of Qatar",
                                "AZ"),
                        tuple("Kasym Amanov", "Chairman of the Halk Maslahaty", "TM"),
                        tuple("Le Trung Hieu", "Chairman of the Da Nang People's Committee", null),
                        tuple("Khalid bin Hamad bin Khalifa Al-Thani", "Sheikh", null));
        }

        @Test
        void aChineseSurnameWrittenAsASmallWordOpensANameAfterAnOffice() {
            assertThat(recognize("Chinese Ambassador to Vietnam He Wei attended, and Vice Premier He Lifeng spoke. "
                    + "The Prime Minister thanked him. He said the talks went well.", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("He Wei", "Ambassador to Vietnam"), tuple("He Lifeng", "Vice Premier"));
        }

        @Test
        void aMonarchsOneNameIsTheirsThoughAnotherNameEndsOrStartsWithIt() {
            assertThat(recognize("King Abdullah received Foreign Minister Abdullah Al-Sabah in Amman.", null).people())
                .extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Abdullah", "King"), tuple("Abdullah Al-Sabah", "Foreign Minister"));
        }

        @Test
        void hisExcellencyAndCambodianHonorificsAreNoPartOfTheName() {
            assertThat(recognize("Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, "
                    + "H.E. Sonexay Siphandone, Prime Minister of the Lao People's Democratic Republic, and H.E. "
                    + "Pham Minh Chinh, Prime Minister of the Socialist Republic of Viet Nam, met the U.S. Ambassador.",
                    null)
                .people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Hun Manet", "Prime Minister", "KH"),
                        tuple("Sonexay Siphandone", "Prime Minister", "LA"),
                        tuple("Pham Minh Chinh", "Prime Minister", "VN"));
        }

        @Test
        void playersAndCoachesByTheirPlaceInTheTeam() {
            assertThat(recognize(
                    "Coach Kim Sang-sik's side won; Vietnamese striker Nguyen Xuan Son scored twice and "
                            + "goalkeeper Dinh Trieu saved a penalty. The coach said the team would travel by coach.",
                    null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Kim Sang-sik", "Coach"), tuple("Nguyen Xuan Son", "striker"),
                        tuple("Dinh Trieu", "goalkeeper"));
        }

        @Test
        void anEmperorAndABureausHeadWrittenInSmallLetters() {
            assertThat(recognize("Emperor Naruhito received the guests, who were welcomed by director-general of the "
                    + "Protocol Bureau Somphone Keomany.", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Naruhito", "Emperor"),
                        tuple("Somphone Keomany", "director-general of the Protocol Bureau"));
        }

        @Test
        void officesAsAzerbaijaniAndVietnameseCopyWriteThemInFull() {
            assertThat(recognize("Assistant to the President of the Republic of Azerbaijan – Head of the Foreign "
                    + "Policy Affairs Department of the Presidential Administration Hikmet Hajiyev met a delegation led "
                    + "by Vice Chairman of the Communist Party of Vietnam's Central Commission for External Relations "
                    + "Nguyen Minh Hang. The meeting was attended by the Ambassador Extraordinary and Plenipotentiary "
                    + "of Vietnam to Azerbaijan Nguyen Thi Minh Nguyet.", null)
                .people())
                .extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Hikmet Hajiyev",
                        "Assistant to the President of the Republic of Azerbaijan – Head of the Foreign Policy Affairs "
                                + "Department of the Presidential Administration",
                        "AZ"),
                        tuple("Nguyen Minh Hang",
                                "Vice Chairman of the Communist Party of Vietnam's Central Commission for External "
                                        + "Relations",
                                "VN"),
                        tuple("Nguyen Thi Minh Nguyet", "Ambassador of Vietnam to Azerbaijan", "VN"));
        }

        @Test
        void aProfessionWithWhereItIsPractisedIntroducesAName() {
            assertThat(recognize("\"The deals are modest,\" said Nguyen Van Binh, a senior analyst at the Institute of "
                    + "Southeast Asian Studies. Sean O'Brien, an analyst at the Lowy Institute, disagreed. Southeast "
                    + "Asia, a region of 680 million people, needs rail. Lao Airlines, a member of the alliance, and "
                    + "Central Park, a park in Manhattan, said nothing.", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Nguyen Van Binh", "senior analyst at the Institute of Southeast Asian Studies"),
                        tuple("Sean O'Brien", "analyst at the Lowy Institute"));
        }

        @Test
        void anOfficeInLowerCaseAfterANameAndACounterpartAfterANameFindThePerson() {
            assertThat(recognize("Bui Thanh Son, Vietnam's deputy prime minister, and Saleumxay Kommasith, his Lao "
                    + "counterpart, cut the ribbon. The gate will handle 2,000 trucks a day, said Vilayvong "
                    + "Bouddakham, the Lao transport minister.", null)
                .people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Bui Thanh Son", "deputy prime minister", "VN"),
                        tuple("Saleumxay Kommasith", null, "LA"),
                        tuple("Vilayvong Bouddakham", "transport minister", "LA"));
        }

        @Test
        void aChargeDAffairesHoldsAnOffice() {
            assertThat(recognize("Chargé d'Affaires of Azerbaijan to Vietnam Elshan Mammadov, Charge d’affaires "
                    + "Nguyen Thi Lan and Chargé d'affaires a.i. of Laos Bounmy Vongsa attended.", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Elshan Mammadov", "Chargé d'Affaires of Azerbaijan to Vietnam"),
                        tuple("Nguyen Thi Lan", "Charge d’affaires"), tuple("Bounmy Vongsa", "Chargé d'affaires"));
        }

        @Test
        void parkOpensAKoreanNameButEndsAPlace() {
            assertThat(recognize(
                    "First Vice Foreign Minister Park Yoon-joo and Vietnamese Deputy Foreign Minister "
                            + "Nguyen Minh Hang co-chaired the dialogue. Former Foreign Minister Park Jin attended.",
                    null)
                .personNames()).containsExactly("Park Yoon-joo", "Nguyen Minh Hang", "Park Jin");
            assertThat(recognize("Minister Kim Min-seok walked in Central Park and the Heydar Aliyev Park with "
                    + "officials of the National Park Service.", null)
                .personNames()).containsExactly("Kim Min-seok");
        }

        @Test
        void theArabicArticleJoinsAName() {
            assertThat(recognize("Syrian interim President Ahmed al-Sharaa met Egyptian President Abdel Fattah "
                    + "el-Sisi. Al-Sharaa later left.", null)
                .people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Ahmed al-Sharaa", "interim President", "SY"),
                        tuple("Abdel Fattah el-Sisi", "President", "EG"));
        }

        @Test
        void aRoleOfTwoNamesBoth() {
            assertThat(recognize("Energy ministers Alparslan Bayraktar and Parviz Shahbazov also attended.", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Alparslan Bayraktar", "Energy minister"),
                        tuple("Parviz Shahbazov", "Energy minister"));
            assertThat(recognize(
                    "Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara signed it with their Philippine "
                            + "counterparts Enrique Manalo and Gilberto Teodoro.",
                    null)
                .people()).as("two counterparts: their roles are not given one by one")
                .extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Yoko Kamikawa", "Foreign Minister", null),
                        tuple("Minoru Kihara", "Defense Minister", null), tuple("Enrique Manalo", null, "PH"),
                        tuple("Gilberto Teodoro", null, "PH"));
            assertThat(recognize("Foreign Adviser Md Touhid Hossain met the envoy.", null).people())
                .extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Md Touhid Hossain", "Foreign Adviser"));
            assertThat(recognize("Minister Ahmad Zahid and Prime Minister Anwar Ibrahim spoke.", null).people())
                .as("one role, one name")
                .extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Ahmad Zahid", "Minister"), tuple("Anwar Ibrahim", "Prime Minister"));
        }

        @Test
        void aRoleAfterTheNameIsReadPastHowNewItIsAndAsARepresentativeOrAMember() {
            assertThat(recognize("""
                    The President received the credentials of Dang Minh Khoi, the newly appointed Ambassador of \
                    Vietnam.""", null).people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Dang Minh Khoi", "Ambassador", "VN"));
            assertThat(recognize("""
                    She received Elchin Amirbayov, Representative of the President of Azerbaijan, in Hanoi.""", null)
                .personNames()).containsExactly("Elchin Amirbayov");
            assertThat(recognize("""
                    Rauf Aliyev, a member of the Milli Majlis, also spoke.""", null).personNames())
                .containsExactly("Rauf Aliyev");
        }

        @Test
        void aRoleOfACityOrRegionOrOfACountryByItsFullNameKeepsItsName() {
            assertThat(recognize("Governor of Nong Khai Sompop Samitasiri said the bridge was busy.", null).people())
                .extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Sompop Samitasiri", "Governor of Nong Khai"));
            assertThat(recognize("""
                    Aliyev met Chairman of the People's Republic of China Xi Jinping in Beijing.""", null).people())
                .extracting(PersonHit::name, PersonHit::countryCode)
                .contains(tuple("Xi Jinping", "CN"));
        }

        @Test
        void aMonarchsFamilyIsNamedByOneName() {
            assertThat(recognize("""
                    The minister flew back after the death of Her Majesty Queen Mother Sirikit on Friday.""", null)
                .people()).extracting(PersonHit::name, PersonHit::role)
                .containsExactly(tuple("Sirikit", "Queen Mother"));
            assertThat(recognize("King Vajiralongkorn received the delegation.", null).personNames())
                .containsExactly("Vajiralongkorn");
            assertThat(recognize("Crown Prince Mohammed bin Salman met the delegation in Riyadh.", null).personNames())
                .containsExactly("Mohammed bin Salman");
            // one name is enough only for them
            assertThat(recognize("President Tokayev arrived in Baku on Monday.", null).people()).isEmpty();
            assertThat(recognize("The Queen Mother Hospital opened a new wing.", null).people()).isEmpty();
        }

        @Test
        void aPersonKnownByTheirPatronymicNameIsKnownWithoutIt() {
            Gazetteer gazetteer = ReferenceData.load(Path.of("seeds/reference.yml")).toGazetteer();
            List<Gazetteer.KnownPerson> people = new ArrayList<>(gazetteer.people());
            people.add(new Gazetteer.KnownPerson("anar-lachin-oglu-imanov", "Anar Lachin oglu Imanov", List.of(),
                    "Ambassador", "AZ"));
            EntityRecognizer withImanov = new EntityRecognizer(
                    new Gazetteer(gazetteer.countries(), people, gazetteer.events()));

            Recognition r = withImanov.recognize("Ambassador Anar Imanov thanked the Vietnamese leader.", null);

            assertThat(r.people()).extracting(PersonHit::slug).containsExactly("anar-lachin-oglu-imanov");
        }

        @Test
        void accentsAndCaseAreFolded() {
            assertThat(slugs(recognize("TO LAM ARRIVES IN BAKU", null))).containsExactly("to-lam");
            assertThat(slugs(recognize("General Secretary To Lam arrived.", null))).containsExactly("to-lam");
            assertThat(recognize("Truong Tan Sang visited Baku.", null).personNames())
                .containsExactly("Trương Tấn Sang");
            assertThat(recognize("Vo Thi Anh Xuan met Leyla Aliyeva.", null).personNames())
                .containsExactly("Võ Thị Ánh Xuân", "Leyla Aliyeva");
        }

        @Test
        void organisationsAndPlacesNamedAfterPeopleAreNotThem() {
            assertThat(recognize("The Heydar Aliyev Foundation funded a school.", null).people()).isEmpty();
            assertThat(recognize("Flights land at Heydar Aliyev International Airport.", null).people()).isEmpty();
            assertThat(recognize("He flew to Ho Chi Minh City and visited the Ho Chi Minh Mausoleum.", null).people())
                .isEmpty();
            assertThat(slugs(recognize("President Ho Chi Minh visited Baku.", null))).containsExactly("ho-chi-minh");
        }

        @Test
        void aSurnameAloneCountsForThePersonNamedInFull() {
            Recognition r = recognize("""
                    Deputy Minister Elnur Mammadov arrived. Mammadov met officials, and Deputy Minister Mammadov \
                    left on Friday. Mr Maithong Thammavongsa hosted him; Mr Maithong said the talks went well.""",
                    null);

            assertThat(r.people()).extracting(PersonHit::slug, PersonHit::mentions)
                .containsExactly(tuple("elnur-mammadov", 3), tuple("maithong-thammavongsa", 2));
        }

        @Test
        void aTitleAndOneNameFindAKnownPersonWhenOnlyOneAnswersToIt() {
            assertThat(slugs(recognize("President Sisoulith met Mr Maithong.", null)))
                .containsExactly("thongloun-sisoulith", "maithong-thammavongsa");
            assertThat(slugs(recognize("A highlight of President Sang’s visit was the forum.", null)))
                .containsExactly("truong-tan-sang");
            assertThat(slugs(recognize("General Secretary Lâm’s visit will matter.", null))).containsExactly("to-lam");
            assertThat(recognize("President Aliyev spoke.", null).people()).as("Ilham or Heydar").isEmpty();
            assertThat(recognize("Mammadov spoke.", null).people()).as("no title, nobody named in full").isEmpty();
        }

        @Test
        void aSharedSurnameGoesToWhoeverTheTextNamesInFull() {
            Recognition known = recognize(
                    "Foreign Minister Thongsavanh Phomvihane hosted a reception. Phomvihane spoke.", null);
            assertThat(known.people()).extracting(PersonHit::slug, PersonHit::mentions)
                .containsExactly(tuple("thongsavanh-phomvihane", 2));

            Recognition other = recognize(
                    "The late Lao President Kaysone Phomvihane founded the state. Phomvihane led it.", null);
            assertThat(other.people())
                .extracting(PersonHit::slug, PersonHit::name, PersonHit::role, PersonHit::countryCode,
                        PersonHit::mentions)
                .containsExactly(tuple(null, "Kaysone Phomvihane", "President", "LA", 2));
        }

        @Test
        void newPeopleAreFoundByTheirTitleOrRole() {
            Recognition r = recognize("""
                    Deputy Prime Minister Saleumxay Kommasith met President Xi Jinping in Beijing. \
                    Mr Le Hoai Trung attended. Kommasith said the talks were useful.""", null);

            assertThat(r.people())
                .extracting(PersonHit::slug, PersonHit::name, PersonHit::role, PersonHit::countryCode,
                        PersonHit::mentions)
                .containsExactly(tuple(null, "Saleumxay Kommasith", "Deputy Prime Minister", null, 2),
                        tuple(null, "Xi Jinping", "President", null, 1), tuple(null, "Le Hoai Trung", null, null, 1));
            assertThat(recognize("President Xi Jinping arrived. President Xi spoke; Xi left.", null).people())
                .extracting(PersonHit::name, PersonHit::mentions)
                .as("short names only after a title")
                .containsExactly(tuple("Xi Jinping", 2));
        }

        @Test
        void aNewPersonsCountryComesFromTheirRole() {
            assertThat(recognize("Lao Deputy Prime Minister Saleumxay Kommasith spoke.", null).people())
                .extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Saleumxay Kommasith", "Deputy Prime Minister", "LA"));
            assertThat(recognize("Foreign Minister Bui Thanh Son of Vietnam spoke.", null).people())
                .extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Bui Thanh Son", "Foreign Minister", "VN"));
            assertThat(recognize("Secretary of State Marco Rubio spoke.", null).people())
                .extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Marco Rubio", "Secretary of State", null));
            assertThat(recognize("Minister of Foreign Affairs of Laos Saleumxay Kommasith spoke.", null).people())
                .extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Saleumxay Kommasith", "Minister of Foreign Affairs", "LA"));
            assertThat(recognize(
                    """
                            A delegation led by Uong Chu Luu, former Vice Chairman of Vietnam’s National Assembly, visited Laos.""",
                    null)
                .people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Uong Chu Luu", "former Vice Chairman of Vietnam’s National Assembly", "VN"));
        }

        @Test
        void anAmbassadorsPostIsPartOfTheRoleBeforeTheName() {
            assertThat(recognize("The Lao Ambassador to Vietnam Khamphao Ernthavanh attended.", null).people())
                .extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Khamphao Ernthavanh", "Ambassador to Vietnam", "LA"));
            assertThat(recognize("Ambassador of Laos to Azerbaijan Sengphet Houngboungnuang presented his credentials.",
                    null)
                .people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Sengphet Houngboungnuang", "Ambassador of Laos to Azerbaijan", "LA"));
            assertThat(recognize("He was met by the Vietnamese Ambassador to Laos, Mr Nguyen Minh Tam, at the airport.",
                    null)
                .people()).extracting(PersonHit::name, PersonHit::role, PersonHit::countryCode)
                .containsExactly(tuple("Nguyen Minh Tam", "Ambassador to Laos", "VN"));
            assertThat(recognize("Azerbaijan's Ambassador to Vietnam, Mr Elnur Mammadov, spoke.", null).roles())
                .as("a known person")
                .extracting(RoleHit::slug, RoleHit::role, RoleHit::countryCode)
                .containsExactly(tuple("elnur-mammadov", "Ambassador to Vietnam", "AZ"));
            assertThat(recognize("The minister flew to Vietnam Airlines headquarters.", null).people()).isEmpty();
        }

        @Test
        void knownPeopleWithLongTitlesAreNotProposedAgain() {
            assertThat(recognize("President of Azerbaijan Ilham Aliyev spoke.", null).people())
                .extracting(PersonHit::slug)
                .containsExactly("ilham-aliyev");
            assertThat(recognize("National Assembly Vice President Sounthone Xayachak attended.", null).people())
                .extracting(PersonHit::slug)
                .containsExactly("sounthone-xayachak");
            assertThat(recognize("""
                    General Secretary of the Central Committee of the Communist Party of Việt Nam Tô Lâm arrived. \
                    Vice President of the Heydar Aliyev Foundation Leyla Aliyeva met him.""", null).people())
                .extracting(PersonHit::slug)
                .containsExactly("to-lam", "leyla-aliyeva");
        }

        @Test
        void organisationsPlacesAndHeadlinesAreNotNewPeople() {
            assertThat(recognize("Officials of the Lao Front for National Development met.", null).people()).isEmpty();
            assertThat(recognize("President of the Heydar Aliyev Foundation spoke.", null).people()).isEmpty();
            assertThat(recognize("Laos and Azerbaijan Hold First Political Consultation to Boost Ties", null).people())
                .isEmpty();
        }

    }

    @Nested
    class Countries {

        @Test
        void copyInRussianAzerbaijaniAndLaoNamesItsCountriesInTheirLanguageAndCases() {
            assertThat(recognize("Документ подписали министр энергетики Азербайджана и посол Вьетнама в России.", null)
                .countryCodes()).containsExactlyInAnyOrder("AZ", "VN", "RU");
            assertThat(
                    recognize("Nazir Vyetnamın səfiri ilə görüşüb, Laosla əlaqələr və Rusiyaya səfər müzakirə edilib.",
                            null)
                        .countryCodes())
                .containsExactlyInAnyOrder("VN", "LA", "RU");
            assertThat(recognize("ທັງສອງຝ່າຍ ລາວ ແລະ ອາເຊີໄບຈານ ໄດ້ປຶກສາຫາລື.", null).countryCodes())
                .containsExactlyInAnyOrder("LA", "AZ");
            assertThat(recognize("Malia Jones met the delegation.", null).countryCodes())
                .as("no Azerbaijani form of an English name ending in a vowel")
                .isEmpty();
        }

        @Test
        void theAbbreviationsOfHeadlinesNameTheirCountries() {
            assertThat(recognize("UAE, Azerbaijan discuss energy as S. Korea and N. Korea trade barbs", null)
                .countryCodes()).containsExactlyInAnyOrder("AE", "AZ", "KR", "KP");
        }

        @Test
        void theDemonymsOfWireCopyNameTheirCountries() {
            Recognition r = recognize("""
                    Malaysian Prime Minister Anwar Ibrahim and Singaporean Prime Minister Lawrence Wong met the \
                    Ukrainian envoy and a Rwandan delegation in the Republic of Korea.""", null);
            assertThat(r.countryCodes()).containsExactly("MY", "SG", "UA", "RW", "KR");
            // left out as naming something else as often
            assertThat(recognize("Ships crossed the Indian Ocean to the Korean Peninsula.", null).countryCodes())
                .isEmpty();
        }

        @Test
        void namesAliasesAndAccentsFindTheCountry() {
            Recognition r = recognize("Việt Nam, Viet Nam, VIỆT NAM and Vietnam; the Socialist Republic of Vietnam.",
                    null);
            assertThat(r.countries()).containsExactly(new CountryHit("VN", 5));
            assertThat(
                    recognize("the Lao PDR, the Lao People's Democratic Republic and the Republic of Azerbaijan", null)
                        .countries())
                .containsExactly(new CountryHit("LA", 2), new CountryHit("AZ", 1));
        }

        @Test
        void everyIsoCountryIsKnownByItsJdkName() {
            Recognition r = recognize(
                    "China, Thailand, Russia, Papua New Guinea, Nigeria and Niger, Côte d’Ivoire, Trinidad and Tobago.",
                    null);
            assertThat(r.countryCodes()).containsExactly("CN", "TH", "RU", "PG", "NG", "NE", "CI", "TT");
        }

        @Test
        void demonymsCountAsMentions() {
            Recognition r = recognize("Azerbaijani universities taught Lao students and Vietnamese students.", null);
            assertThat(r.countries()).containsExactly(new CountryHit("AZ", 1), new CountryHit("LA", 1),
                    new CountryHit("VN", 1));
            assertThat(recognize("Thai officials and Chinese investors met Armenian diplomats.", null).countryCodes())
                .containsExactly("TH", "CN", "AM");
        }

        @Test
        void eachWordCountsOnceAndOnlyAsAWholeWord() {
            Recognition r = recognize("Laotians and Laotian officials met in Laos; the Lao delegation left Laos.",
                    null);
            assertThat(r.countries()).containsExactly(new CountryHit("LA", 5));
            assertThat(recognize("Laosian chaos in Vietnamesque prose", null).countries()).isEmpty();
        }

        @Test
        void placesNamedAfterACountryNameNone() {
            assertThat(recognize("Navies drilled in the South China Sea and the Indian Ocean as Latin American and "
                    + "North American observers watched, far from New Guinea.", null)
                .countries()).isEmpty();
            assertThat(
                    recognize("Papua New Guinea and China signed a deal on the East China Sea.", null).countryCodes())
                .containsExactly("PG", "CN");
        }

        @Test
        void indianNamesIndia() {
            assertThat(
                    recognize("Indian Prime Minister Narendra Modi met Vietnamese leaders in the Indian Ocean.", null)
                        .countries())
                .containsExactly(new CountryHit("IN", 1), new CountryHit("VN", 1));
        }

        @Test
        void aDemonymStandingForALanguageNamesNoCountry() {
            assertThat(recognize("The bulletins are read in Lao, English and French.", null).countries()).isEmpty();
            assertThat(recognize("A Vietnamese-language daily and the French version of the text.", null).countries())
                .isEmpty();
            assertThat(recognize("The talks were held in Azerbaijani with interpreters; they speak Vietnamese.", null)
                .countries()).isEmpty();
            assertThat(recognize("Investment in Lao and Thai firms rose.", null).countryCodes())
                .as("adjectives of a noun")
                .containsExactly("LA", "TH");
            assertThat(recognize("A rise in Lao-Vietnamese trade, and French President Emmanuel Macron spoke.", null)
                .countryCodes()).containsExactly("LA", "VN", "FR");
        }

        @Test
        void aCountryNamedForItsCurrencyIsNotInTheStory() {
            assertThat(recognize("Trade stood at about 1.1 billion U.S. dollars, and 8.3 billion US dollars "
                    + "went to Laos; the fund holds 10 million Singapore dollars.", null)
                .countryCodes()).containsExactly("LA");
            assertThat(recognize("The United States and Vietnam traded 12 billion U.S. dollars.", null).countries())
                .as("the country named besides its currency counts once")
                .containsExactly(new CountryHit("US", 1), new CountryHit("VN", 1));
        }

        @Test
        void falseFriendsAreNotCountries() {
            assertThat(recognize("Two-way trade hit US$223.93 million in 2024.", null).countries()).isEmpty();
            assertThat(recognize("the US and the U.S. and the USA", null).countries())
                .containsExactly(new CountryHit("US", 3));
            assertThat(recognize("Tell us about the china plates and the turkey.", null).countries()).isEmpty();
            assertThat(recognize("She visited Thái Nguyên province.", null).countries()).as("Vietnamese, not Thai")
                .isEmpty();
        }

    }

    @Nested
    class Events {

        @Test
        void aMeetingIsOfferedOnceUnderTheTitleThatNamesAllItsPeople() {
            assertThat(newEvents(recognize("Vietnam's leader To Lam meets Indonesia's Prabowo in Jakarta\n\n"
                    + "Vietnam's top leader To Lam held talks with Indonesian President Prabowo Subianto on Monday.",
                    LocalDate.of(2025, 3, 10))))
                .as("the headline's meeting and the talks with one of them are the meeting of both")
                .extracting(EventHit::title)
                .containsExactly("Meeting between Tô Lâm and Prabowo Subianto");
            assertThat(newEvents(recognize("Cuba and Laos reaffirm friendship\n\nCuban Vice President Salvador Valdes "
                    + "Mesa held talks with Lao President Thongloun Sisoulith on Monday. During the meeting on Monday, "
                    + "Valdes Mesa and Thongloun Sisoulith reviewed cooperation.", LocalDate.of(2026, 1, 20))))
                .as("\"Talks\" and \"Meeting\" of the same two people on one day are one happening")
                .extracting(EventHit::title)
                .hasSize(1);
            assertThat(newEvents(recognize("Vietnamese, Lao defence ministers hold talks in Vientiane\n\nVietnamese "
                    + "Minister of National Defence General Phan Van Giang held talks with Lao Minister of National "
                    + "Defence General Chansamone Chanyalath in Vientiane on December 2.", LocalDate.of(2024, 12, 2))))
                .as("no \"Talks in Vientiane\" beside the meeting of the two in Vientiane")
                .extracting(EventHit::title)
                .containsExactly("Meeting between Phan Van Giang and Chansamone Chanyalath");
            assertThat(newEvents(recognize("The two officials met on the sidelines of the 46th meeting of the Việt "
                    + "Nam–Laos Intergovernmental Committee on Monday.", LocalDate.of(2024, 12, 2))))
                .extracting(EventHit::title)
                .as("names joined by an en dash are one word of a title")
                .containsExactly("46th meeting of the Việt Nam–Laos Intergovernmental Committee");
            assertThat(newEvents(recognize("Ministers meet in Hanoi\n\nVietnamese Prime Minister Pham Minh Chinh met "
                    + "Lao Prime Minister Sonexay Siphandone on Monday. Pham Minh Chinh also met Cambodian Prime "
                    + "Minister Hun Manet on Monday.", LocalDate.of(2025, 3, 10))))
                .as("a meeting with someone else the same day is another happening")
                .extracting(EventHit::title)
                .contains("Meeting between Pham Minh Chinh and Sonexay Siphandone",
                        "Meeting between Pham Minh Chinh and Hun Manet");
        }

        @Test
        void thoseWhoAttendedAMeetingAreNotWhomItWasBetween() {
            assertThat(newEvents(recognize("Hikmet Hajiyev met Deputy Minister Nguyen Minh Hang in Baku on Wednesday. "
                    + "The meeting was also attended by Ambassador Anar Imanov and Ambassador Nguyen Thi Minh Nguyet.",
                    LocalDate.of(2026, 12, 3))))
                .extracting(EventHit::title)
                .containsExactly("Meeting of Hikmet Hajiyev with Nguyen Minh Hang in Baku");
        }

        @Test
        void aCourtesyWithAFullStopNeitherEndsATitleNorStandsInIt() {
            assertThat(newEvents(recognize("In his speech, the ambassador recalled the visit of H.E. Mr. Thongloun "
                    + "Sisoulith to Baku in 2019.", LocalDate.of(2026, 12, 2))))
                .extracting(EventHit::title)
                .containsExactly("Visit of Thongloun Sisoulith");
        }

        @Test
        void aHeadlinesMeetingOfOfficesIsTheMeetingOfThePeopleHoldingThem() {
            assertThat(newEvents(recognize(
                    "Azerbaijani FM meets Lao counterpart\n\nForeign Minister Jeyhun "
                            + "Bayramov met Lao Foreign Minister Thongsavanh Phomvihane on Wednesday.",
                    LocalDate.of(2026, 12, 3))))
                .extracting(EventHit::title)
                .containsExactly("Meeting between Jeyhun Bayramov and Thongsavanh Phomvihane");
            assertThat(newEvents(recognize("Azerbaijan's president meets Vietnam's leader in Baku\n\nPresident Ilham "
                    + "Aliyev met General Secretary To Lam on Wednesday.", LocalDate.of(2026, 12, 3))))
                .extracting(EventHit::title)
                .containsExactly("Meeting between Ilham Aliyev and Tô Lâm");
            assertThat(newEvents(recognize(
                    "Vietnamese general meets Lao, Cambodian defence ministers\n\nGeneral "
                            + "Nguyen Tan Cuong met Defence Minister Chansamone Chanyalath on Monday.",
                    LocalDate.of(2024, 3, 4))))
                .as("a meeting with several is more than the meeting of two of them")
                .extracting(EventHit::title)
                .hasSize(2);
        }

        @Test
        void aBareWordBesideATitleOfItsDayIsNoSuggestionNorIsAPlaceOrAThingNamedAfterAHappening() {
            assertThat(newEvents(recognize("Laos PM receives Azerbaijani ambassador\n\nPrime Minister Sonexay "
                    + "Siphandone on Wednesday received Azerbaijani Ambassador Elchin Bashirov, who presented a copy of "
                    + "his credentials. During the meeting, the Prime Minister said Laos valued its ties with "
                    + "Azerbaijan.", LocalDate.of(2025, 12, 4))))
                .as("\"Meeting\" and \"Credentials\" say less than the reception of the day")
                .extracting(EventHit::title)
                .containsExactly("Reception for Elchin Bashirov by Sonexay Siphandone");
            assertThat(newEvents(recognize(
                    "Officials briefed the guests on the ASAN service model in the conference " + "hall on Tuesday.",
                    LocalDate.of(2025, 12, 4))))
                .as("a model and a hall are no happenings")
                .isEmpty();
        }

        @Test
        void aTitleNamesItsPeopleWithoutTheirOffices() {
            assertThat(newEvents(recognize("Vietnamese Deputy Prime Minister Tran Hong Ha arrived in Baku. Three "
                    + "documents were signed on Monday after talks between Tran Hong Ha and Azerbaijani Deputy Prime "
                    + "Minister Shahin Mustafayev.", LocalDate.of(2025, 3, 12))))
                .extracting(EventHit::title)
                .contains("Talks between Tran Hong Ha and Shahin Mustafayev");
            assertThat(
                    newEvents(recognize(
                            "Azerbaijan and Vietnam sign energy deal\n\nThe deal was signed during a "
                                    + "visit by Azerbaijani Energy Minister Parviz Shahbazov.",
                            LocalDate.of(2025, 3, 12))))
                .extracting(EventHit::title)
                .contains("Visit by Parviz Shahbazov");
            assertThat(newEvents(recognize("The ambassador presented his credentials to Lao Party General Secretary "
                    + "and President Thongloun Sisoulith on Monday.", LocalDate.of(2024, 9, 30))))
                .as("two offices of one person are left as they are")
                .extracting(EventHit::title)
                .allMatch(title -> !title.contains("Secretary and Thongloun"));
        }

        @Test
        void relativeDatesAreResolvedAgainstTheStoryDate() {
            assertThat(newEvents(recognize("In October last year, the two presidents met in Kazan.", DEC_10_2025)))
                .extracting(EventHit::title, EventHit::date)
                .containsExactly(tuple("Meeting of the two presidents in Kazan", date("2024-10")));
            assertThat(candidates("In October last year, the two presidents met in Kazan.", DEC_10_2025))
                .extracting(EventHit::date, EventHit::place)
                .containsExactly(tuple(date("2024-10"), "Kazan"));
            assertThat(newEvents(recognize("The ministers met on 8 December in Vientiane.", DEC_10_2025)))
                .extracting(EventHit::title, EventHit::date)
                .containsExactly(tuple("Meeting of the ministers in Vientiane", date("2025-12-08")));
            assertThat(candidates("The ministers met on 8 December in Vientiane.", DEC_10_2025))
                .extracting(EventHit::date, EventHit::place)
                .containsExactly(tuple(date("2025-12-08"), "Vientiane"));
            assertThat(newEvents(recognize("He will pay a state visit to Hungary on May 7-8.", MAY_6_2025)))
                .extracting(EventHit::title, EventHit::date)
                .containsExactly(tuple("State visit to Hungary", date("2025-05-07")));
            assertThat(candidates("Last month, the minister visited Hanoi.", MAY_6_2025)).extracting(EventHit::date)
                .containsExactly(date("2025-04"));
            assertThat(newEvents(recognize("Last month, the minister visited Hanoi.", MAY_6_2025)))
                .as("a clause without a word for a happening is not offered")
                .isEmpty();
            assertThat(newEvents(recognize("Talks were held in late April.", MAY_6_2025)))
                .extracting(EventHit::title, EventHit::date)
                .containsExactly(tuple("Talks", date("2025-04")));
            assertThat(newEvents(recognize(
                    "Minister Kim Young-ho met North Korean officials on Friday, the first such talks in years.",
                    MAY_6_2025)))
                .as("one word offered only when nothing of the same day says which, nor a title whose words another's holds")
                .extracting(EventHit::title, EventHit::date)
                .containsExactly(tuple("Meeting of Kim Young-ho with North Korean officials", date("2025-05-02")));
            assertThat(newEvents(recognize("India will lend Vietnam $300 million, the two governments said on Thursday "
                    + "after talks in New Delhi between Indian Prime Minister Narendra Modi and his Vietnamese "
                    + "counterpart Pham Minh Chinh.", LocalDate.of(2024, 8, 1))))
                .as("never half of a pair: \"talks between Prime Minister A\"")
                .extracting(EventHit::title)
                .containsExactly("Talks between Narendra Modi and Pham Minh Chinh in New Delhi");
            assertThat(newEvents(recognize("Srettha is on a two-day official visit to Malaysia, his first since "
                    + "taking office in August last year.", LocalDate.of(2024, 3, 12))))
                .as("the date after \"since taking office\" starts a period: the visit is of the story's day")
                .extracting(EventHit::title, EventHit::date)
                .containsExactly(tuple("Two-day official visit to Malaysia", date("2024-03-12")));
            assertThat(newEvents(recognize("Vietnam is in talks with Azerbaijan over supplies of gas, Deputy Prime "
                    + "Minister Bui Thanh Son said on Tuesday.", LocalDate.of(2025, 12, 3))))
                .as("who says it is not whom anyone met")
                .extracting(EventHit::title)
                .containsExactly("Talks with Azerbaijan");
            assertThat(newEvents(recognize(
                    "Li Qiang meets Lao PM in Beijing\n\nChinese Premier Li Qiang held talks "
                            + "with Lao Prime Minister Sonexay Siphandone in Beijing on Thursday.",
                    LocalDate.of(2024, 11, 28))))
                .as("no \"Meeting with Li Qiang\" beside the meeting of both")
                .extracting(EventHit::title)
                .doesNotContain("Meeting with Li Qiang")
                .contains("Meeting between Li Qiang and Sonexay Siphandone");
            assertThat(newEvents(recognize("Putin holds talks with Kazakh president in Astana\n\n"
                    + "Russian President Vladimir Putin held talks with President of Kazakhstan Kassym-Jomart Tokayev "
                    + "in Astana on Wednesday, the Kremlin press service said.", LocalDate.of(2024, 11, 27))))
                .as("no \"Talks with Kazakh\", no press service, and the talks named once")
                .extracting(EventHit::title)
                .containsExactly("Meeting between Vladimir Putin and Kassym-Jomart Tokayev");
            assertThat(newEvents(recognize("Emmanuel Macron to visit Vietnam next week\n\nFrench President Emmanuel "
                    + "Macron will travel to Vietnam next week, his first tour of Southeast Asia since 2023. Macron will meet Vietnamese leader To Lam in Hanoi "
                    + "before flying to Jakarta to sign a defence deal with President Prabowo Subianto.",
                    LocalDate.of(2024, 11, 30))))
                .as("\"Macron\" alone is Emmanuel Macron, who meets To Lam, not Prabowo; no bare \"Visit\" beside a tour")
                .extracting(EventHit::title)
                .doesNotContain("Visit")
                .doesNotContain("Meeting between Tô Lâm and Prabowo Subianto")
                .contains("Meeting between Emmanuel Macron and Tô Lâm");
        }

        @Test
        void absoluteDatesKeepTheirPrecision() {
            assertThat(candidates("""
                    Relations were established in May 1995. The museum opened in 1986. \
                    The delegation visited Laos on December 8-9, 2025. The forum met on 9 December 2025 in Baku.""",
                    null))
                .extracting(EventHit::date)
                .containsExactly(date("1995-05"), date("1986"), date("2025-12-08"), date("2025-12-09"));
        }

        @Test
        void relativeDatesNeedTheStoryDate() {
            assertThat(candidates("They met last year, on 8 December and in 2019 in Baku.", null))
                .extracting(EventHit::date, EventHit::place)
                .containsExactly(tuple(date("2019"), "Baku"));
            assertThat(newEvents(recognize("The two ministers met in Baku on Tuesday.", null)))
                .extracting(EventHit::title, EventHit::date)
                .containsExactly(tuple("Meeting of the two ministers in Baku", null));
        }

        @Test
        void numbersDecadesSpansAndDatelinesAreNotEvents() {
            assertThat(recognize("""
                    More than 2,000 Lao students studied in Azerbaijan in the 1970s, and 5,000 more in the late 1950s. \
                    Trade hit US$223.93 million. Azerbaijan chaired the movement from 2019 to 2023.""", DEC_10_2025)
                .events()).isEmpty();
            assertThat(recognize("AZERBAIJAN, May 7 - The presidents talked.", MAY_7_2025).events()).isEmpty();
        }

        @Test
        void yearsThatLabelAThingOnlyConfirmKnownEvents() {
            String text = "They praised the 2025 anniversary events and a 2017 report.";
            assertThat(candidates(text, DEC_10_2025)).isEmpty();
            assertThat(recognize(text, DEC_10_2025).events()).extracting(EventHit::date)
                .as("dated by the story, not by the labels' years")
                .containsOnly(date("2025-12-10"));
        }

        @Test
        void aliasesLinkAKnownEventWithoutADate() {
            Recognition r = recognize("Laos and Azerbaijan held their first round of political consultations.",
                    DEC_10_2025);
            assertThat(r.events()).extracting(EventHit::slug, EventHit::title, EventHit::date, EventHit::place)
                .containsExactly(tuple("azerbaijan-laos-first-political-consultations-2025",
                        "First Azerbaijan–Laos political consultations", date("2025-12-08"), "Vientiane"));
        }

        @Test
        void cuesLinkAKnownEventOnlyWithAnOverlappingDateInTheSameSentence() {
            assertThat(knownEvents(recognize("Laos and Azerbaijan established diplomatic relations in 1995.", null)))
                .containsExactly("azerbaijan-laos-diplomatic-relations-1995");
            assertThat(
                    knownEvents(recognize("Laos and Azerbaijan have diplomatic relations. They began in 1995.", null)))
                .isEmpty();
            assertThat(recognize("Laos and Azerbaijan upgraded diplomatic relations in 2005.", null).events())
                .isEmpty();
            assertThat(candidates("Laos and Azerbaijan upgraded diplomatic relations in 2005.", null))
                .extracting(EventHit::slug, EventHit::date)
                .containsExactly(tuple(null, date("2005")));
            assertThat(knownEvents(recognize("Tô Lâm pays a state visit to Azerbaijan on May 8.", MAY_6_2025)))
                .as("inside the event's two days")
                .containsExactly("to-lam-state-visit-azerbaijan-2025");
        }

        @Test
        void aKnownEventNeedsItsCountriesInTheText() {
            assertThat(knownEvents(
                    recognize("Vietnam and Azerbaijan held their first political consultations.", DEC_10_2025)))
                .isEmpty();
        }

        @Test
        void eachKnownEventOnceAndSimilarCandidatesMerged() {
            Recognition r = recognize(
                    """
                            The BRICS Summit in Kazan was in October 2024. Laos and Azerbaijan met at the BRICS Summit in Kazan. \
                            The ministers signed a trade deal in 2021. In 2021, the ministers signed a trade deal.""",
                    DEC_10_2025);
            assertThat(r.events()).extracting(EventHit::slug, EventHit::date)
                .containsExactly(tuple(null, date("2021")),
                        tuple("aliyev-sisoulith-meeting-kazan-2024", date("2024-10")));
            assertThat(newEvents(r)).extracting(EventHit::title).containsExactly("Trade deal");
        }

        @Test
        void aTitleOpeningWithAYearIsOfThatYear() {
            assertThat(newEvents(recognize(
                    "President Thongloun recalls 1981 visit to Baku\n\nLao President Thongloun "
                            + "Sisoulith met Azerbaijani President Ilham Aliyev in Kazan.",
                    LocalDate.of(2024, 10, 23))))
                .filteredOn(event -> event.title().startsWith("1981"))
                .extracting(EventHit::title, EventHit::date)
                .containsExactly(tuple("1981 visit to Baku", date("1981")));
        }

        @Test
        void aTitleStartsWhereItsNounPhraseDoesAndEndsAfterAWholeName() {
            assertThat(newEvents(recognize(
                    "Kuwait and Azerbaijan signed on Tuesday an agreement on visa waiver, on the "
                            + "sidelines of the COP29 climate conference held in the Azerbaijani capital.",
                    LocalDate.of(2024, 11, 12))))
                .extracting(EventHit::title)
                .as("no \"Tuesday an agreement\"; one conference, its name whole")
                .containsExactly("Signing of an agreement on visa waiver by Kuwait and Azerbaijan",
                        "COP29 climate conference");
            assertThat(
                    newEvents(recognize(
                            "The two sides recalled the visit of President of the Socialist Republic of "
                                    + "Vietnam Truong Tan Sang to Azerbaijan on May 13-15, 2015.",
                            LocalDate.of(2018, 3, 1))))
                .extracting(EventHit::title)
                .containsExactly("Visit of President of the Socialist Republic of Vietnam Truong Tan Sang");
        }

        @Test
        void candidateTitlesAreShortAndClean() {
            String longSentence = "In 2020, the two governments agreed on a very long list of projects covering agriculture, "
                    + "mining, education, renewable energy and logistics across many provinces.";
            EventHit hit = candidates(longSentence, null).getFirst();
            assertThat(hit.title()).hasSizeLessThanOrEqualTo(EventCandidates.LONGEST_TITLE)
                .isEqualTo("The two governments agreed on a very long list of projects covering agriculture")
                .doesNotEndWith(",");
            assertThat(candidates("In 2023 the company exported 1,500 tonnes.", null)).extracting(EventHit::title)
                .containsExactly("The company exported 1,500 tonnes");
            assertThat(candidates("""
                    A special talk on the life and career of late Lao President Kaysone Phomvihane was held on \
                    December 9 at the Vietnamese Embassy in Laos, highlighting his influence.""", DEC_10_2025))
                .extracting(EventHit::title, EventHit::date, EventHit::place)
                .containsExactly(
                        tuple("A special talk on the life and career of late Lao President Kaysone Phomvihane was held",
                                date("2025-12-09"), "Laos"));
        }

    }

    @Nested
    class Weekdays {

        /** Wednesday 10 December 2025. */
        private final LocalDate wednesday = DEC_10_2025;

        private List<PartialDate> days(String text, LocalDate storyDate) {
            return DateExpressions.find(text, storyDate).stream().map(span -> span.value().date()).toList();
        }

        @Test
        void aWeekdayIsTheLatestSuchDayOnOrBeforeThePublicationDate() {
            assertThat(days("The ministers met on Tuesday in Vientiane.", wednesday))
                .containsExactly(date("2025-12-09"));
            assertThat(days("Talks opened on Wednesday.", wednesday)).as("the day itself")
                .containsExactly(date("2025-12-10"));
            assertThat(days("The delegation arrived on Thursday.", wednesday)).containsExactly(date("2025-12-04"));
            assertThat(days("Tuesday's talks were long.", wednesday)).containsExactly(date("2025-12-09"));
        }

        @Test
        void todayAndYesterdayAreTheStorysDayAndTheOneBefore() {
            assertThat(days("He told a press conference in Putrajaya today.", wednesday))
                .containsExactly(date("2025-12-10"));
            assertThat(days("Today the ministers met; yesterday they arrived.", wednesday))
                .containsExactly(date("2025-12-10"), date("2025-12-09"));
            assertThat(days("Today's Laos is a partner.", wednesday)).isEmpty();
        }

        @Test
        void lastNextAndTheFutureTenseMoveIt() {
            assertThat(days("They met last Wednesday.", wednesday)).containsExactly(date("2025-12-03"));
            assertThat(days("They will meet next Wednesday.", wednesday)).containsExactly(date("2025-12-17"));
            assertThat(days("The minister will visit Hanoi on Friday.", wednesday)).containsExactly(date("2025-12-12"));
            assertThat(days("The summit is set to open on Monday.", wednesday)).containsExactly(date("2025-12-15"));
            assertThat(days(
                    "Russia and Laos will expand cooperation, the deputy minister said on Tuesday after " + "talks.",
                    wednesday))
                .as("the day the future was reported")
                .containsExactly(date("2025-12-09"));
            assertThat(days("The ministry said the minister will visit Hanoi on Friday.", wednesday))
                .as("reported before the future tense")
                .containsExactly(date("2025-12-12"));
            assertThat(days("He said on Monday that talks were over. They will resume in 2026.", wednesday))
                .as("a future tense in the next sentence does not count")
                .first()
                .isEqualTo(date("2025-12-08"));
        }

        @Test
        void aWeekdayNeedsTheStoryDateAndItsCapital() {
            assertThat(days("The ministers met on Tuesday.", null)).isEmpty();
            assertThat(days("a tuesday market", wednesday)).isEmpty();
        }

        @Test
        void aWeekdayDatesTheMainEventButMakesNoCandidateOfItsOwn() {
            assertThat(newEvents(recognize("The two ministers met on Tuesday in Vientiane.", wednesday)))
                .extracting(EventHit::title, EventHit::date)
                .containsExactly(tuple("Meeting of the two ministers in Vientiane", date("2025-12-09")));
            assertThat(candidates("The two ministers met on Tuesday in Vientiane.", wednesday)).isEmpty();
            WireStory story = new WireStory("Azerbaijan and Laos hold first political consultations", false,
                    PublishedTime.of(OffsetDateTime.of(2025, 12, 10, 10, 12, 0, 0, ZoneOffset.ofHours(4))), "News.az",
                    null, "en",
                    List.of("The first political consultations between the foreign ministries of Azerbaijan and Laos "
                            + "were held in Vientiane on Tuesday."),
                    List.of(), List.of(), "hash", List.of());

            assertThat(recognizer.recognize(story).events()).extracting(EventHit::title, EventHit::date)
                .contains(tuple("First political consultations", date("2025-12-09")));
        }

    }

    @Nested
    class ImportedStoriesEvents {

        private WireStory story(String headline, String... paragraphs) {
            return new WireStory(headline, false,
                    PublishedTime.of(OffsetDateTime.of(2024, 12, 25, 18, 0, 0, 0, ZoneOffset.ofHours(3))), "TASS", null,
                    "en", List.of(paragraphs), List.of(), List.of(), "hash", List.of());
        }

        @Test
        void aHeadlinesVerbNamesTheMainEvent() {
            Recognition r = recognizer.recognize(story("Azerbaijan Airlines passenger plane crashes near Aktau",
                    "An Embraer 190 of Azerbaijan Airlines flying from Baku to Grozny crashed near Aktau on Wednesday."));

            assertThat(r.events()).extracting(EventHit::title)
                .contains("Crash of Azerbaijan Airlines passenger plane near Aktau");
            assertThat(recognizer
                .recognize(story("Azerbaijan and Vietnam sign Joint Declaration on strategic partnership",
                        "The two leaders signed the declaration in Baku."))
                .events()).extracting(EventHit::title)
                .contains("Signing of Joint Declaration on strategic partnership by Azerbaijan and Vietnam");
        }

        @Test
        void headlineVerbsInEveryShape() {
            assertThat(EventPhrases.fromHeadlineVerb("Strong earthquake hits northern Laos"))
                .isEqualTo("Strong earthquake in northern Laos");
            assertThat(EventPhrases.fromHeadlineVerb("Typhoon Yagi lashes northern Vietnam"))
                .isEqualTo("Typhoon Yagi in northern Vietnam");
            assertThat(EventPhrases.fromHeadlineVerb("Vietnam hits record exports")).as("a country hits no place")
                .isNull();
            assertThat(EventPhrases.fromHeadlineVerb("Third Thai-Lao Friendship Bridge opens in Nakhon Phanom"))
                .as("an intransitive use")
                .isEqualTo("Opening of Third Thai-Lao Friendship Bridge in Nakhon Phanom");
            assertThat(EventPhrases
                .fromHeadlineVerb("Vientiane Warns of Water Shortages in Hot Season, Asks Residents to Save Water"))
                .as("a Title Case headline, its second clause left out")
                .isEqualTo("Warning of Water Shortages in Hot Season by Vientiane");
            assertThat(EventPhrases.fromHeadlineVerb("Cross-border rail service marks first year with new trains"))
                .isEqualTo("First anniversary of Cross-border rail service");
            assertThat(EventPhrases.fromHeadlineVerb("Staff chief meets Lao, Cambodian defence ministers in Vientiane"))
                .as("a list is not a clause")
                .isEqualTo("Meeting of Staff chief with Lao, Cambodian defence ministers in Vientiane");
            assertThat(EventPhrases.fromHeadlineVerb("NATO chief Mark Rutte visits Kyiv")).as("a name is no verb")
                .isNull();
            assertThat(EventPhrases.fromHeadlineVerb("Prices rise again in December")).isNull();
        }

        @Test
        void phrasesNeverDangleOnAnAdjectiveOrAHeadlinesVerb() {
            assertThat(EventPhrases.phrases("Leaders met at the annual summit in the Laotian capital on Friday."))
                .containsExactly("Annual summit");
            assertThat(EventPhrases.phrases("Malaysian PM Anwar Makes First Official Visit to Laos Ahead of Summit"))
                .first()
                .isEqualTo("First Official Visit to Laos");
            assertThat(EventPhrases.phrases("Talks with Azerbaijani President Ilham Aliyev were held in Baku.")).first()
                .isEqualTo("Talks with Azerbaijani President Ilham Aliyev");
            assertThat(EventPhrases.phrases("The two ministers signed the deal at a meeting in Seoul."))
                .as("the deal was signed at the meeting: the meeting is the happening")
                .containsExactly("Meeting in Seoul");
        }

        @Test
        void aVisitAsAVerbIsNoHappening() {
            assertThat(EventPhrases.phrases("She hopes to visit Central Asia next year, and he will visit Laos."))
                .isEmpty();
            assertThat(EventPhrases.phrases("Tokayev, on a three-day visit to Japan, met the emperor."))
                .containsExactly("Three-day visit to Japan");
        }

        @Test
        void phrasesStepOverAMiddleInitialAndEndBeforeAListOfTopics() {
            assertThat(EventPhrases.phrases(
                    "He also paid a courtesy call on President Ferdinand R. Marcos Jr. at " + "Malacañang Palace."))
                .containsExactly("Courtesy call on President Ferdinand R. Marcos Jr.");
            assertThat(EventPhrases.phrases("He is in Vietnam for the fifth meeting of the Vietnam-Azerbaijan "
                    + "Intergovernmental Committee on Economic, Trade, Scientific and Technical Cooperation."))
                .containsExactly("Fifth meeting of the Vietnam-Azerbaijan Intergovernmental Committee");
            assertThat(EventPhrases.phrases("They met at the Forum on Trade, and signed a deal."))
                .as("a topic without a list stays")
                .containsExactly("Forum on Trade");
        }

        @Test
        void drillsAndExercisesOfOneDayAreOneSuggestion() {
            assertThat(newEvents(recognize("Türkiye, Azerbaijan hold joint military drills near Kars\n\nTurkish and "
                    + "Azerbaijani troops launched joint military exercises on Tuesday in the province of Kars.",
                    LocalDate.of(2024, 12, 3))))
                .extracting(EventHit::title)
                .containsExactly("Joint military drills");
        }

        @Test
        void aReceptionNamesItsGuestEvenWhenTheRecognizerDoesNot() {
            assertThat(EventPhrases.fromVerb("The vice president made the remark as she received Elchin Amirbayov, "
                    + "the special envoy, in Hanoi.", List.of()))
                .isEqualTo("Reception for Elchin Amirbayov");
            assertThat(EventPhrases.fromVerb("Vice President Võ Thị Ánh Xuân received Elchin Amirbayov in Hanoi.",
                    List.of("Vo Thi Anh Xuan")))
                .as("names compared without their accents")
                .isEqualTo("Reception for Elchin Amirbayov by Vo Thi Anh Xuan");
        }

        @Test
        void aReceptionsGuestIsWhomTheVerbActsOn() {
            List<String> people = List.of("Anwar Ibrahim", "Antonio Guterres");
            assertThat(EventPhrases.fromVerb(
                    "Prime Minister Anwar Ibrahim welcomed Timor-Leste as the 11th member of "
                            + "ASEAN on Sunday, at a ceremony attended by UN Secretary-General Antonio Guterres.",
                    people))
                .as("welcomed a country")
                .isNull();
            assertThat(EventPhrases.fromVerb("Anwar Ibrahim received the gavel of the bloc from Antonio Guterres.",
                    people))
                .as("received a thing from someone")
                .isNull();
            assertThat(EventPhrases.fromVerb("Timor-Leste was welcomed as the 11th member of ASEAN at a ceremony "
                    + "attended by Antonio Guterres.", people))
                .isNull();
            assertThat(EventPhrases.fromVerb("Prime Minister Anwar Ibrahim on Sunday hosted a banquet in honour of "
                    + "visiting UN Secretary-General Antonio Guterres in Kuala Lumpur.", people))
                .isEqualTo("Reception for Antonio Guterres by Anwar Ibrahim");
            assertThat(EventPhrases.fromVerb("Anwar Ibrahim received the delegation headed by Deputy Minister of "
                    + "Digital Development and Transport of Timor-Leste Antonio Guterres.", people))
                .isEqualTo("Reception for Antonio Guterres by Anwar Ibrahim");
            assertThat(EventPhrases.fromVerb("Anwar Ibrahim hosted a dinner in Putrajaya.", people))
                .isEqualTo("Reception by Anwar Ibrahim");
        }

        @Test
        void aReceptionOfADelegationIsForWhoeverLedIt() {
            List<String> people = List.of("Ilham Aliyev", "Saleumxay Kommasith");
            assertThat(EventPhrases.fromVerb("President of the Republic of Azerbaijan Ilham Aliyev has received a "
                    + "delegation led by Deputy Prime Minister and Minister of Foreign Affairs of the Lao People's "
                    + "Democratic Republic Saleumxay Kommasith.", people))
                .isEqualTo("Reception for Saleumxay Kommasith by Ilham Aliyev");
        }

        @Test
        void aSuggestionMustNameAHappening() {
            assertThat(EventTitles.namesAHappening("Third intergovernmental commission meeting")).isTrue();
            assertThat(EventTitles.namesAHappening("Crash of Azerbaijan Airlines passenger plane near Aktau")).isTrue();
            assertThat(EventTitles.namesAHappening(EventPhrases
                .fromHeadlineVerb("Lao, Thai PMs lay foundation stone for fifth Mekong friendship bridge"))).isTrue();
            assertThat(EventTitles.namesAHappening(
                    "Lao Deputy Prime Minister and Minister of National Defense Gen. Chansamone Chanyalath"))
                .as("a person's titles")
                .isFalse();
            assertThat(EventTitles.isNounPhrase("SOCAR signed an agreement with Binh Son Refining")).isFalse();
            assertThat(EventTitles.isNounPhrase("Opening his talks with President Ilham Aliyev")).isFalse();
            assertThat(EventTitles.isNounPhrase("Agreements signed in 2019")).isTrue();
        }

        @Test
        void everySuggestionOfAnImportedStoryIsANounPhrase() {
            Recognition r = recognizer.recognize(story("Railway marks a year of cross-border trains",
                    "Since the railway opened in December 2021, the Lao section has carried 2 million passengers.",
                    "In 2020, the two governments agreed on a long list of projects.",
                    "The bridge was opened in 2019 at a ceremony in Nong Khai."));

            assertThat(newEvents(r)).isNotEmpty()
                .allSatisfy(event -> assertThat(EventTitles.isNounPhrase(event.title())).as(event.title()).isTrue());
            assertThat(newEvents(r)).extracting(EventHit::title, EventHit::date)
                .contains(tuple("Ceremony in Nong Khai", date("2019")));
        }

    }

    @Test
    void emptyTextFindsNothing() {
        assertThat(recognize("  ", null)).isEqualTo(new Recognition(List.of(), List.of(), List.of()));
    }

}
