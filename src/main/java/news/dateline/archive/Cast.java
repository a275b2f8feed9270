package news.dateline.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import news.dateline.shared.Slugs;

/**
 * Who and what the generated stories are about, the same for a seed: ~50 countries (names
 * from the JDK, a few dominant), agencies with the shares of real wire services, a few
 * hundred people with roles and aliases, whose mentions follow a Zipf law, and a few
 * thousand dated events.
 */
final class Cast {

    record Country(String code, String name, String slug, String capital) {
    }

    record Agency(String name, String fullName, String website, String offset, double weight) {
    }

    record Person(String slug, String name, String role, int country, String alias) {
        String surname() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
    }

    record Event(String slug, String title, String kind, String summary, LocalDate start, String precision,
            LocalDate end, String place, int[] countries, int[] people, double weight) {
    }

    /**
     * Countries in the order of their share of the news (the first ones dominate), with
     * the city datelines name. Their English names come from the JDK, as the reference
     * data's do (none of these needs the reference data's news forms).
     */
    private static final String[][] COUNTRIES = { { "US", "Washington" }, { "CN", "Beijing" }, { "RU", "Moscow" },
            { "GB", "London" }, { "FR", "Paris" }, { "DE", "Berlin" }, { "JP", "Tokyo" }, { "IN", "New Delhi" },
            { "UA", "Kyiv" }, { "TR", "Ankara" }, { "VN", "Hanoi" }, { "IR", "Tehran" }, { "KR", "Seoul" },
            { "BR", "Brasilia" }, { "SA", "Riyadh" }, { "AZ", "Baku" }, { "LA", "Vientiane" }, { "ID", "Jakarta" },
            { "PK", "Islamabad" }, { "EG", "Cairo" }, { "AU", "Canberra" }, { "CA", "Ottawa" }, { "IT", "Rome" },
            { "ES", "Madrid" }, { "MX", "Mexico City" }, { "ZA", "Pretoria" }, { "NG", "Abuja" }, { "TH", "Bangkok" },
            { "PH", "Manila" }, { "MY", "Kuala Lumpur" }, { "KZ", "Astana" }, { "PL", "Warsaw" }, { "AE", "Abu Dhabi" },
            { "QA", "Doha" }, { "AR", "Buenos Aires" }, { "SG", "Singapore" }, { "KH", "Phnom Penh" },
            { "NZ", "Wellington" }, { "ET", "Addis Ababa" }, { "KE", "Nairobi" }, { "UZ", "Tashkent" },
            { "GE", "Tbilisi" }, { "AM", "Yerevan" }, { "SE", "Stockholm" }, { "NO", "Oslo" }, { "HU", "Budapest" },
            { "GR", "Athens" }, { "CL", "Santiago" }, { "BD", "Dhaka" }, { "MN", "Ulaanbaatar" } };

    static final List<Agency> AGENCIES = List.of(
            new Agency("Reuters", "Reuters", "https://www.reuters.com", "+00:00", 20),
            new Agency("Xinhua", "Xinhua News Agency", "https://english.news.cn", "+08:00", 17),
            new Agency("AFP", "Agence France-Presse", "https://www.afp.com", "+01:00", 15),
            new Agency("AP", "The Associated Press", "https://apnews.com", "-05:00", 11),
            new Agency("TASS", "TASS Russian News Agency", "https://tass.com", "+03:00", 7),
            new Agency("Vietnam News Agency", "Vietnam News Agency", "https://vnanet.vn", "+07:00", 5),
            new Agency("dpa", "Deutsche Presse-Agentur", "https://www.dpa.com", "+01:00", 5),
            new Agency("Kyodo", "Kyodo News", "https://english.kyodonews.net", "+09:00", 4),
            new Agency("Anadolu", "Anadolu Agency", "https://www.aa.com.tr", "+03:00", 4),
            new Agency("Yonhap", "Yonhap News Agency", "https://en.yna.co.kr", "+09:00", 3),
            new Agency("EFE", "Agencia EFE", "https://efe.com", "+01:00", 3),
            new Agency("Trend News Agency", "Trend News Agency", "https://en.trend.az", "+04:00", 2),
            new Agency("KPL", "Lao News Agency (Khaosan Pathet Lao)", "https://kpl.gov.la", "+07:00", 2));

    private static final String[] FIRST_NAMES = { "Anna", "Ahmed", "Maria", "Nguyen Van", "Ilham", "Sofia", "Jean",
            "Elena", "Thongsavanh", "Kenji", "Olena", "Carlos", "Fatima", "Rahul", "Min-jun", "Ali", "Ingrid", "Mehmet",
            "Leyla", "Tomasz", "Aigerim", "Luis", "Chen", "Amina", "Pedro", "Hiroshi", "Grace", "Dmitry", "Sounthone",
            "Priya", "Oluwaseun", "Marco", "Sara", "Yusuf", "Claire", "Bakhyt", "Ana", "Tran Thi", "Omar", "Katarzyna",
            "James", "Emma", "Sergei", "Aung", "Nadia", "Rashid", "Helena", "Juan", "Mariam", "Viktor" };

    private static final String[] SURNAMES = { "Petrova", "Hassan", "Silva", "Hung", "Mammadov", "Rossi", "Dupont",
            "Ivanova", "Phomvihane", "Tanaka", "Kovalenko", "Mendoza", "Rahman", "Sharma", "Park", "Yilmaz", "Larsen",
            "Demir", "Aliyeva", "Nowak", "Nurlanovna", "Garcia", "Wei", "Bello", "Santos", "Sato", "Mensah", "Volkov",
            "Xayachak", "Iyer", "Adeyemi", "Bianchi", "Lindqvist", "Khan", "Moreau", "Seitkali", "Costa", "Lan",
            "Farouk", "Zielinska", "Whitfield", "Becker", "Orlov", "Kyaw", "Haddad", "Qureshi", "Novak", "Herrera",
            "Karimova", "Szabo", "Okafor", "Lefebvre", "Tsang", "Abdullah", "Romero", "Kimura", "Ochieng", "Popescu",
            "Vang", "Andersen", "Keller", "Morales", "Sukarno", "Suzuki", "Nair", "Gonzalez", "Haidari", "Lim",
            "Fischer", "Papadopoulos" };

    private static final String[] ROLES = { "President", "Prime Minister", "Foreign Minister", "Deputy Prime Minister",
            "Minister of Trade", "Minister of Finance", "Minister of Defence", "Minister of Energy",
            "Minister of Education", "Minister of Health", "Ambassador", "Speaker of the National Assembly",
            "Governor of the Central Bank", "Foreign Ministry spokesperson", "Deputy Foreign Minister",
            "Minister of Agriculture", "Minister of Transport", "Minister of Culture", "opposition leader",
            "Minister of Labour" };

    final List<Country> countries;

    final Zipf countryShare;

    final List<Person> people;

    final Zipf personShare;

    /** For each country, the indexes of its people. */
    final int[][] peopleOf;

    /** Events sorted by start date. */
    final List<Event> events;

    final double[] agencyCumulative;

    private Cast(List<Country> countries, List<Person> people, int[][] peopleOf, List<Event> events) {
        this.countries = countries;
        this.countryShare = new Zipf(countries.size(), 1.0);
        this.people = people;
        this.personShare = new Zipf(people.size(), 1.1);
        this.peopleOf = peopleOf;
        this.events = events;
        this.agencyCumulative = new double[AGENCIES.size()];
        double total = AGENCIES.stream().mapToDouble(Agency::weight).sum();
        double sum = 0;
        for (int i = 0; i < AGENCIES.size(); i++) {
            sum += AGENCIES.get(i).weight() / total;
            agencyCumulative[i] = sum;
        }
    }

    static Cast of(long seed, int peopleCount, int eventCount, LocalDate from, LocalDate until) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Country> countries = new ArrayList<>();
        for (String[] c : COUNTRIES) {
            String name = Locale.of("", c[0]).getDisplayCountry(Locale.ENGLISH);
            countries.add(new Country(c[0], name, Slugs.of(name), c[1]));
        }
        Zipf countryShare = new Zipf(countries.size(), 1.0);
        List<Person> people = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        while (people.size() < peopleCount) {
            String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                    + SURNAMES[random.nextInt(SURNAMES.length)];
            if (!names.add(name)) {
                continue;
            }
            int country = countryShare.next(random);
            String role = ROLES[random.nextInt(ROLES.length)] + " of " + countries.get(country).name();
            String alias = random.nextInt(10) < 4 ? name.charAt(0) + ". " + name.substring(name.lastIndexOf(' ') + 1)
                    : null;
            String slug = unique(Slugs.of(name), slugs);
            people.add(new Person(slug, name, role, country, alias));
        }
        int[][] peopleOf = new int[countries.size()][];
        for (int c = 0; c < countries.size(); c++) {
            final int country = c;
            peopleOf[c] = java.util.stream.IntStream.range(0, people.size())
                .filter(p -> people.get(p).country() == country)
                .toArray();
        }
        List<Event> events = new ArrayList<>();
        Set<String> eventSlugs = new HashSet<>();
        Map<String, Integer> ordinals = new HashMap<>();
        long days = until.toEpochDay() - from.toEpochDay();
        for (int i = 0; i < eventCount; i++) {
            LocalDate day = from.plusDays(random.nextLong(Math.max(1, days)));
            events.add(event(random, countries, countryShare, people, peopleOf, day, eventSlugs, ordinals));
        }
        events.sort(java.util.Comparator.comparing(Event::start).thenComparing(Event::slug));
        return new Cast(List.copyOf(countries), List.copyOf(people), peopleOf, List.copyOf(events));
    }

    private static Event event(SplittableRandom random, List<Country> countries, Zipf countryShare, List<Person> people,
            int[][] peopleOf, LocalDate day, Set<String> slugs, Map<String, Integer> ordinals) {
        int a = countryShare.next(random);
        int b = countryShare.next(random);
        while (b == a) {
            b = countryShare.next(random);
        }
        Country ca = countries.get(a);
        Country cb = countries.get(b);
        String topic = Prose.TOPICS[random.nextInt(20)];
        int kind = random.nextInt(100);
        String precision = "DAY";
        LocalDate start = day;
        LocalDate end = null;
        int[] eventCountries;
        List<Integer> eventPeople = new ArrayList<>();
        String title;
        String kindName;
        String place = ca.capital();
        if (kind < 25) {
            kindName = "visit";
            int host = b;
            int[] guests = peopleOf[a];
            if (guests.length > 0) {
                int guest = guests[random.nextInt(guests.length)];
                eventPeople.add(guest);
                title = "Visit of " + people.get(guest).name() + " to " + cb.name();
            }
            else {
                title = ca.name() + " delegation visit to " + cb.name();
            }
            place = countries.get(host).capital();
            eventCountries = new int[] { a, b };
        }
        else if (kind < 40) {
            kindName = "meeting";
            String pair = ca.name() + "–" + cb.name();
            int n = ordinals.merge(pair, 1, Integer::sum);
            title = ordinal(n) + " " + pair + " intergovernmental commission";
            eventCountries = new int[] { a, b };
        }
        else if (kind < 55) {
            kindName = "agreement";
            title = ca.name() + "–" + cb.name() + " " + topic + " agreement";
            eventCountries = new int[] { a, b };
        }
        else if (kind < 68) {
            kindName = "summit";
            int c = countryShare.next(random);
            title = place + " summit on " + topic + " " + day.getYear();
            eventCountries = c == a || c == b ? new int[] { a, b } : new int[] { a, b, c };
            if (random.nextBoolean()) {
                end = start.plusDays(1 + random.nextInt(3));
            }
        }
        else if (kind < 78) {
            kindName = "election";
            title = day.getYear() + " " + ca.name() + " general election";
            eventCountries = new int[] { a };
        }
        else if (kind < 88) {
            kindName = "conference";
            title = "International conference on " + topic + " in " + place;
            eventCountries = new int[] { a };
            if (random.nextBoolean()) {
                end = start.plusDays(1 + random.nextInt(4));
            }
        }
        else if (kind < 95) {
            kindName = "disaster";
            precision = "MONTH";
            start = day.withDayOfMonth(1);
            title = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                    + day.getYear() + " floods in " + ca.name();
            place = ca.name();
            eventCountries = new int[] { a };
        }
        else {
            kindName = "anniversary";
            precision = "YEAR";
            start = day.withDayOfYear(1);
            title = ordinal(10 * (1 + random.nextInt(6))) + " anniversary of " + ca.name() + "–" + cb.name()
                    + " diplomatic relations";
            place = null;
            eventCountries = new int[] { a, b };
        }
        for (int country : eventCountries) {
            int[] locals = peopleOf[country];
            if (locals.length > 0 && random.nextInt(3) > 0 && eventPeople.size() < 3) {
                int p = locals[random.nextInt(locals.length)];
                if (!eventPeople.contains(p)) {
                    eventPeople.add(p);
                }
            }
        }
        String summary = switch (kindName) {
            case "visit" ->
                "An official visit to " + cb.name() + " with talks on " + topic + " and bilateral relations.";
            case "meeting" -> "The two governments' commission reviewed cooperation in " + topic + " and other fields.";
            case "agreement" -> ca.name() + " and " + cb.name() + " signed an agreement on " + topic + ".";
            case "summit" -> "Leaders met in " + place + " to discuss " + topic + ".";
            case "election" -> "Voters in " + ca.name() + " elected a new parliament.";
            case "conference" -> "Experts and officials met in " + place + " to discuss " + topic + ".";
            case "disaster" -> "Heavy rain flooded parts of " + ca.name() + ".";
            default -> "Celebrations of the diplomatic relations between " + ca.name() + " and " + cb.name() + ".";
        };
        double weight = Math.pow(random.nextDouble() + 1e-3, 1.5) * 10;
        return new Event(unique(Slugs.of(title), slugs), title, kindName, summary, start, precision, end, place,
                eventCountries, eventPeople.stream().mapToInt(Integer::intValue).toArray(), weight);
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String unique(String base, Set<String> taken) {
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    int agency(SplittableRandom random) {
        int at = Arrays.binarySearch(agencyCumulative, random.nextDouble());
        return Math.min(at >= 0 ? at : -at - 1, AGENCIES.size() - 1);
    }

}
