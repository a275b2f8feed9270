package news.dateline.archive;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible wire copy from templates: a headline, a standfirst, paragraphs of one to
 * three sentences, naming the story's people, countries and event, with lengths spread
 * like agency copy (many short items, a long tail of long ones). Topics follow a Zipf
 * law, so that some words are in half the archive ("cooperation") and some in very few
 * ("saffron").
 */
final class Prose {

    /** Subjects of the stories, the most frequent first. */
    static final String[] TOPICS = { "trade", "energy", "investment", "security", "education", "health", "agriculture",
            "tourism", "infrastructure", "climate", "transport", "the digital economy", "culture", "water management",
            "labour", "banking", "mining", "customs", "aviation", "railways", "telecommunications", "fisheries",
            "housing", "textiles", "rice exports", "coffee", "rubber", "logistics", "vaccines", "renewable energy",
            "hydropower", "oil and gas", "food safety", "public health", "science", "sport", "youth exchanges", "media",
            "justice", "border management", "disaster relief", "forestry", "wildlife protection", "space research",
            "shipbuilding", "semiconductors", "fertiliser", "cotton", "tea", "pharmaceuticals" };
    static final Zipf TOPIC_SHARE = new Zipf(TOPICS.length, 1.0);

    /**
     * Words the benchmark searches for: in about half the stories, and in about one in
     * five thousand.
     */
    static final String FREQUENT_WORD = "cooperation";
    static final String RARE_WORD = "saffron";

    private static final String[] HEADLINES = { "{C1} and {C2} agree to deepen {T} cooperation",
            "{P1} holds talks with {C2} delegation in {CITY}", "{C1} unveils plan to boost {T}",
            "{C1}, {C2} sign {N} agreements on {T}", "{P1} calls for closer {T} ties with {C2}",
            "{C1} {T} output rises {PCT} percent", "{E}: {C1} and {C2} pledge closer cooperation",
            "{P1} meets {P2} on sidelines of {E}", "{C1} hosts regional forum on {T}",
            "{C1} says {T} talks with {C2} making progress", "{P1} to visit {C2} next week",
            "{C1} parliament approves {T} bill", "Officials review {T} projects in {CITY}",
            "{C2} opens {T} centre in {C1}", "{C1} and {C2} mark anniversary of diplomatic ties",
            "{P1} urges more investment in {T}", "Floods hit parts of {C1}, thousands evacuated",
            "{C1} central bank holds rates as {T} slows", "{C1} tightens rules on {T}",
            "{P1} says {C1} ready to expand {T} with {C2}", "{E} opens in {CITY}", "{C1} and {C2} discuss {T} and {T2}",
            "{C1} to build {N} new {T} projects by {Y5}" };

    private static final String[] STANDFIRSTS = { "{C1} and {C2} pledge to deepen ties in {T} and {T2}.",
            "The agreements cover {T}, {T2} and training, officials say.",
            "{P1} says the talks were frank and constructive.",
            "Trade between the two countries reached {MONEY} last year.",
            "The government sets a target to raise {T} output by {PCT} percent.",
            "Officials say the first projects will start next year.",
            "The move is part of a wider push for cooperation in {T}." };

    private static final String[] LEADS = {
            "{C1} and {C2} agreed on {DAY} to expand cooperation in {T} and {T2}, officials said after talks in {CITY}.",
            "{P1}, {R1}, said on {DAY} that {C1} would step up its work on {T} this year.",
            "Delegations from {C1} and {C2} met in {CITY} on {DAY} to review cooperation in {T} and prepare new projects.",
            "{C1} announced on {DAY} a package worth {MONEY} to support {T}, the government said in a statement.",
            "Talks on {T} between {C1} and {C2} entered a new phase this week, according to officials familiar with the matter.",
            "At the {E}, {P1} said the two sides had agreed to work together more closely on {T}.",
            "{C1} will spend {MONEY} over the next five years on {T}, {P1} told lawmakers on {DAY}.",
            "Heavy rain in the north of {C1} has damaged roads and crops, the disaster agency said on {DAY}." };

    private static final String[] SENTENCES = {
            "{P1}, {R1}, told reporters that the talks had been \"frank and constructive\".",
            "\"We have agreed to move forward on {T},\" {S1} said. \"Our people expect results.\"",
            "The two sides signed {N} documents covering {T}, {T2} and training.",
            "Trade between {C1} and {C2} reached {MONEY} last year, up {PCT} percent from a year earlier.",
            "{C2} is among the largest investors in {C1}, with projects in {T} and {T2}.",
            "{P2}, {R2}, welcomed the agreement and said {C2} was ready to share its experience in {T}.",
            "Officials said the next round of talks would take place in {CITY2} later this year.",
            "The ministry said {N} projects worth {MONEY} were under way across the country.",
            "Analysts said the move reflected growing interest in {T} across the region.",
            "The government has set a target of raising {T} output by {PCT} percent by {Y5}.",
            "Both sides also discussed regional and international issues of mutual concern.",
            "The visit comes as {C1} seeks to diversify its partners in {T}.",
            "{C1} and {C2} established diplomatic relations in {OLD}.",
            "The agreement still needs to be approved by the parliament of {C1}.",
            "Local media reported that {N} companies from {C2} attended the forum in {CITY}.",
            "{S1} also met representatives of the business community and visited a {T} project outside {CITY}.",
            "The statement did not give further details.", "The meeting was part of the preparations for the {E}.",
            "Critics say progress on {T} has been slow and that more transparency is needed.",
            "According to official figures, {T} accounted for {PCT} percent of economic output last year.",
            "{C3} has also expressed interest in joining the project, officials said.",
            "Earlier this month, {P1} called for closer coordination on {T} among neighbouring countries.",
            "The two countries agreed to set up a working group on {T2} and to meet again next year.",
            "Students from {C1} will receive {N} scholarships to study in {C2} under the programme.",
            "\"This is an important step for {T} in our country,\" {S1} said.",
            "The central bank of {C1} said inflation eased to {PCT} percent in the previous month.",
            "{P1} thanked {C2} for its support and invited {P2} to visit {C1}.",
            "The {E} drew delegations from {N} countries, the organisers said.",
            "Opposition lawmakers in {C1} said they would study the text before the vote.",
            "Cooperation in {T2} has grown steadily over the past decade, the two sides noted.",
            "Officials in {CITY} said the new rules would take effect at the start of next year.",
            "Prices of {T2} rose {PCT} percent on the year, the statistics office said.",
            "The {AG} correspondent in {CITY} said the mood at the talks was cautious." };

    private static final String RARE_SENTENCE = "Exports of saffron from {C1} reached a record this season, traders said.";

    private static final String[] DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday" };

    /** What a story is about, for its text. */
    record Subject(List<Cast.Person> people, List<Cast.Country> countries, Cast.Event event, String agency, int year,
            int dayOfWeek) {
    }

    record Text(String headline, String standfirst, String body, String photoCaption, String earlierHeadline) {
    }

    private Prose() {
    }

    static Text write(SplittableRandom random, Subject subject) {
        String t1 = TOPICS[TOPIC_SHARE.next(random)];
        String t2 = TOPICS[TOPIC_SHARE.next(random)];
        Filler fill = new Filler(random, subject, t1, t2);
        String headline = capitalize(fill.apply(pick(random, HEADLINES, subject)));
        String earlier = capitalize(fill.apply(pick(random, HEADLINES, subject)));
        String standfirst = random.nextInt(10) < 7 ? fill.apply(pick(random, STANDFIRSTS, subject)) : null;
        // words: log-normal around 280, from a 60-word brief to a 1,800-word feature
        int words = (int) Math.max(60, Math.min(1800, Math.exp(Math.log(280) + 0.6 * random.nextGaussian())));
        StringBuilder body = new StringBuilder(words * 7);
        body.append(fill.apply(pick(random, LEADS, subject)));
        int written = countWords(body);
        boolean rare = random.nextInt(5000) == 0;
        long used = 0;
        while (written < words) {
            body.append("\n\n");
            int sentences = 1 + random.nextInt(3);
            int start = body.length();
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    body.append(' ');
                }
                if (rare) {
                    body.append(fill.apply(RARE_SENTENCE));
                    rare = false;
                }
                else {
                    // a sentence not yet in this story, as long as there are some left
                    int tries = 0;
                    String sentence;
                    int at;
                    do {
                        sentence = pick(random, SENTENCES, subject);
                        at = sentenceIndex(sentence);
                    }
                    while ((used & 1L << at) != 0 && ++tries < 8);
                    used |= 1L << at;
                    body.append(fill.apply(sentence));
                }
            }
            written += countWords(body.subSequence(start, body.length()));
        }
        String caption = random.nextInt(10) == 0 && !subject.people().isEmpty() ? "File photo: "
                + subject.people().getFirst().name() + " in " + subject.countries().getFirst().capital() + "." : null;
        return new Text(headline, standfirst, body.toString(), caption, earlier);
    }

    private static int sentenceIndex(String template) {
        for (int i = 0; i < SENTENCES.length; i++) {
            if (SENTENCES[i] == template) {
                return i;
            }
        }
        return 0;
    }

    /**
     * A template whose people, countries and event the story has; after many misses, the
     * first one the story fits (each list has templates that need only one country).
     */
    private static String pick(SplittableRandom random, String[] templates, Subject subject) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String template = templates[random.nextInt(templates.length)];
            if (fits(template, subject)) {
                return template;
            }
        }
        for (String template : templates) {
            if (fits(template, subject)) {
                return template;
            }
        }
        throw new IllegalStateException("no template fits a story with " + subject.countries().size() + " countries");
    }

    private static boolean fits(String template, Subject subject) {
        int people = subject.people().size();
        int countries = subject.countries().size();
        return (people >= 1 || !(template.contains("{P1}") || template.contains("{S1}") || template.contains("{R1}")))
                && (people >= 2 || !(template.contains("{P2}") || template.contains("{R2}")))
                && (countries >= 2 || !(template.contains("{C2}") || template.contains("{CITY2}")))
                && (countries >= 3 || !template.contains("{C3}"))
                && (subject.event() != null || !template.contains("{E}"));
    }

    private static int countWords(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Fills a template's slots; numbers are drawn anew at each use. */
    private static final class Filler {

        private final SplittableRandom random;

        private final Subject subject;

        private final String t1;

        private final String t2;

        Filler(SplittableRandom random, Subject subject, String t1, String t2) {
            this.random = random;
            this.subject = subject;
            this.t1 = t1;
            this.t2 = t2;
        }

        String apply(String template) {
            StringBuilder out = new StringBuilder(template.length() + 60);
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                int close = c == '{' ? template.indexOf('}', i) : -1;
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                out.append(value(template.substring(i + 1, close)));
                i = close + 1;
            }
            return out.toString();
        }

        private String value(String slot) {
            List<Cast.Person> people = subject.people();
            List<Cast.Country> countries = subject.countries();
            return switch (slot) {
                case "P1" -> people.get(0).name();
                case "S1" -> people.get(0).surname();
                case "R1" -> people.get(0).role();
                case "P2" -> people.get(1).name();
                case "R2" -> people.get(1).role();
                case "C1" -> countries.get(0).name();
                case "C2" -> countries.get(1).name();
                case "C3" -> countries.get(2).name();
                case "CITY" -> countries.get(0).capital();
                case "CITY2" -> countries.get(1).capital();
                case "E" -> subject.event().title();
                case "T" -> t1;
                case "T2" -> t2;
                case "AG" -> subject.agency() == null ? "Dateline" : subject.agency();
                case "N" -> Integer.toString(2 + random.nextInt(38));
                case "PCT" -> (1 + random.nextInt(30)) + "." + random.nextInt(10);
                case "MONEY" ->
                    random.nextBoolean() ? "$" + (1 + random.nextInt(9)) + "." + random.nextInt(10) + " billion"
                            : "$" + (10 + random.nextInt(990)) + " million";
                case "DAY" -> DAYS[subject.dayOfWeek()];
                case "Y5" -> Integer.toString(subject.year() + 5);
                case "OLD" -> Integer.toString(1950 + random.nextInt(60));
                default -> "{" + slot + "}";
            };
        }

    }

}
