package news.dateline.ingest.recognition;

/**
 * The five seed stories of {@code seeds/}, as the recognizer should see them: headline,
 * body paragraphs and captions exactly as the raw copy gives them, with the page chrome
 * (dates, agency signs, "other news" lists, ads) left out. Paragraphs are separated by
 * blank lines, as {@link news.dateline.ingest.WireStory#bodyText()} does.
 */
final class SeedStories {

    private SeedStories() {
    }

    static final String HEADLINE_000 = "Laos, Azerbaijan Mark 30 Years with Stronger Bilateral Ties";

    static final String CAPTION_000 = "Azerbaijan’s Deputy Minister of Foreign Affairs, Mr. Elnur Mammadov";

    /**
     * KPL, 10 December 2025: "Laos, Azerbaijan Mark 30 Years with Stronger Bilateral
     * Ties".
     */
    static final String BODY_000 = """
            Laos and Azerbaijan are strengthening bilateral cooperation as the two nations mark the 30th anniversary of diplomatic relations, officially established in 1995. Despite this milestone, the foundation of their partnership dates back to the Soviet era, reflecting decades of educational, political, and cultural exchange. Azerbaijan’s Deputy Minister of Foreign Affairs, Mr. Elnur Mammadov, highlighted this long-standing relationship in an interview with Lao media on 9 December 2025 in Vientiane.

            More than 2,000 Lao students studied at leading Azerbaijani universities in the 1970s, with many graduates now serving in senior government and Party positions in Laos—an enduring contribution Azerbaijani officials consider central to their support for Lao human resource development. Another important moment in bilateral history was the 1986 visit to Laos by Azerbaijan’s national leader, Heydar Aliyev, who led a high-level Soviet delegation to attend the 3rd National Congress of the Lao People’s Revolutionary Party. These early links demonstrate that cooperation between the two countries extends well beyond three decades.

            To commemorate the 30th anniversary this year, leaders and foreign ministers of both nations exchanged congratulatory messages, reaffirming their commitment to advancing cooperation. Building on this momentum, Laos and Azerbaijan held their first round of political consultations on Tuesday, covering a broad range of sectors. Officials noted similarities between the two nations, including their landlocked geography—Laos being the only landlocked country in ASEAN—and their close ties with major regional partners such as China, Vietnam, and Thailand.

            Azerbaijan’s recently upgraded partnerships—with China elevated to a Comprehensive Strategic Partnership and Vietnam to a Strategic Partnership—were underscored as complementary to its growing engagement with Laos. Cooperation with Thailand, Laos’ largest trading partner, also provides a strong regional foundation for future collaboration.

            During the consultations, officials identified promising areas for expanded cooperation. Agriculture remains a key sector for both economies, particularly as Azerbaijan continues diversifying. The mining industry—significant in Laos with its gold, copper, and potassium deposits—also aligns with Azerbaijan’s expertise in producing and exporting gold and other metals. Additional priority areas included education, logistics, renewable energy, and cultural exchange.

            High-level political engagement has grown steadily. In October last year, President Ilham Aliyev of Azerbaijan and President Thongloun Sisoulith of Laos met on the sidelines of the BRICS Summit in Kazan, where they discussed forming a joint working group to expand collaboration in trade, investment, and education. President Sisoulith also recalled his visit to Baku in 1981, underscoring the personal and historical links between the two nations.

            Both countries also cooperate closely in multilateral fora, especially within the Non-Aligned Movement (NAM), which Azerbaijan chaired from 2019 to 2023. A 2017 memorandum of cooperation between their foreign ministries paved the way for the current political consultations.

            Looking ahead, both sides aim to expand their legal framework for cooperation, strengthen parliamentary exchanges, and convene the next round of consultations in Baku.

            People-to-people ties remain a central pillar of the relationship. The Azerbaijan–Laos Friendship Association, founded in 2019, visited Azerbaijan last year, including the recently liberated territories of Shusha and Karabakh. Both countries also hope to boost tourism exchanges, promoting Laos’ renowned temples and cultural sites alongside Azerbaijan’s five UNESCO World Heritage Sites, which attract up to three million tourists annually.

            Promising opportunities exist in investment, particularly in agriculture, mining, and renewable energy. Azerbaijan also reaffirmed its annual offer of 100 scholarships for students from Non-Aligned Movement member states, encouraging more Lao students to study there.

            As Laos and Azerbaijan enter their fourth decade of diplomatic relations, both nations remain committed to deepening cooperation across political, economic, and cultural fields—building on a partnership rooted in shared history and mutual priorities.
            """;

    static final String HEADLINE_001 = "Laos and Azerbaijan Hold First Political Consultation to Boost Ties";

    /**
     * KPL, 10 December 2025: "Laos and Azerbaijan Hold First Political Consultation to
     * Boost Ties".
     */
    static final String BODY_001 = """
            Laos and Azerbaijan held their first political consultation on 8 December in Vientiane, signalling a stronger push to deepen bilateral cooperation. The meeting was co-chaired by Lao Deputy Foreign Minister Maithong Thammavongsa and his Azerbaijani counterpart Elnur Mammadov, with officials from both governments in attendance.

            Mr Maithong welcomed the Azerbaijani delegation, noting that the inaugural consultation reflects growing momentum in the relationship as the two countries mark the 30th anniversary of diplomatic ties, established in May 1995.

            Both sides reviewed progress in recent years and discussed plans to expand cooperation in political affairs, parliamentary exchanges, trade and investment, tourism, education and UXO clearance. They also highlighted the importance of the 2025 anniversary events and recalled the meeting between Presidents Thongloun Sisoulith and Ilham Aliyev at the BRICS Summit in Kazan in 2024, which strengthened political commitment.

            In Vientiane, Mr Mammadov paid courtesy calls on senior Lao leaders, including National Assembly Vice President Sounthone Xayachak, and attended a reception hosted by Foreign Minister Thongsavanh Phomvihane. The delegation also visited cultural and tourist sites in Vientiane.

            The successful consultations underscored the two nations’ commitment to broadening cooperation across multiple sectors in the years ahead.
            """;

    /** Trend News Agency via MENAFN, 9 December 2025: no headline of its own. */
    static final String BODY_002 = """
            A delegation from Azerbaijan, led by Deputy Minister of Foreign Affairs Elnur Mammadov, visited the Lao People's Democratic Republic (Laos) on December 8-9, 2025, to discuss ways to strengthen political, economic, and humanitarian cooperation between the two countries, Trend reports via the Azerbaijani MFA.

            During the visit, the first political consultations were conducted between the Ministries of Foreign Affairs of Azerbaijan and Laos, co-chaired by Deputy Minister Elnur Mammadov and Deputy Foreign Minister Maythong Thammavongsa of Laos.

            The discussions centered on the current state of bilateral relations and examined prospects for expanding cooperation in various domains, including political, economic, humanitarian, and other fields. Deputy Minister Mammadov briefed the Lao delegation on regional developments, providing an update on the ongoing demining efforts in Azerbaijan's liberated territories as well as the broader restoration and reconstruction initiatives.

            The consultations also covered potential areas of collaboration within international organizations, notably the Non-Aligned Movement (NAM) and the Association of Southeast Asian Nations (ASEAN), of which Laos is a member.

            In addition, during his visit, Deputy Minister Mammadov held meetings with Sounthone Xayachack, Vice President of the National Assembly of Laos, and Lao Foreign Minister Thongsavanh Phomvihane. He also granted interviews to prominent Lao media outlets, discussing the current state of Azerbaijan-Laos relations and outlining the prospects for future bilateral cooperation.

            In connection with the 30th anniversary of diplomatic relations between Azerbaijan and Laos, the Azerbaijani Embassy in Vietnam, also accredited to Laos, hosted an official reception in the capital Vientiane on December 9. Deputy Minister Mammadov, together with Laos Foreign Minister Fomvihon as an honorary guest, greeted attendees and delivered a speech highlighting bilateral cooperation.

            Members of the Azerbaijan-Laos Friendship Association, including Laotians who previously studied in Baku, also attended the event.
            """;

    /**
     * Vietnam News Agency, 6 May 2025: Ilham Aliyev's interview ahead of Tô Lâm's state
     * visit.
     */
    static final String BODY_003 = """
            MOSCOW — President of Azerbaijan Ilham Aliyev has highlighted the traditional friendship with Việt Nam that has lasted for more than half a century, as the two nations are preparing for a state visit to Azerbaijan by General Secretary of the Central Committee of the Communist Party of Việt Nam Tô Lâm on May 7-8.

            Talking with the Vietnam News Agency (VNA)'s reporter in the Commonwealth of Independent States (CIS), President Aliyev reflected on key milestones in bilateral ties, including his official visit to Việt Nam in 2014 and a reciprocal visit by Vietnamese State President Trương Tấn Sang in 2015. These visits, he said, opened up a new chapter for bilateral relations and provided a fresh impetus for further development.

            A highlight of President Sang’s visit was the first Azerbaijan–Việt Nam Business Forum, which brought together leaders from industries such as oil and gas, energy, construction, technology, finance, commerce, tourism, transport, and pharmaceuticals.

            To build on this, the two countries established the Azerbaijan-Việt Nam Inter-Governmental Commission for Economic, Trade, Scientific and Technical Cooperation, a platform for sustained dialogue and joint initiatives.

            President Aliyev noted regular political consultations between the two foreign ministries, with the most recent in late April, and praised the effective activities of the parliamentary friendship groups in both legislatures. He also highlighted close collaboration within global organisations like the Non-Aligned Movement and the United Nations.

            Azerbaijan attaches importance to developing economic and trade ties with Việt Nam, he said, citing that two-way trade hit US$223.93 million in 2024 and there remains significant potential for further growth.

            Cooperation in the oil sector, based on a strong historical foundation, continues to thrive, as Azerbaijani experts played a pivotal role in shaping and developing Việt Nam’s oil and gas industry.

            Cultural, humanitarian, and educational exchanges, initiated during the Soviet Union era, have expanded in recent years. Around 5,000 Vietnamese students studied in Azerbaijan during that period, many of whom now hold senior positions in the Vietnamese Government.

            The Heydar Aliyev Foundation has furthered these connections, notably by funding the construction of a primary school in the northern province of Hà Giang in 2018.

            Last month, Vice President of the Heydar Aliyev Foundation Leyla Aliyeva visited Việt Nam, met with State Vice President Võ Thị Ánh Xuân, representatives of Việt Nam’s creative industries, and leaders of the Hanoi College of Commerce and Tourism, as well as Vietnamese alumni who had studied in Azerbaijan. During her visit, the college received a certificate of financial support from the foundation.

            The Azerbaijani President described the forthcoming visit of Party General Secretary Tô Lâm, his first since assuming the post, as a politically significant event in the bilateral relationship.

            The visit underscores both sides’ strong wish to deepen ties and explore new areas of cooperation, he said, adding that, in the current context, it is expected to be a pivotal moment in advancing Azerbaijan–Việt Nam relations.

            The Azerbaijani leader noted that during the visit, the two sides are set to engage in comprehensive discussions on pressing issues, align their approaches, and identify promising areas for deeper cooperation. Key topics include political dialogue, trade and economic relations, and humanitarian and cultural exchanges.

            President Aliyev said particular attention is being paid to developing inter-party dialogue. Cooperation between the New Azerbaijan Party and the Communist Party of Việt Nam has been gaining momentum, and the upcoming visit is expected to reaffirm the high level of political and ideological interaction between the two sides.

            He expressed confidence that General Secretary Lâm’s visit will serve as a vital impetus for enhancing cooperation and opening new horizons for bilateral relations, based on friendship and mutual respect.

            Expressing his confidence that both countries possess ample opportunities to expand cooperation across various sectors, President Aliyev stated that new opportunities in commercial and economic relations could not only stimulate economic growth but also establish a stable foundation for mutually beneficial partnerships, contributing to the diversification of both economies.

            He identified tourism as one of the most promising areas for strengthened relations, suggesting that the establishment of direct flights between Vietnamese cities and Baku, along with the development of tourism programmes will foster mutual interest in each other's culture and history.

            The president also advocated for joint cultural projects, humanitarian educational programmes, and collaborative initiatives in healthcare and ecosystem protection.

            Education was highlighted as another critical sector for cooperation as President Aliyev noted that Azerbaijan welcomes Vietnamese students through grant and scholarship programmes offered to citizens of Non-Aligned Movement member states. He said the opportunities will boost academic exchanges, scientific research, and people-to-people connections between the two countries.

            The implementation of exchange programmes and cooperation in science-technology was also identified as a promising area for the development of bilateral relations, he added.
            """;

    /** Story of 7 May 2025 on the expanded meeting of Ilham Aliyev and To Lam. */
    static final String BODY_004 = """
            AZERBAIJAN, May 7 - On May 7, Ilham Aliyev, President of the Republic of Azerbaijan, held an expanded meeting with To Lam, General Secretary of the Central Committee of the Communist Party of the Socialist Republic of Vietnam.

            During the meeting, the sides noted that while diplomatic relations between Azerbaijan and Vietnam have existed for 30 years, friendly ties between the two nations date back to the late 1950s. They fondly recalled the visit of President Ho Chi Minh of the Democratic Republic of Vietnam to Azerbaijan and the visit of National Leader Heydar Aliyev to Vietnam during his tenure in the leadership of the USSR.

            President Ilham Aliyev touched upon his own visit to Vietnam and underlined that the adoption of the Joint Declaration on the establishment of a strategic partnership during General Secretary To Lam’s visit to Azerbaijan served to elevate bilateral relations to a qualitatively new level.

            The conversation underscored the importance of promptly convening a meeting of the Intergovernmental Commission and taking concrete steps to implement agreed-upon tasks.

            The leaders discussed energy and joint investment projects, noting the significant potential for cooperation in the cultural and humanitarian fields. They also exchanged views on collaboration in areas such as security, defense, and combating cybercrime, emphasizing the need to deepen ties across all sectors.

            The meeting also touched upon cooperation within the framework of the UN, CICA, the Non-Aligned Movement, and other international organizations.

            The Vietnamese side expressed interest in diversifying its export routes, noting the potential offered by the North-South and East-West transport corridors.

            Both sides recalled that Vietnam had endured occupation in its history, achieving territorial integrity and sovereignty through a war of liberation. Similarly, Azerbaijan had suffered from Armenian occupation for nearly 30 years, regaining its territorial integrity and sovereignty through the Patriotic War.

            Secretary General To Lam expressed Vietnam's deep appreciation for Azerbaijan's support both during its struggle for independence and in the subsequent nation-building and reconstruction efforts.

            During the conversation, they recalled that Vietnamese students once studied in Azerbaijan and noted that many of them now play an important role in Vietnam's development. To Lam also emphasized that an Azerbaijan-educated Vietnamese Alumni Association is currently active in Vietnam.

            Cooperation between the New Azerbaijan Party and the Communist Party of Vietnam was also discussed at the meeting.

            Secretary General To Lam extended an invitation to President Ilham Aliyev to visit Vietnam, which the President gratefully accepted.
            """;

}
